import {
  appendHistory,
  endReservationIf,
  findAgent,
  findCallTask,
  pendingReservationsOfTasks,
  patchTask,
  ReservationState,
  TaskKind,
  TaskState,
  updateTaskIf,
  type ReservationRecord,
  type TaskChanges,
  type TaskRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError, ConflictError } from '../../core/errors/index.ts';
import { TaskRaceLost, withAgentGuard, pauseForLiveWork } from '../routing/index.ts';
import type { CtiEventInput } from './cti-types.ts';

/**
 * Tries before an answer gives up with CONFLICT. Each try loses only to a write that committed meanwhile
 * (the router offering the call, an offer expiring), so a few are plenty; the bound keeps a pathological
 * case from spinning.
 */
const ANSWER_ATTEMPTS = 10;

/**
 * The agent answered: the call is theirs, whatever Crossdesk was doing with it at that moment. A pending
 * offer is ended in the same transaction that assigns the call (ACCEPTED when it was this agent's,
 * RESCINDED when the router offered it to someone else, even in the instant of the answer), and a call
 * another agent took meanwhile moves to the one the platform says talks. Answer time counts for the
 * service level. A try that loses a race reads the call again: never an internal error, never two holders.
 */
export async function answerCall(ctx: EngineContext, input: CtiEventInput, at: number): Promise<TaskRecord> {
  const agentId = input.agentId as string;
  const callId = input.callId as string;
  if (!(await findAgent(ctx.db, agentId)))
    throw new BadInputError(`agent ${agentId} is not known`, { field: 'agentId' });
  for (let attempt = 0; attempt < ANSWER_ATTEMPTS; attempt++) {
    const task = await findCallTask(ctx.db, callId);
    if (!task)
      throw new BadInputError(`call ${callId} was never offered (send CALL_OFFERED first)`, { field: 'callId' });
    const held =
      task.state === TaskState.ASSIGNED && task.assigneeId === agentId ? task : await takeCall(ctx, task, agentId, at);
    const answered = held && (await markAnswered(ctx, held, at));
    if (answered) return answered;
  }
  throw new ConflictError(`call ${callId} kept changing while ${agentId} answered it; send the event again`, {
    callId,
  });
}

/** Takes the call for the agent from whatever open state it is in; null when it changed meanwhile. */
async function takeCall(ctx: EngineContext, task: TaskRecord, agentId: string, at: number): Promise<TaskRecord | null> {
  if (task.state !== TaskState.ASSIGNED) await pauseForLiveWork(ctx, agentId, task.id);
  const now = ctx.clock.now();
  const changes: TaskChanges = { state: TaskState.ASSIGNED, assigneeId: agentId, claimedAt: now, workStartedAt: at };
  let ended: ReservationRecord | null = null;
  const taken = await withAgentGuard(ctx, agentId, async (trx) => {
    const [pending] = task.state === TaskState.RESERVED ? await pendingReservationsOfTasks(trx, [task.id]) : [];
    if (pending) {
      const state = pending.agentId === agentId ? ReservationState.ACCEPTED : ReservationState.RESCINDED;
      const reason = state === ReservationState.RESCINDED ? `answered by ${agentId}` : null;
      if (!(await endReservationIf(trx, pending.id, state, now, reason))) throw new TaskRaceLost();
      ended = { ...pending, state, endedAt: now, reason };
    }
    if (!(await updateTaskIf(trx, task.id, { fromStates: [task.state], expectedVersion: task.version }, changes)))
      throw new TaskRaceLost();
    const entry = { instanceId: null, taskId: task.id, elementId: null, onBehalfOf: null, at: now };
    await appendHistory(trx, [
      ...(pending
        ? [
            {
              ...entry,
              type: `reservation.${pending.agentId === agentId ? 'accepted' : 'rescinded'}`,
              actorId: null,
              data: { reservation: pending.id, agent: pending.agentId, reason: ended?.reason ?? null, via: 'cti' },
            },
          ]
        : []),
      {
        ...entry,
        type: 'task.assigned',
        actorId: agentId,
        data: { via: 'cti', ...(task.assigneeId && task.assigneeId !== agentId ? { from: task.assigneeId } : {}) },
      },
    ]);
    return { result: { ...patchTask(task, changes), version: task.version + 1 }, changes: { idleSince: null } };
  }).catch((err) => {
    if (err instanceof TaskRaceLost) return undefined;
    throw err;
  });
  if (taken === undefined) return null;
  if (taken === null) throw new BadInputError(`agent ${agentId} is not known`, { field: 'agentId' });
  const reservation = ended as ReservationRecord | null;
  if (reservation)
    ctx.events.publish({
      type: reservation.state === ReservationState.ACCEPTED ? 'reservation.accepted' : 'reservation.rescinded',
      reservation,
      task: taken,
    });
  ctx.events.publish({ type: 'task.assigned', task: taken });
  return taken;
}

/** Records the answer on the call the agent holds; null when it changed meanwhile. */
async function markAnswered(ctx: EngineContext, task: TaskRecord, at: number): Promise<TaskRecord | null> {
  const changes: TaskChanges = {
    call: { answeredAt: task.call?.answeredAt ?? at, ctiAt: at },
    workStartedAt: task.workStartedAt ?? at,
    ...(task.kind === TaskKind.CALLBACK ? { callback: { outcome: 'ANSWERED' } } : {}),
  };
  const guard = { fromStates: [TaskState.ASSIGNED], expectedVersion: task.version };
  if (!(await updateTaskIf(ctx.db, task.id, guard, changes))) return null;
  return { ...patchTask(task, changes), version: task.version + 1 };
}
