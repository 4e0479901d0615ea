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
 * History from the reports' 15-minute queue rollups (docs/reports.md): contacts offered to the queue per
 * interval, and the contacts handled to completion in it with their summed handle time. Rollups outlive
 * the tasks (CROSSDESK_ROLLUP_RETENTION_DAYS), so a forecast can read a year back. Intervals are whole
 * multiples of the 15-minute buckets from the epoch, so they line up with every zone's local quarter
 * hours except the few with 45-minute offsets; aggregated in SQL, one row per interval.
 */
export const rollupArrivalHistory: ArrivalHistory = async (db, q) => {
  const ms = Math.round(q.intervalMinutes) * 60_000;
  if (!Number.isInteger(ms) || ms <= 0 || ms % 900_000 !== 0)
    throw new Error('intervalMinutes must be a multiple of 15');
  const query = db('queue_rollups')
    .select(
      db.raw(`bucket / ${ms} AS slot`),
      db.raw('SUM(offered) AS arrivals'),
      db.raw('SUM(handled) AS handled'),
      db.raw('SUM(handle_ms) AS handle_ms'),
    )
    .where('queue', q.queue)
    .where('bucket', '>=', q.from)
    .where('bucket', '<', q.to)
    .groupByRaw(`bucket / ${ms}`)
    .orderBy('slot');
  if (q.channel) query.where('channel', q.channel);
  if (q.site) query.where('site_id', q.site);
  const rows = await query;
  return rows.map((r: any) => ({
    start: Number(r.slot) * ms,
    arrivals: Number(r.arrivals),
    handled: Number(r.handled),
    handleSeconds: Number(r.handle_ms) / 1000,
  }));
};
