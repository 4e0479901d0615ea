import { placeInSites } from '../../core/sites/index.ts';
import {
  appendHistory,
  findCallEvent,
  findCallTask,
  findCallTaskEver,
  isUniqueViolation,
  insertTasks,
  pendingReservationsOfTasks,
  ReservationState,
  TaskKind,
  TaskState,
  updateTaskIf,
  withTransaction,
  Channel,
  type TaskRecord,
  patchTask,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError } from '../../core/errors/index.ts';
import { newId } from '../../core/ids/index.ts';
import { declineReservation, offerTask, pauseForLiveWork } from '../routing/index.ts';
import { newTask } from '../../process/runtime/index.ts';
import { resolveCustomer } from '../../intake/customers/index.ts';
import { toSkills } from '../../process/definitions/index.ts';
import type { CtiEventInput } from './cti-types.ts';
import { closeHold } from './hold.ts';

/**
 * A call offered to a queue becomes a live VOICE task in the universal queue (once per call id). A
 * call whose CALL_ENDED arrived first (the switch delivered out of order) is recorded as abandoned:
 * a CANCELLED task that is never queued or offered to anyone.
 */
export async function offerCall(ctx: EngineContext, input: CtiEventInput, at: number): Promise<TaskRecord> {
  const callId = input.callId as string;
  const existing = await findCallTask(ctx.db, callId);
  if (existing) return existing;
  if (!input.queue) throw new BadInputError('CALL_OFFERED needs the queue the call waits in', { field: 'queue' });
  const ended = await findCallEvent(ctx.db, callId, 'CALL_ENDED');
  const now = ctx.clock.now();
  const customer = await matchCaller(ctx, input.customer);
  const task = newCallTask({ ...input, customer }, at, now, ended ? Math.max(ended.at, at) : null);
  const inserted = await withTransaction(ctx.db, async (trx) => {
    await placeInSites(trx, [task]);
    await insertTasks(trx, [task]);
    const entry = { instanceId: null, taskId: task.id, elementId: null, actorId: null, onBehalfOf: null, at: now };
    await appendHistory(trx, [
      { ...entry, type: 'task.created', data: { callId, queue: task.queue, via: 'cti' } },
      ...(ended
        ? [
            {
              ...entry,
              type: 'task.cancelled',
              data: { via: 'cti', reason: 'abandoned (ended before it was offered)' },
            },
          ]
        : []),
    ]);
    return true;
  }).catch((err) => {
    // Two deliveries of one offer (different event ids) at once: the other made the call's task.
    if (isUniqueViolation(err)) return false;
    throw err;
  });
  if (!inserted) return (await findCallTaskEver(ctx.db, callId)) as TaskRecord;
  if (ended) {
    ctx.events.publish({ type: 'task.cancelled', task });
    return task;
  }
  ctx.events.publish({ type: 'task.created', task });
  if (input.agentId) await offerCallToAgent(ctx, task, input.agentId);
  return (await findCallTask(ctx.db, callId)) ?? task;
}

/**
 * The caller as the platform named them, matched to (or made into) a customer record so the desk's card
 * shows their contacts and cases; the record's id joins what the platform sent. A caller the platform
 * described in a way no record can take (a malformed number) keeps the platform's words only.
 */
async function matchCaller(ctx: EngineContext, given: unknown): Promise<Record<string, unknown> | null> {
  if (!given || typeof given !== 'object') return null;
  const raw = given as Record<string, unknown>;
  const field = (k: string) => (typeof raw[k] === 'string' ? (raw[k] as string) : null);
  try {
    const found = await resolveCustomer(ctx, {
      id: field('id'),
      name: field('name'),
      email: field('email'),
      phone: field('phone'),
    });
    return found ? { ...raw, id: found.id, name: raw.name ?? found.name } : raw;
  } catch (err) {
    if (err instanceof BadInputError) return raw;
    throw err;
  }
}

