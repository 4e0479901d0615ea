import {
  appendHistory,
  findAgent,
  findTask,
  findUser,
  patchTask,
  pendingReservationsOfTasks,
  ReservationState,
  TaskKind,
  TaskState,
  updateTaskIf,
  withTransaction,
  type Db,
  type TaskChanges,
  type TaskRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError, ConflictError, ErrorCode, NotFoundError, TaskStateError } from '../../core/errors/index.ts';
import { Role, requireRole, type Actor, requireSiteScope, siteScopeOf } from '../../core/access/index.ts';
import { assertClaimable, assertOpen } from '../../process/tasks/index.ts';
import { withAgentGuard } from './agent-guard.ts';
import { capacityExclusion } from './capacity.ts';
import { acceptReservation, declineReservation } from './offers.ts';
import { assertQualified, takeTask } from './pull.ts';
import { isOfferable } from './router-state.ts';

const REASSIGNABLE: readonly TaskState[] = [TaskState.QUEUED, TaskState.ASSIGNED, TaskState.PAUSED];

async function load(ctx: EngineContext, id: string): Promise<TaskRecord> {
  const task = await findTask(ctx.db, id);
  if (!task) throw new NotFoundError('Task', id);
  return task;
}

/** Applies one guarded change to a task and records it; a concurrent change makes it CONFLICT. */
async function change(
  ctx: EngineContext,
  actor: Actor,
  task: TaskRecord,
  fromStates: readonly TaskState[],
  next: TaskChanges,
  type: string,
): Promise<TaskRecord> {
  const updated = await withTransaction(ctx.db, (trx) =>
    applyChange(trx, actor, task, fromStates, next, type, ctx.clock.now()),
  );
  ctx.events.publish({ type: type as 'task.claimed', task: updated });
  return updated;
}

/** The guarded update and its history entry, inside the caller's transaction. */
async function applyChange(
  trx: Db,
  actor: Actor,
  task: TaskRecord,
  fromStates: readonly TaskState[],
  next: TaskChanges,
  type: string,
  at: number,
): Promise<TaskRecord> {
  const updated = { ...patchTask(task, next), version: task.version + 1 };
  const won = await updateTaskIf(trx, task.id, { fromStates, expectedVersion: task.version }, next);
  if (!won) throw new ConflictError(`task ${task.id} changed meanwhile; reload it`, { taskId: task.id });
  await appendHistory(trx, [
    {
      instanceId: task.instanceId,
      taskId: task.id,
      type,
      elementId: task.elementId,
      actorId: actor.userId,
      onBehalfOf: actor.onBehalfOf,
      at,
      data: {
        before: { state: task.state, assignee: task.assigneeId },
        after: { state: updated.state, assignee: updated.assigneeId },
      },
    },
  ]);
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
    throw new TaskStateError(ErrorCode.TASK_NOT_CLAIMABLE, id, `callback ${id} is outside its window`, {
      reason: 'OUTSIDE_WINDOW',
    });
  }
  await assertQualified(ctx, task, actor);
  const decision = {
    rule: 'pull' as const,
    chosen: actor.userId,
    at: ctx.clock.now(),
    considered: [],
    excludedCounts: {},
  };
  const taken = await takeTask(ctx, actor, task, decision);
  if (taken) return taken;
  assertClaimable(await load(ctx, id), actor);
  throw new ConflictError(`task ${id} changed meanwhile; reload it`, { taskId: id });
}

/** A reserved task is the reservation holder's to accept; anyone else is refused. */
async function claimReserved(ctx: EngineContext, actor: Actor, task: TaskRecord): Promise<TaskRecord> {
  const [reservation] = await pendingReservationsOfTasks(ctx.db, [task.id]);
  if (reservation?.agentId === actor.userId) return acceptReservation(ctx, actor, reservation.id);
  throw new TaskStateError(ErrorCode.TASK_NOT_CLAIMABLE, task.id, `task ${task.id} is offered to another agent`, {
    reason: 'RESERVED',
  });
}

