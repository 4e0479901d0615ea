import type { Db } from './db.ts';

/** A planner's change to a forecast: a percentage for a local day, or for one interval of it. */
export interface ForecastAdjustmentRecord {
  queue: string;
  channel: string;
  /** The site whose calendar the date belongs to ('' for none). */
  siteId: string;
  date: string;
  /** Start of the adjusted interval (epoch ms); null: the whole day. */
  intervalStart: number | null;
  percent: number;
  reason: string | null;
  createdBy: string | null;
  createdAt: number;
}

const keyOf = (a: Pick<ForecastAdjustmentRecord, 'queue' | 'channel' | 'siteId' | 'date' | 'intervalStart'>) =>
  [a.queue, a.channel, a.siteId, a.date, a.intervalStart ?? -1].join('|');

const toAdjustment = (r: any): ForecastAdjustmentRecord => ({
  queue: r.queue,
  channel: r.channel,
  siteId: r.site_id,
  date: r.date,
  intervalStart: Number(r.interval_start) < 0 ? null : Number(r.interval_start),
  percent: Number(r.percent),
  reason: r.reason ?? null,
  createdBy: r.created_by ?? null,
  createdAt: Number(r.created_at),
});

/** The adjustment with the same queue, channel, site, date and interval, if any. */
export async function findForecastAdjustment(
  db: Db,
  key: Pick<ForecastAdjustmentRecord, 'queue' | 'channel' | 'siteId' | 'date' | 'intervalStart'>,
): Promise<ForecastAdjustmentRecord | undefined> {
  const row = await db('forecast_adjustments').where('id', keyOf(key)).first();
  return row ? toAdjustment(row) : undefined;
}

/** Stores an adjustment, replacing the one for the same day or interval; percent 0 removes it. */
export async function saveForecastAdjustment(db: Db, a: ForecastAdjustmentRecord): Promise<void> {
  const id = keyOf(a);
  if (a.percent === 0) {
    await db('forecast_adjustments').where('id', id).delete();
    return;
  }
  await db('forecast_adjustments')
    .insert({
      id,
      queue: a.queue,
      channel: a.channel,
      site_id: a.siteId,
      date: a.date,
      interval_start: a.intervalStart ?? -1,
      percent: a.percent,
      reason: a.reason,
      created_by: a.createdBy,
      created_at: a.createdAt,
    })
    .onConflict('id')
    .merge(['percent', 'reason', 'created_by', 'created_at']);
}

/** Adjustments of a queue, channel and site on these local dates. */
export async function listForecastAdjustments(
  db: Db,
  q: { queue: string; channel: string; siteId: string; dates: string[] },
): Promise<ForecastAdjustmentRecord[]> {
  if (q.dates.length === 0) return [];
  const rows = await db('forecast_adjustments')
    .where({ queue: q.queue, channel: q.channel, site_id: q.siteId })
    .whereIn('date', q.dates)
    .orderBy(['date', 'interval_start']);
  return rows.map(toAdjustment);
}
