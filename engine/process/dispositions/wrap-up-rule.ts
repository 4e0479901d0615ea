import { findQueue, tasksCompletedBySince, type TaskRecord } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { DispositionRequiredError } from '../../core/errors/index.ts';

/** The disposition codes of a task's queue ([] when it has no queue or the queue lists none). */
export async function dispositionCodesOf(ctx: EngineContext, task: Pick<TaskRecord, 'queue'>): Promise<string[]> {
  return task.queue ? ((await findQueue(ctx.db, task.queue))?.dispositionCodes ?? []) : [];
}

/**
 * The wrap-up rule, whatever the kind of work: a task of a queue with disposition codes ends its wrap-up
 * only with a code. Throws DISPOSITION_REQUIRED (changing nothing) when the task has none. Callers: task
 * completion (completeTask; a chat's close), leaving WRAP_UP presence.
 */
export async function requireDisposition(ctx: EngineContext, task: TaskRecord): Promise<void> {
  if (task.dispositionCode !== null) return;
  if ((await dispositionCodesOf(ctx, task)).length > 0) throw new DispositionRequiredError([task.id], task.queue);
}

/** A task that ended just before its agent's wrap-up began (the same CTI event) belongs to that wrap-up. */
export const WRAP_UP_SLACK_MS = 10_000;

/** The work of an agent's wrap-up that began at `since`: the tasks it finished since then, oldest first. */
export function wrapUpTasks(ctx: EngineContext, agentId: string, since: number): Promise<TaskRecord[]> {
  return tasksCompletedBySince(ctx.db, agentId, since - WRAP_UP_SLACK_MS);
}

/**
 * Ending an agent's wrap-up (WRAP_UP presence since `since`): every task the agent finished since then
 * in a queue with disposition codes needs its code, or DISPOSITION_REQUIRED names the tasks without one.
 */
export async function requireWrapUpDispositions(ctx: EngineContext, agentId: string, since: number): Promise<void> {
  const finished = await wrapUpTasks(ctx, agentId, since);
  const missing: TaskRecord[] = [];
  const codes = new Map<string, number>();
  for (const task of finished) {
    if (task.dispositionCode !== null || !task.queue) continue;
    if (!codes.has(task.queue)) codes.set(task.queue, (await dispositionCodesOf(ctx, task)).length);
    if ((codes.get(task.queue) ?? 0) > 0) missing.push(task);
  }
  if (missing.length)
    throw new DispositionRequiredError(
      missing.map((t) => t.id),
      missing[0].queue,
    );
}
