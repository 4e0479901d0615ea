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