/** Gives a claimed task back to the queue (its assignee or a supervisor). */
export async function unclaimTask(ctx: EngineContext, actor: Actor, id: string): Promise<TaskRecord> {
  const task = await load(ctx, id);
  assertOpen(task);
  if (task.assigneeId !== actor.userId) {
    requireRole(actor, Role.SUPERVISOR);
    requireSiteScope(await siteScopeOf(ctx.db, actor), [task.siteId], `the task ${id}`);
  }
  if (!task.assigneeId) return task;
  return change(
    ctx,
    actor,
    task,
    [TaskState.ASSIGNED, TaskState.PAUSED],
    { state: TaskState.QUEUED, assigneeId: null, claimedAt: null },
    'task.unclaimed',
  );
}

/**
 * Assigns a task to a user (supervisors), whatever its current holder: a pending offer is rescinded
 * first. An agent's capacity still holds: a full agent is refused with TASK_NOT_CLAIMABLE (NO_CAPACITY).
 */
export async function assignTask(ctx: EngineContext, actor: Actor, id: string, userId: string): Promise<TaskRecord> {
  requireRole(actor, Role.SUPERVISOR);
  const task = await load(ctx, id);
  assertOpen(task);
  const user = await findUser(ctx.db, userId);
  if (!user || !user.active)
    throw new BadInputError(`user ${userId} does not exist or is inactive`, { field: 'agentId', userId });
  // A supervisor of particular sites assigns their sites' work to their sites' people.
  const scope = await siteScopeOf(ctx.db, actor);
  requireSiteScope(scope, [task.siteId], `the task ${id}`);
  requireSiteScope(scope, [user.siteId], `the user ${userId}`);
  // The router may offer the task again between rescinding an offer and the assignment: look again.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await assignOnce(ctx, actor, id, userId);
    } catch (err) {
      if (!(err instanceof ConflictError) || attempt >= 3) throw err;
    }
  }
}

async function assignOnce(ctx: EngineContext, actor: Actor, id: string, userId: string): Promise<TaskRecord> {
  let task = await load(ctx, id);
  assertOpen(task);
  if (task.assigneeId === userId) return task;
  if (task.state === TaskState.RESERVED) {
    const [offer] = await pendingReservationsOfTasks(ctx.db, [task.id]);
    if (offer)
      await declineReservation(
        ctx,
        offer,
        ReservationState.RESCINDED,
        actor.userId,
        `assigned to ${userId} by ${actor.userId}`,
      );
    task = await load(ctx, id);
  }
  const now = ctx.clock.now();
  const handlingMs = task.handlingMs + (task.workStartedAt === null ? 0 : Math.max(0, now - task.workStartedAt));
  // A task given from the queue is taken, as when an agent takes it (a waiting callback is dialled);
  // a held one only changes hands.
  const taking = task.state === TaskState.QUEUED ? ctx.taskHooks.taking(task, userId, now) : null;
  const next = {
    state: TaskState.ASSIGNED,
    assigneeId: userId,
    claimedAt: now,
    workStartedAt: now,
    pausedAt: null,
    handlingMs,
    ...taking?.changes,
  };
  if (!(await findAgent(ctx.db, userId))) return change(ctx, actor, task, REASSIGNABLE, next, 'task.assigned');
  const updated = await withAgentGuard(ctx, userId, async (trx, agent, agentLoad) => {
    const full = capacityExclusion(agent, agentLoad, task.channel, false);
    if (full)
      throw new TaskStateError(
        ErrorCode.TASK_NOT_CLAIMABLE,
        task.id,
        `${userId} has no free ${task.channel} capacity`,
        { reason: full },
      );
    const result = await applyChange(trx, actor, task, REASSIGNABLE, next, 'task.assigned', now);
    await taking?.write(trx);
    return { result, changes: { idleSince: null } };
  });
  ctx.events.publish({ type: 'task.assigned', task: updated as TaskRecord });
  return updated as TaskRecord;
}
