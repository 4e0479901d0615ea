import type { Db } from '../db.ts';
import { deleteTasksWithDependents, taskIdsOfInstances } from '../tasks/index.ts';
import type { RetentionEntry } from './registry.ts';

const CHUNK = 500;

/** Adds `more` to `into`, table by table. */
export function addCounts(into: Record<string, number>, more: Record<string, number>): Record<string, number> {
  for (const [table, n] of Object.entries(more)) if (n) into[table] = (into[table] ?? 0) + n;
  return into;
}

/**
 * Deletes process instances with everything that hangs on them: their tasks (and the tasks'
 * dependents), history, jobs, message subscriptions and interaction links. Run in the caller's
 * transaction; returns rows deleted per table.
 */
export async function deleteInstancesWithDependents(db: Db, ids: readonly string[]): Promise<Record<string, number>> {
  const counts = await deleteTasksWithDependents(db, await taskIdsOfInstances(db, ids));
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    for (const table of ['history', 'jobs', 'message_subscriptions', 'interaction_links'])
      addCounts(counts, { [table]: await db(table).whereIn('instance_id', chunk).delete() });
    addCounts(counts, { process_instances: await db('process_instances').whereIn('id', chunk).delete() });
  }
  return counts;
}

/** Deletes one batch (at most about `limit` rows) of a registered table older than `before`; returns how many. */
export async function pruneEntryBatch(db: Db, entry: RetentionEntry, before: number, limit: number): Promise<number> {
  const old = () => {
    const q = db(entry.table).where(entry.timeColumn, '<', before);
    entry.only?.(q, db);
    return q;
  };
  if (entry.key) {
    const keys = (await old().select(entry.key).orderBy(entry.timeColumn).limit(limit)).map(
      (r: Record<string, string>) => r[entry.key as string],
    );
    return keys.length ? db(entry.table).whereIn(entry.key, keys).delete() : 0;
  }
  const edge = await old()
    .select(entry.timeColumn)
    .orderBy(entry.timeColumn)
    .offset(limit - 1)
    .first();
  const upTo = edge ? Number(edge[entry.timeColumn]) : before - 1;
  return old().where(entry.timeColumn, '<=', upTo).delete();
}