function newCallTask(input: CtiEventInput, at: number, now: number, endedAt: number | null): TaskRecord {
  const callId = input.callId as string;
  return newTask({
    id: newId('tk'),
    executionId: `call:${callId}`,
    name: `Call ${callId}`,
    state: endedAt === null ? TaskState.QUEUED : TaskState.CANCELLED,
    channel: Channel.VOICE,
    skills: toSkills(input.skills ?? []),
    queue: input.queue as string,
    createdAt: now,
    completedAt: endedAt === null ? null : now,
    kind: TaskKind.CALL,
    enqueuedAt: at,
    customer: (input.customer as Record<string, unknown> | null) ?? null,
    call: { id: callId, answeredAt: null, ctiAt: endedAt ?? at, heldAt: null, holdMs: 0 },
  });
}

/** The switch chose the agent: pause its interruptible work if needed and offer it the call. */
async function offerCallToAgent(ctx: EngineContext, task: TaskRecord, agentId: string): Promise<void> {
  await pauseForLiveWork(ctx, agentId, task.id);
  await offerTask(ctx, task, agentId, {
    rule: 'cti-direct',
    chosen: agentId,
    at: ctx.clock.now(),
    considered: [{ agentId }],
    excludedCounts: {},
  });
}

/**
 * The call ended: answered calls are completed by their agent (handling time up to `at`); calls that
 * ended while waiting were abandoned and are cancelled, with any offer rescinded.
 */
export async function endCall(
  ctx: EngineContext,
  input: CtiEventInput,
  at: number,
  reason = 'call ended',
): Promise<TaskRecord | null> {
  // The router may offer the task again between the rescinded offer and the end (another node, or this
  // one's next pass): the end is then retried on the fresh row, so a hung-up call never stays open.
  for (let attempt = 0; attempt < END_ATTEMPTS; attempt++) {
    const task = await findCallTask(ctx.db, input.callId as string);
    if (!task) return null;
    if (!OPEN_STATES.has(task.state)) return null;
    const done = await endOnce(ctx, task, at, reason);
    if (done) return done;
  }
  return null;
}

const END_ATTEMPTS = 5;
const OPEN_STATES: ReadonlySet<string> = new Set([TaskState.QUEUED, TaskState.RESERVED, TaskState.ASSIGNED]);

async function endOnce(ctx: EngineContext, task: TaskRecord, at: number, reason: string): Promise<TaskRecord | null> {
  const now = ctx.clock.now();
  if (task.state === TaskState.RESERVED) {
    const [reservation] = await pendingReservationsOfTasks(ctx.db, [task.id]);
    if (reservation) await declineReservation(ctx, reservation, ReservationState.RESCINDED, null, 'caller hung up');
  }
  const fresh = (await findCallTask(ctx.db, task.call?.id as string)) as TaskRecord;
  if (fresh.state === TaskState.RESERVED) return null;
  const answered = fresh.state === TaskState.ASSIGNED;
  const handlingMs =
    fresh.handlingMs + (answered && fresh.workStartedAt !== null ? Math.max(0, at - fresh.workStartedAt) : 0);
  const changes = answered
    ? {
        state: TaskState.COMPLETED,
        completedAt: now,
        completedBy: fresh.assigneeId,
        handlingMs,
        workStartedAt: null,
        // A call that ends on hold: its last hold counts to the end.
        call: { ...closeHold(fresh, at), ctiAt: at },
      }
    : { state: TaskState.CANCELLED, completedAt: now, call: { ctiAt: at } };
  const done = await withTransaction(ctx.db, async (trx) => {
    if (!(await updateTaskIf(trx, fresh.id, { fromStates: [fresh.state], expectedVersion: fresh.version }, changes)))
      return null;
    await appendHistory(trx, [
      {
        instanceId: null,
        taskId: fresh.id,
        type: answered ? 'task.completed' : 'task.cancelled',
        elementId: null,
        actorId: fresh.assigneeId,
        onBehalfOf: null,
        at: now,
        data: { via: 'cti', reason: answered ? reason : 'abandoned' },
      },
    ]);
    return { ...patchTask(fresh, changes), version: fresh.version + 1 };
  });
  if (done) ctx.events.publish({ type: answered ? 'task.completed' : 'task.cancelled', task: done });
  return done;
}
