import {
  appendHistory,
  cancelTasks,
  deleteJobs,
  deleteSubscriptions,
  findOpenJobsOfInstance,
  findSubscriptionsOfInstance,
  findTasksOfInstance,
  InstanceState,
  loadInstanceState,
  updateInstanceIfVersion,
  withTransaction,
  type InstanceRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { ConflictError, CrossdeskError, ErrorCode, NotFoundError } from '../../core/errors/index.ts';
import { publishEffects } from '../runtime/index.ts';
import { Role, type Actor, requireRole } from '../../core/access/index.ts';

/**
 * Cancels a running instance (supervisors): its open tasks are cancelled, its subscriptions and timers
 * removed, and the reason kept in history. The engine need not run: nothing more will happen in it.
 */
export async function cancelProcessInstance(
  ctx: EngineContext,
  actor: Actor,
  id: string,
  reason: string | null,
): Promise<InstanceRecord> {
  requireRole(actor, Role.SUPERVISOR);
  const loaded = await loadInstanceState(ctx.db, id);
  if (!loaded) throw new NotFoundError('ProcessInstance', id);
  if (loaded.state !== InstanceState.ACTIVE) {
    throw new CrossdeskError(ErrorCode.INSTANCE_NOT_ACTIVE, `process instance ${id} is ${loaded.state.toLowerCase()}`, {
      instanceId: id,
      state: loaded.state,
    });
  }
  const now = ctx.clock.now();
  const next: InstanceRecord = {
    ...loaded,
    state: InstanceState.CANCELLED,
    activeElementIds: [],
    version: loaded.version + 1,
    updatedAt: now,
    endedAt: now,
    endReason: reason,
  };
  const cancelled = await withTransaction(ctx.db, async (trx) => {
    const won = await updateInstanceIfVersion(trx, id, loaded.version, {
      ...next,
      engineState: null,
      waiting: { tasks: [], subscriptions: [], timers: [], external: [] },
    });
    if (!won)
      throw new ConflictError(`process instance ${id} changed while it was being cancelled; try again`, {
        instanceId: id,
      });
    const open = await findTasksOfInstance(trx, id, true);
    const hookEvents = await ctx.taskHooks.cancelling(trx, open, now);
    await cancelTasks(
      trx,
      open.map((t) => t.id),
      now,
    );
    await deleteSubscriptions(
      trx,
      (await findSubscriptionsOfInstance(trx, id)).map((s) => s.id),
    );
    await deleteJobs(
      trx,
      (await findOpenJobsOfInstance(trx, id)).map((j) => j.id),
    );
    const who = { actorId: actor.userId, onBehalfOf: actor.onBehalfOf, at: now };
    await appendHistory(trx, [
      ...open.map((t) => ({
        instanceId: id,
        taskId: t.id,
        type: 'task.cancelled',
        elementId: t.elementId,
        ...who,
        data: { before: { state: t.state }, after: { state: 'CANCELLED' } },
      })),
      { instanceId: id, taskId: null, type: 'instance.cancelled', elementId: null, ...who, data: { reason } },
    ]);
    return {
      tasks: open.map((t) => ({ ...t, state: 'CANCELLED' as const, completedAt: now, version: t.version + 1 })),
      hookEvents,
    };
  });
  publishEffects(
    ctx,
    next,
    {
      createdTasks: [],
      cancelledTasks: cancelled.tasks,
      hookEvents: cancelled.hookEvents,
      earliestTimer: null,
      externalTopics: [],
    },
    'instance.cancelled',
  );
  return next;
}
