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
  const offset = range.offsets.length === 1 ? range.offsets[0].offsetMs : offsetAt(range, bucket);
  return Math.floor((bucket + offset) / range.intervalMs) * range.intervalMs - offset;
}

/**
 * One interval's sums as a row. Spelled out as a literal in DAY_MEASURES order (the test of the packed
 * path checks every figure): rows given 27 properties one by one by name fell into V8's slow dictionary
 * mode, and building 86,000 of them was most of the report's time.
 */
/** A sum as a small integer when it is one (V8 keeps those unboxed: fewer allocations per row). */
const small = (v: number) => (v === (v | 0) ? v | 0 : v);

const sumsAt = (queue: string, channel: string, start: number, p: Float64Array, i: number): QueueSums => ({
  queue,
  channel,
  start,
  offered: small(p[i + 1]),
  answered: small(p[i + 2]),
  answered_within: small(p[i + 3]),
  abandoned: small(p[i + 4]),
  abandoned_short: small(p[i + 5]),
  abandoned_within: small(p[i + 6]),
  completed: small(p[i + 7]),
  completed_within: small(p[i + 8]),
  ended: small(p[i + 9]),
  wait_ms: small(p[i + 10]),
  handled: small(p[i + 11]),
  handle_ms: small(p[i + 12]),
  hold_ms: small(p[i + 13]),
  transfers_in: small(p[i + 14]),
  transfers_out: small(p[i + 15]),
  escalations: small(p[i + 16]),
  wait_le_5: small(p[i + 17]),
  wait_le_10: small(p[i + 18]),
  wait_le_20: small(p[i + 19]),
  wait_le_30: small(p[i + 20]),
  wait_le_60: small(p[i + 21]),
  wait_le_120: small(p[i + 22]),
  wait_le_300: small(p[i + 23]),
  wait_le_600: small(p[i + 24]),
  wait_le_1800: small(p[i + 25]),
  wait_le_3600: small(p[i + 26]),
  wait_over_3600: small(p[i + 27]),
  // Filled in by the queue report; named here so every row keeps one shape.
  met: 0,
  counted: 0,
  backlog: null,
});

const byQueueChannel = (a: { queue: string; channel: string }, b: { queue: string; channel: string }) =>
  a.queue < b.queue ? -1 : a.queue > b.queue ? 1 : a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0;

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
  const fold = makeDayFold(range);
  for (const row of (await q) as any[]) fold.add(row.queue, row.channel, Number(row.day), row.sums);
  return fold.rows(limit);
}

/**
 * Folds day rows into intervals. Every interval's sums live in one growing pool (slot * M): an allocation
 * per interval made the fold mostly garbage collection. Kept apart from the query so V8 optimizes it.
 */
export function makeDayFold(range: ReportRange) {
  const M = DAY_MEASURES.length;
  let pool = new Float64Array(1024 * M);
  let slots = 0;
  // queue|channel -> interval start -> slot.
  const groups = new Map<string, { queue: string; channel: string; starts: Map<number, number> }>();
  const scratch = new Float64Array(M * BUCKETS_PER_DAY);
  // Per bucket of the day being added: where its interval's sums start in the pool (-1: not reported).
  const at = new Int32Array(BUCKETS_PER_DAY);
  const slotOf = (g: { starts: Map<number, number> }, st: number) => {
    let slot = g.starts.get(st);
    if (slot === undefined) {
      if ((slots + 1) * M > pool.length) {
        const grown = new Float64Array(pool.length * 2);
        grown.set(pool);
        pool = grown;
      }
      g.starts.set(st, (slot = slots++));
    }
    return slot;
  };
  return {
    add(queue: string, channel: string, day: number, blob: Uint8Array) {
      const sums = unpackDay(blob, scratch);
      const key = `${queue}\u0000${channel}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { queue, channel, starts: new Map() }));
      let start = NaN;
      let slot = -1;
      for (let b = 0; b < BUCKETS_PER_DAY; b++) {
        const bucket = day + b * BUCKET_MS;
        if (sums[b] === 0 || bucket < range.from || bucket >= range.to) at[b] = -1;
        else {
          const st = intervalStartOf(range, bucket);
          if (st !== start) slot = slotOf(g, (start = st)) * M;
          at[b] = slot;
        }
      }
      addColumns(pool, at, sums, M);
    },
    /** The intervals in start, queue, channel order (no sort of the rows: the starts, then the groups). */
    rows(limit: number): QueueSums[] {
      const ordered = [...groups.values()].sort(byQueueChannel);
      const starts = new Set<number>();
      for (const g of ordered) for (const st of g.starts.keys()) starts.add(st);
      const out: QueueSums[] = [];
      for (const st of [...starts].sort((a, b) => a - b))
        for (const g of ordered) {
          const slot = g.starts.get(st);
          if (slot !== undefined) out.push(sumsAt(g.queue, g.channel, st, pool, slot * M));
          if (out.length >= limit) return out;
        }
      return out;
    },
  };
}

/** Adds a day's figures into the pool, measure by measure (the blob's order, so it is read in sequence). */
function addColumns(pool: Float64Array, at: Int32Array, sums: Float64Array, M: number) {
  for (let m = 0; m < M; m++) {
    const base = m * BUCKETS_PER_DAY;
    for (let b = 0; b < BUCKETS_PER_DAY; b++) if (at[b] >= 0) pool[at[b] + m] += sums[base + b];
  }
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
