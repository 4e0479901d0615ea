import type { Db } from './db.ts';

/** One interval of a queue's history: contacts that arrived, how many were handled, their summed handle time. */
export interface ArrivalInterval {
  /** Start of the interval, epoch ms (aligned to intervalMinutes since the epoch). */
  start: number;
  arrivals: number;
  /** Contacts of the interval that were handled to completion (handleSeconds is their sum). */
  handled: number;
  handleSeconds: number;
}

/** What history to read: a queue, optionally one channel and site, [from, to) in epoch ms. */
export interface ArrivalQuery {
  queue: string;
  channel?: string | null;
  site?: string | null;
  from: number;
  to: number;
  intervalMinutes: number;
}

/** The source of history the forecast reads (docs/planning.md "Forecast"). */
export type ArrivalHistory = (db: Db, query: ArrivalQuery) => Promise<ArrivalInterval[]>;

/**
 * History from the tasks table: arrivals by creation time, handle time from answered (live work) or
 * claimed (back office) to completed, counted in the interval the contact arrived in. Aggregated in SQL
 * (integer division of the epoch: intervals of whole minutes line up with every zone's local quarter
 * hours except the few with 45-minute offsets), so a long history costs one row per interval.
 *
 * MERGE NOTE: this is the one function to switch to the analytics facts' 15-minute rollups (offered,
 * handle time per queue x channel) once they exist; nothing else reads history for the forecast.
 */
export const tasksArrivalHistory: ArrivalHistory = async (db, q) => {
  const ms = Math.round(q.intervalMinutes) * 60_000;
  if (!Number.isInteger(ms) || ms <= 0) throw new Error('intervalMinutes must be a whole number');
  const handle = 'completed_at - COALESCE(answered_at, claimed_at)';
  const done = `completed_at IS NOT NULL AND COALESCE(answered_at, claimed_at) IS NOT NULL`;
  const query = db('tasks')
    .select(
      db.raw(`created_at / ${ms} AS bucket`),
      db.raw('COUNT(*) AS arrivals'),
      db.raw(`SUM(CASE WHEN ${done} THEN 1 ELSE 0 END) AS handled`),
      db.raw(`SUM(CASE WHEN ${done} THEN ${handle} ELSE 0 END) AS handle_ms`),
    )
    .where('queue', q.queue)
    .where('created_at', '>=', q.from)
    .where('created_at', '<', q.to)
    .groupByRaw(`created_at / ${ms}`)
    .orderBy('bucket');
  if (q.channel) query.where('channel', q.channel);
  if (q.site) query.where('site_id', q.site);
  const rows = await query;
  return rows.map((r: any) => ({
    start: Number(r.bucket) * ms,
    arrivals: Number(r.arrivals),
    handled: Number(r.handled),
    handleSeconds: Number(r.handle_ms) / 1000,
  }));
};
