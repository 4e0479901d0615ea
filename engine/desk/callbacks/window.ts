import {
  appendHistory,
  findTask,
  TaskKind,
  TaskState,
  updateTaskIf,
  patchTask,
  withTransaction,
  type CallbackFields,
  type TaskRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { CallbackOutcome } from './callback-types.ts';

/**
 * Ends a waiting callback for good with its outcome (CANCELLED: nobody spoke to the customer). Guarded
 * by state and version; null when the task moved on meanwhile.
 */
export async function closeCallback(
  ctx: EngineContext,
  task: TaskRecord,
  outcome: CallbackOutcome,
  reason: string,
): Promise<TaskRecord | null> {
  const now = ctx.clock.now();
  const changes = {
    state: TaskState.CANCELLED,
    completedAt: now,
    callback: { outcome },
    assigneeId: null,
    workStartedAt: null,
  };
  const done = await withTransaction(ctx.db, async (trx) => {
    if (ctx.fence) await ctx.fence(trx);
    if (!(await updateTaskIf(trx, task.id, { fromStates: [task.state], expectedVersion: task.version }, changes)))
      return null;
    await appendHistory(trx, [
      {
        instanceId: null,
        taskId: task.id,
        type: 'task.cancelled',
        elementId: null,
        actorId: null,
        onBehalfOf: null,
        at: now,
        data: { outcome, reason, attempts: task.callback?.attempts },
      },
    ]);
    return { ...patchTask(task, changes), version: task.version + 1 };
  });
  if (done) ctx.events.publish({ type: 'task.cancelled', task: { ...done, assigneeId: task.assigneeId } });
  return done;
}

/**
 * The router's window item came due: a callback still waiting after its window closed is closed
 * (WINDOW_MISSED, or NO_ANSWER when it was dialled before). Returns true when it closed the task.
 */
export async function closeMissedWindow(ctx: EngineContext, taskId: string): Promise<boolean> {
  const task = await findTask(ctx.db, taskId);
  if (!task || task.kind !== TaskKind.CALLBACK || task.state !== TaskState.QUEUED) return false;
  const { windowEnd, attempts } = task.callback as CallbackFields;
  if (windowEnd === null || windowEnd > ctx.clock.now()) return false;
  const outcome = attempts > 0 ? CallbackOutcome.NO_ANSWER : CallbackOutcome.WINDOW_MISSED;
  return (await closeCallback(ctx, task, outcome, 'callback window closed')) !== null;
}
