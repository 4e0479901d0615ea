import { fromJson, insertRows, type Db } from './db.ts';

/** One append-only history record: who did what, when, with before/after where it applies. */
export interface HistoryRecord {
  id?: number;
  instanceId: string | null;
  taskId: string | null;
  type: string;
  elementId: string | null;
  actorId: string | null;
  /** The admin who acted for `actorId` through X-Act-As, if any. */
  onBehalfOf: string | null;
  at: number;
  data: Record<string, unknown> | null;
}

const toHistory = (r: any): HistoryRecord => ({
  id: Number(r.id),
  instanceId: r.instance_id ?? null,
  taskId: r.task_id ?? null,
  type: r.type,
  elementId: r.element_id ?? null,
  actorId: r.actor_id ?? null,
  onBehalfOf: r.on_behalf_of ?? null,
  at: Number(r.at),
  data: fromJson(r.data, null),
});

/** Appends records in order. History is never updated or deleted. */
export async function appendHistory(db: Db, records: readonly HistoryRecord[]): Promise<void> {
  if (records.length === 0) return;
  const rows = records.map((h) => ({
    instance_id: h.instanceId,
    task_id: h.taskId,
    type: h.type,
    element_id: h.elementId,
    actor_id: h.actorId,
    on_behalf_of: h.onBehalfOf,
    at: h.at,
    data: h.data === null ? null : JSON.stringify(h.data),
  }));
  await insertRows(db, 'history', rows);
}

/** History of an instance or a task, oldest first. */
export async function listHistory(
  db: Db,
  where: { instanceId?: string; taskId?: string },
  limit = 1000,
): Promise<HistoryRecord[]> {
  const q = db('history').orderBy('id').limit(limit);
  if (where.instanceId) q.where('instance_id', where.instanceId);
  if (where.taskId) q.where('task_id', where.taskId);
  return (await q).map(toHistory);
}

/** What history can be searched by across instances (`from`/`to` epoch ms, `to` exclusive). */
export interface HistorySearch {
  instanceId?: string | null;
  actorId?: string | null;
  type?: string | null;
  from?: number | null;
  to?: number | null;
}

/** One page of history, newest first, with the count of all that match (indexes: migration 0024). */
export async function searchHistory(
  db: Db,
  filter: HistorySearch,
  page: { offset: number; limit: number },
): Promise<{ rows: HistoryRecord[]; total: number }> {
  const filtered = () => {
    const q = db('history');
    if (filter.instanceId) q.where('instance_id', filter.instanceId);
    if (filter.actorId) q.where('actor_id', filter.actorId);
    if (filter.type) q.where('type', filter.type);
    if (filter.from != null) q.where('at', '>=', filter.from);
    if (filter.to != null) q.where('at', '<', filter.to);
    return q;
  };
  const [rows, count] = await Promise.all([
    filtered().orderBy('id', 'desc').offset(page.offset).limit(page.limit),
    filtered().count({ n: '*' }).first(),
  ]);
  return { rows: rows.map(toHistory), total: Number((count as { n: unknown } | undefined)?.n ?? 0) };
}
