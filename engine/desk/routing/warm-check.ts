import type { QueueRecord, TaskRecord } from '../../../models/index.ts';
import type { TaskIndex } from './task-index.ts';

/** How a router came to lead: from its warm standby index, or by a full rebuild from the rows. */
export type RouterStart = 'warm' | 'rebuild';

/**
 * Above this share of queued tasks out of date, a warm index is taken as diverged (a feed gap) and the
 * router rebuilds from the rows: re-reading that many one by one would cost about as much anyway.
 */
export const DIVERGED_SHARE = 0.1;

/**
 * The queued tasks a warm index has wrong, by the queued tasks' ids and versions (one read): those it
 * lacks, holds at another version, or holds though they no longer wait. Re-reading only these brings it
 * to the rows.
 */
export function staleTasks(
  versions: ReadonlyMap<string, number>,
  index: TaskIndex,
  deferred: ReadonlyMap<string, TaskRecord>,
): string[] {
  const stale: string[] = [];
  for (const [id, version] of versions)
    if ((index.get(id)?.task ?? deferred.get(id))?.version !== version) stale.push(id);
  for (const entry of index.entries()) if (!versions.has(entry.task.id)) stale.push(entry.task.id);
  for (const id of deferred.keys()) if (!versions.has(id)) stale.push(id);
  return stale;
}

/** Whether the queue settings in hand are the ones in the rows (else slopes and escalations differ). */
export function sameQueues(held: ReadonlyMap<string, QueueRecord>, rows: readonly QueueRecord[]): boolean {
  return rows.length === held.size && rows.every((q) => held.get(q.name)?.updatedAt === q.updatedAt);
}
