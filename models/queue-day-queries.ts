import type { Db } from './db.ts';
import { BUCKET_MS } from './facts-repo.ts';
import { BUCKETS_PER_DAY, DAY_MEASURES, DAY_MS, dayOf, packDay, unpackDay } from './queue-days-repo.ts';
import type { QueueSelection, QueueSums, ReportRange } from './report-queries.ts';

/** The zone's offset at a bucket: that of the first segment the bucket is before the end of. */
function offsetAt(range: ReportRange, bucket: number): number {
  for (const o of range.offsets) if (o.until === null || bucket < o.until) return o.offsetMs;
  return range.offsets[range.offsets.length - 1].offsetMs;
}

/** A bucket's interval start: the JavaScript twin of intervalStartSql (times are positive, so floor = SQL's). */
export function intervalStartOf(range: ReportRange, bucket: number): number {
  const offset = offsetAt(range, bucket);
  return Math.floor((bucket + offset) / range.intervalMs) * range.intervalMs - offset;
}

const byStartQueueChannel = (a: QueueSums, b: QueueSums) =>
  a.start - b.start ||
  (a.queue < b.queue ? -1 : a.queue > b.queue ? 1 : 0) ||
  (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0);

/**
 * Summed queue figures per queue, channel and interval from the packed day rows (queue_day_rollups):
 * the same rows as queueIntervalSums over the 15-minute rollups, folded here instead of by a GROUP BY
 * (docs/benchmarks.md: sorting ~172,000 rows of 27 sums was the 90-day report's cost). In start, queue,
 * channel order (code-unit order of the names); at most `limit` rows.
 */
export async function queueIntervalSumsPacked(
  db: Db,
  range: ReportRange,
  s: QueueSelection,
  limit: number,
): Promise<QueueSums[]> {
  const q = db('queue_day_rollups')
    .select('queue', 'channel', 'day', 'sums')
    .where('day', '>=', dayOf(range.from))
    .where('day', '<', range.to);
  if (s.queues) q.whereIn('queue', s.queues);
  if (s.channels) q.whereIn('channel', s.channels);
  if (s.sites) q.whereIn('site_id', s.sites);
  const M = DAY_MEASURES.length;
  // queue|channel -> interval start -> the interval's sums (index 0 counts the buckets that had a row).
  const groups = new Map<string, { queue: string; channel: string; starts: Map<number, Float64Array> }>();
  for (const row of (await q) as any[]) {
    const day = Number(row.day);
    const sums = unpackDay(row.sums);
    const key = `${row.queue}\u0000${row.channel}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { queue: row.queue, channel: row.channel, starts: new Map() }));
    let start = NaN;
    let into: Float64Array | undefined;
    for (let b = 0; b < BUCKETS_PER_DAY; b++) {
      if (sums[b] === 0) continue;
      const bucket = day + b * BUCKET_MS;
      if (bucket < range.from || bucket >= range.to) continue;
      const st = intervalStartOf(range, bucket);
      if (st !== start) {
        start = st;
        into = g.starts.get(st);
        if (!into) g.starts.set(st, (into = new Float64Array(M)));
      }
      const acc = into as Float64Array;
      for (let m = 0; m < M; m++) acc[m] += sums[m * BUCKETS_PER_DAY + b];
    }
  }
  const out: QueueSums[] = [];
  for (const g of groups.values())
    for (const [start, acc] of g.starts) {
      const r: QueueSums = { queue: g.queue, channel: g.channel, start };
      for (let m = 1; m < M; m++) r[DAY_MEASURES[m]] = acc[m];
      out.push(r);
    }
  return out.sort(byStartQueueChannel).slice(0, limit);
}

/**
 * Builds the packed day rows from the 15-minute queue rollups (the upgrade's backfill, and the benchmark's
 * generator): replaces the day rows of every day that has rollups, one day at a time.
 */
export async function rebuildQueueDays(db: Db): Promise<number> {
  const bounds = (await db('queue_rollups').min({ lo: 'bucket' }).max({ hi: 'bucket' }).first()) as any;
  if (bounds?.lo === null || bounds?.lo === undefined) return 0;
  let written = 0;
  for (let day = dayOf(Number(bounds.lo)); day <= Number(bounds.hi); day += DAY_MS) {
    const rows = await db('queue_rollups')
      .where('bucket', '>=', day)
      .where('bucket', '<', day + DAY_MS);
    const days = new Map<string, { queue: string; channel: string; site_id: string; sums: Float64Array }>();
    for (const r of rows as any[]) {
      const key = JSON.stringify([r.queue, r.channel, r.site_id]);
      let d = days.get(key);
      if (!d) days.set(key, (d = { queue: r.queue, channel: r.channel, site_id: r.site_id, sums: unpackDay(null) }));
      const b = Math.round((Number(r.bucket) - day) / BUCKET_MS);
      d.sums[b] = 1;
      for (let m = 1; m < DAY_MEASURES.length; m++) d.sums[m * BUCKETS_PER_DAY + b] += Number(r[DAY_MEASURES[m]] ?? 0);
    }
    const packed = [...days.values()].map((d) => ({
      day,
      queue: d.queue,
      channel: d.channel,
      site_id: d.site_id,
      sums: packDay(d.sums),
    }));
    await db('queue_day_rollups').where({ day }).delete();
    for (let i = 0; i < packed.length; i += 50) await db('queue_day_rollups').insert(packed.slice(i, i + 50));
    written += packed.length;
  }
  return written;
}
