import { appendHistory, findTask, findUser, pendingReservationsOfTasks, TaskKind, TaskState, updateTaskIf, withTransaction, type TaskRecord } from '../../models/index.ts';
import { acceptReservation } from '../routing/offers.ts';
import { assertQualified, takeTask } from '../routing/pull.ts';
import { isOfferable } from '../routing/router-state.ts';
import type { EngineContext } from '../context.ts';
import { BadInputError, ConflictError, ErrorCode, NotFoundError, TaskStateError } from '../errors/index.ts';
import { Role, type Actor } from '../users/actor.ts';
import { requireRole } from '../users/authorize.ts';
import { assertClaimable, assertOpen } from './task-rules.ts';

const REASSIGNABLE: readonly TaskState[] = [TaskState.QUEUED, TaskState.RESERVED, TaskState.ASSIGNED, TaskState.PAUSED];

async function load(ctx: EngineContext, id: string): Promise<TaskRecord> {
  const task = await findTask(ctx.db, id);
  if (!task) throw new NotFoundError('Task', id);
  return task;
}

/** Applies one guarded change to a task and records it; a concurrent change makes it CONFLICT. */
async function change(ctx: EngineContext, actor: Actor, task: TaskRecord, fromStates: readonly TaskState[], next: Partial<TaskRecord>, type: string): Promise<TaskRecord> {
  const now = ctx.clock.now();
  const updated = { ...task, ...next, version: task.version + 1 };
  await withTransaction(ctx.db, async (trx) => {
    const won = await updateTaskIf(trx, task.id, { fromStates, expectedVersion: task.version }, next);
    if (!won) throw new ConflictError(`task ${task.id} changed meanwhile; reload it`, { taskId: task.id });
    await appendHistory(trx, [{
      instanceId: task.instanceId, taskId: task.id, type, elementId: task.elementId, actorId: actor.userId, onBehalfOf: actor.onBehalfOf, at: now,
      data: { before: { state: task.state, assignee: task.assigneeId }, after: { state: updated.state, assignee: updated.assigneeId } },
    }]);
  });
  ctx.events.publish({ type: type as 'task.claimed', task: updated });
  return updated;
}

/**
 * Claims a task for the actor. Only candidates (or supervisors) may; claiming a task one already holds
 * is a no-op. One conditional UPDATE decides between concurrent claims, so exactly one wins.
 */
export async function claimTask(ctx: EngineContext, actor: Actor, id: string): Promise<TaskRecord> {
  requireRole(actor, Role.EXPERT, Role.AGENT, Role.SUPERVISOR);
  const task = await load(ctx, id);
  assertClaimable(task, actor);
  if (task.assigneeId === actor.userId) return task;
  if (task.state === TaskState.RESERVED) return claimReserved(ctx, actor, task);
  if (task.kind === TaskKind.CALLBACK && !isOfferable(task, ctx.clock.now())) {
    throw new TaskStateError(ErrorCode.TASK_NOT_CLAIMABLE, id, `callback ${id} is outside its window`, { reason: 'OUTSIDE_WINDOW' });
  }
  await assertQualified(ctx, task, actor);
  const decision = { rule: 'pull' as const, chosen: actor.userId, at: ctx.clock.now(), considered: [], excludedCounts: {} };
  const taken = await takeTask(ctx, actor, task, decision);
  if (taken) return taken;
  assertClaimable(await load(ctx, id), actor);
  throw new ConflictError(`task ${id} changed meanwhile; reload it`, { taskId: id });
}

/** A reserved task is the reservation holder's to accept; anyone else is refused. */
async function claimReserved(ctx: EngineContext, actor: Actor, task: TaskRecord): Promise<TaskRecord> {
  const [reservation] = await pendingReservationsOfTasks(ctx.db, [task.id]);
  if (reservation?.agentId === actor.userId) return acceptReservation(ctx, actor, reservation.id);
  throw new TaskStateError(ErrorCode.TASK_NOT_CLAIMABLE, task.id, `task ${task.id} is offered to another agent`, { reason: 'RESERVED' });
}

/** Gives a claimed task back to the queue (its assignee or a supervisor). */
export async function unclaimTask(ctx: EngineContext, actor: Actor, id: string): Promise<TaskRecord> {
  const task = await load(ctx, id);
  assertOpen(task);
  if (task.assigneeId !== actor.userId) requireRole(actor, Role.SUPERVISOR);
  if (!task.assigneeId) return task;
  return change(ctx, actor, task, [TaskState.ASSIGNED, TaskState.PAUSED], { state: TaskState.QUEUED, assigneeId: null, claimedAt: null }, 'task.unclaimed');
}

/** Assigns a task to a user (supervisors), whatever its current holder. */
export async function assignTask(ctx: EngineContext, actor: Actor, id: string, userId: string): Promise<TaskRecord> {
  requireRole(actor, Role.SUPERVISOR);
  const task = await load(ctx, id);
  assertOpen(task);
  const user = await findUser(ctx.db, userId);
  if (!user || !user.active) throw new BadInputError(`user ${userId} does not exist or is inactive`, { field: 'agentId', userId });
  if (task.assigneeId === userId) return task;
  return change(ctx, actor, task, REASSIGNABLE, { state: TaskState.ASSIGNED, assigneeId: userId, claimedAt: ctx.clock.now() }, 'task.assigned');
}
