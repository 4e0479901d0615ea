import type { Knex } from 'knex';
import {
  appendHistory,
  findAgent,
  findQueue,
  findReservationWithTask,
  reserveQueuedTasks,
  requeueReservedTask,
  findTask,
  insertReservations,
  pendingReservationsOfAgent,
  Presence,
  ReservationState,
  TaskState,
  updateTaskIf,
  endReservationIf,
  type AgentRecord,
  type ReservationRecord,
  type TaskRecord,
  patchTask,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { ErrorCode, ForbiddenError, NotFoundError, TaskStateError } from '../../core/errors/index.ts';
import { newId } from '../../core/ids/index.ts';
import { Role, hasRole, type Actor } from '../../core/access/index.ts';
import { TaskRaceLost, withAgentGuard } from './agent-guard.ts';
import { capacityExclusion } from './capacity.ts';
import type { RoutingDecision } from './matching.ts';

/** How long an offer stands when the task's queue says nothing. */
export const DEFAULT_RESERVATION_TIMEOUT_SECONDS = 30;

async function history(
  trx: Knex.Transaction,
  task: TaskRecord,
  type: string,
  actorId: string | null,
  at: number,
  data: Record<string, unknown>,
  onBehalfOf: string | null = null,
) {
  await appendHistory(trx, [
    { instanceId: task.instanceId, taskId: task.id, type, elementId: task.elementId, actorId, onBehalfOf, at, data },
  ]);
}

/** One offer to make: the task, why, and how long it stands (default: the task's queue setting). */
export interface OfferSpec {
  task: TaskRecord;
  decision: RoutingDecision;
  timeoutSeconds?: number;
}

/**
 * Offers a queued task to an agent: the task becomes RESERVED and a PENDING reservation expires after
 * the queue's timeout. Capacity is checked inside the transaction under the agent guard; null when the
 * task or the agent moved on meanwhile (the router then looks again).
 */
export async function offerTask(
  ctx: EngineContext,
  task: TaskRecord,
  agentId: string,
  decision: RoutingDecision,
): Promise<{ reservation: ReservationRecord; task: TaskRecord } | null> {
  return (await offerTasks(ctx, agentId, [{ task, decision }]))?.[0] ?? null;
}

/**
 * Offers several queued tasks to one agent in one transaction (a burst fills an agent's free capacity
 * at once). All or nothing: null when any task moved on or the agent lacks room for all of them.
 */
export async function offerTasks(
  ctx: EngineContext,
  agentId: string,
  specs: readonly OfferSpec[],
): Promise<{ reservation: ReservationRecord; task: TaskRecord }[] | null> {
  const now = ctx.clock.now();
  const timeouts = await Promise.all(
    specs.map(
      async (s) =>
        s.timeoutSeconds ??
        (s.task.queue ? (await findQueue(ctx.db, s.task.queue))?.reservationTimeoutSeconds : undefined) ??
        DEFAULT_RESERVATION_TIMEOUT_SECONDS,
    ),
  );
  try {
    const out = await withAgentGuard(ctx, agentId, async (trx, agent, load) => {
      const results: { reservation: ReservationRecord; task: TaskRecord }[] = [];
      const room = { ...load, byChannel: { ...load.byChannel } };
      const decisions = new Map<string, Record<string, unknown>>();
      for (const [i, { task, decision }] of specs.entries()) {
        if (capacityExclusion(agent, room, task.channel, true)) return null;
        room.byChannel[task.channel] += 1;
        room.active += 1;
        const routingDecision = decision as unknown as Record<string, unknown>;
        decisions.set(task.id, routingDecision);
        const reservation: ReservationRecord = {
          id: newId('rs'),
          taskId: task.id,
          agentId,
          state: ReservationState.PENDING,
          createdAt: now,
          expiresAt: now + timeouts[i] * 1000,
          endedAt: null,
          reason: null,
        };
        results.push({
          reservation,
          task: { ...task, state: TaskState.RESERVED, routingDecision, version: task.version + 1 },
        });
      }
      // The state guard decides races (a task already offered or taken is no longer QUEUED); all or nothing.
      if ((await reserveQueuedTasks(trx, decisions)) !== specs.length) throw new TaskRaceLost();
      await insertReservations(
        trx,
        results.map((r) => r.reservation),
      );
      await appendHistory(
        trx,
        results.map(({ task, reservation }) => ({
          instanceId: task.instanceId,
          taskId: task.id,
          type: 'task.reserved',
          elementId: task.elementId,
          actorId: null,
          onBehalfOf: null,
          at: now,
          data: { agent: agentId, reservation: reservation.id, decision: task.routingDecision },
        })),
      );
      return { result: results, changes: { idleSince: null } };
    });
    for (const r of out ?? []) {
      ctx.events.publish({ type: 'task.reserved', task: r.task });
      ctx.events.publish({ type: 'reservation.offered', reservation: r.reservation, task: r.task });
    }
    return out;
  } catch (err) {
    if (err instanceof TaskRaceLost) return null;
    throw err;
  }
}

async function loadReservation(
  ctx: EngineContext,
  id: string,
): Promise<{ reservation: ReservationRecord; task: TaskRecord }> {
  const found = await findReservationWithTask(ctx.db, id);
  if (!found) throw new NotFoundError('Reservation', id);
  return found;
}

function assertPending(reservation: ReservationRecord, task: TaskRecord): void {
  if (reservation.state !== ReservationState.PENDING) {
    throw new TaskStateError(
      ErrorCode.TASK_NOT_CLAIMABLE,
      task.id,
      `reservation ${reservation.id} is ${reservation.state}`,
      { reason: 'RESERVATION_ENDED', reservationState: reservation.state },
    );
  }
}

function assertHolder(actor: Actor, reservation: ReservationRecord): void {
  if (reservation.agentId !== actor.userId && !hasRole(actor, Role.SUPERVISOR))
    throw new ForbiddenError(`reservation ${reservation.id} is offered to someone else`, {
      reservationId: reservation.id,
    });
}

/** The agent takes the offered task: the reservation is ACCEPTED and the task ASSIGNED to the agent. */
export async function acceptReservation(ctx: EngineContext, actor: Actor, id: string): Promise<TaskRecord> {
  const { reservation, task } = await loadReservation(ctx, id);
  assertHolder(actor, reservation);
  assertPending(reservation, task);
  const now = ctx.clock.now();
  // What the task's kind adds to its taking (a callback counts a dial attempt and queues the dial).
  const taking = ctx.taskHooks.taking(task, reservation.agentId, now);
  const assigned: TaskRecord = {
    ...patchTask(task, taking.changes),
    state: TaskState.ASSIGNED,
    assigneeId: reservation.agentId,
    claimedAt: now,
    workStartedAt: now,
    version: task.version + 1,
  };
  const done = await withAgentGuard(ctx, reservation.agentId, async (trx, agent) => {
    if (agent.presence === Presence.OFFLINE)
      throw new TaskStateError(ErrorCode.TASK_NOT_CLAIMABLE, task.id, `${agent.id} is offline`, { reason: 'OFFLINE' });
    if (!(await endReservationIf(trx, id, ReservationState.ACCEPTED, now, null))) return null;
    const changes = {
      state: TaskState.ASSIGNED,
      assigneeId: reservation.agentId,
      claimedAt: now,
      workStartedAt: now,
      ...taking.changes,
    };
    if (
      !(await updateTaskIf(trx, task.id, { fromStates: [TaskState.RESERVED], expectedVersion: task.version }, changes))
    )
      throw new TaskRaceLost();
    await taking.write(trx);
    await history(
      trx,
      task,
      'task.assigned',
      actor.userId,
      now,
      {
        reservation: id,
        via: 'reservation',
        before: { state: task.state },
        after: { state: TaskState.ASSIGNED, assignee: reservation.agentId },
      },
      actor.onBehalfOf,
    );
    return { result: assigned, changes: { missedOffers: 0, presence: Presence.BUSY, presenceSince: now } };
  }).catch((err) => {
    if (err instanceof TaskRaceLost) return null;
    throw err;
  });
  if (!done) {
    const fresh = await loadReservation(ctx, id);
    assertPending(fresh.reservation, fresh.task);
    throw new TaskStateError(ErrorCode.TASK_NOT_CLAIMABLE, task.id, `task ${task.id} changed meanwhile`, {
      reason: 'CHANGED',
    });
  }
  const ended = { ...reservation, state: ReservationState.ACCEPTED, endedAt: now };
  ctx.events.publish({ type: 'reservation.accepted', reservation: ended, task: done });
  ctx.events.publish({ type: 'task.assigned', task: done, viaReservation: true });
  return done;
}

/** Reasons a reservation ends without being accepted. */
type Decline = typeof ReservationState.REJECTED | typeof ReservationState.TIMED_OUT | typeof ReservationState.RESCINDED;

const EVENT_OF = {
  REJECTED: 'reservation.rejected',
  TIMED_OUT: 'reservation.timedOut',
  RESCINDED: 'reservation.rescinded',
} as const;

/**
 * Ends a pending reservation without acceptance and puts its task back in the queue (with its age).
 * A timeout counts as a missed offer; after the queue's limit the agent is set AWAY. Returns null when
 * the reservation had already ended.
 */
export async function declineReservation(
  ctx: EngineContext,
  reservation: ReservationRecord,
  state: Decline,
  actorId: string | null,
  reason: string | null,
): Promise<{ reservation: ReservationRecord; task: TaskRecord; agent?: AgentRecord } | null> {
  const now = ctx.clock.now();
  const task = (await findTask(ctx.db, reservation.taskId)) as TaskRecord;
  const queue = task.queue ? await findQueue(ctx.db, task.queue) : undefined;
  const out = await withAgentGuard(ctx, reservation.agentId, async (trx, agent) => {
    if (!(await endReservationIf(trx, reservation.id, state, now, reason))) return null;
    const requeued = await requeueReservedTask(trx, task.id);
    await history(trx, task, `reservation.${state === 'TIMED_OUT' ? 'timedOut' : state.toLowerCase()}`, actorId, now, {
      reservation: reservation.id,
      agent: reservation.agentId,
      reason,
    });
    const missed = state === ReservationState.TIMED_OUT ? agent.missedOffers + 1 : agent.missedOffers;
    const away =
      state === ReservationState.TIMED_OUT &&
      missed >= (queue?.maxMissedOffers ?? 3) &&
      agent.presence === Presence.AVAILABLE;
    const changes = away
      ? { missedOffers: missed, presence: Presence.AWAY, presenceReason: `missed ${missed} offers`, presenceSince: now }
      : { missedOffers: missed };
    return { result: { requeued, away, agent: { ...agent, ...changes } }, changes };
  });
  if (!out) return null;
  const ended: ReservationRecord = { ...reservation, state, endedAt: now, reason };
  const back = out.requeued ? { ...task, state: TaskState.QUEUED, version: task.version + 1 } : task;
  ctx.events.publish({ type: EVENT_OF[state], reservation: ended, task: back });
  if (out.requeued) ctx.events.publish({ type: 'task.requeued', task: back });
  if (out.away)
    ctx.events.publish({ type: 'agent.changed', agent: (await findAgent(ctx.db, out.agent.id)) ?? out.agent });
  return { reservation: ended, task: back, agent: out.agent };
}

/** The agent declines an offer; the task goes to someone else. */
export async function rejectReservation(
  ctx: EngineContext,
  actor: Actor,
  id: string,
  reason: string | null,
): Promise<ReservationRecord> {
  const { reservation, task } = await loadReservation(ctx, id);
  assertHolder(actor, reservation);
  assertPending(reservation, task);
  const out = await declineReservation(
    ctx,
    reservation,
    ReservationState.REJECTED,
    actor.userId,
    reason?.slice(0, 500) ?? null,
  );
  if (!out) {
    const fresh = await loadReservation(ctx, id);
    assertPending(fresh.reservation, fresh.task);
    throw new TaskStateError(ErrorCode.TASK_NOT_CLAIMABLE, task.id, `reservation ${id} changed meanwhile`, {
      reason: 'CHANGED',
    });
  }
  return out.reservation;
}

/** Withdraws every pending offer to an agent (logout, away). */
export async function rescindOffersOf(ctx: EngineContext, agentId: string, reason: string): Promise<number> {
  let n = 0;
  for (const r of await pendingReservationsOfAgent(ctx.db, agentId))
    if (await declineReservation(ctx, r, ReservationState.RESCINDED, null, reason)) n += 1;
  return n;
}
