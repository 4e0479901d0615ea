import { endianness } from 'node:os';
import type { Db } from './db.ts';
import { BUCKET_MS } from './facts-repo.ts';
import { QUEUE_SUMS } from './report-queries.ts';

/**
 * Packed queue rollups (migration 0028-queue-day-rollups, docs/reports.md "Storage"): one row per queue x
 * channel x site x UTC day holding the day's 96 fifteen-minute buckets of every queue figure, so a long
 * report reads a few wide rows and folds them in JavaScript instead of grouping 15-minute rows in SQL.
 *
 * Layout of `sums` (version 1): Float64 little-endian, measure-major: the value of measure m in bucket b
 * is at index m * 96 + b. Measure 0 (`touched`) is 1 in a bucket that has a 15-minute rollup row (the
 * reports list exactly the intervals that have one); the others are the `queue_rollups` columns. Float64
 * holds every integer sum exactly up to 2^53. Changing the measures needs a migration that rewrites rows.
 */
export const DAY_MS = 86_400_000;
export const BUCKETS_PER_DAY = DAY_MS / BUCKET_MS;
export const DAY_MEASURES: readonly string[] = ['touched', ...QUEUE_SUMS];
const MEASURE_INDEX = new Map(DAY_MEASURES.map((m, i) => [m, i]));
const VALUES = DAY_MEASURES.length * BUCKETS_PER_DAY;

// Typed arrays use the machine's byte order; the blobs are little-endian, as every supported platform is.
if (endianness() !== 'LE') throw new Error('packed queue rollups need a little-endian machine');

export const dayOf = (at: number): number => at - (((at % DAY_MS) + DAY_MS) % DAY_MS);

/**
 * A day row's figures: a view of the blob when it is 8-byte aligned (changing them changes the blob), else
 * a copy into `into` (a new array by default; a reader of many rows passes one scratch array, as each
 * row's copy was garbage to collect). Zeros for no blob.
 */
export function unpackDay(blob: Uint8Array | null | undefined, into?: Float64Array): Float64Array {
  if (blob && blob.byteLength && blob.byteLength !== VALUES * 8)
    throw new Error(`packed queue day of ${blob.byteLength} bytes, not ${VALUES * 8}`);
  if (blob?.byteLength && blob.byteOffset % 8 === 0) return new Float64Array(blob.buffer, blob.byteOffset, VALUES);
  const out = into ?? new Float64Array(VALUES);
  if (blob?.byteLength) new Uint8Array(out.buffer, out.byteOffset, out.byteLength).set(blob);
  else out.fill(0);
  return out;
}

export const packDay = (sums: Float64Array): Buffer => Buffer.from(sums.buffer, sums.byteOffset, sums.byteLength);

/** Adds a 15-minute rollup's deltas (the columns of `queue_rollups`) into a day's figures. */
export function addToDay(sums: Float64Array, bucket: number, deltas: Record<string, number>): void {
  const b = Math.round((bucket - dayOf(bucket)) / BUCKET_MS);
  sums[b] = 1;
  for (const [column, value] of Object.entries(deltas)) {
    const m = MEASURE_INDEX.get(column);
    if (m === undefined) throw new Error(`not a queue rollup figure: ${column}`);
    sums[m * BUCKETS_PER_DAY + b] += Number(value);
  }
}

export interface QueueDayKey {
  day: number;
  queue: string;
  channel: string;
  /** '' for none, as in queue_rollups. */
  siteId: string;
}
const keyText = (k: QueueDayKey) => JSON.stringify([k.day, k.queue, k.channel, k.siteId]);

/**
 * The day rows one consumer batch touches: each read once, changed in memory, written once by `flush` in
 * the batch's transaction (so the position saved with them keeps them exactly once per feed record).
 */
export function makeQueueDayWriter(db: Db) {
  const pending = new Map<string, { key: QueueDayKey; sums: Float64Array }>();
  return {
    async add(k: { bucket: number; queue: string; channel: string; siteId: string | null }, d: Record<string, number>) {
      const key = { day: dayOf(k.bucket), queue: k.queue, channel: k.channel, siteId: k.siteId ?? '' };
      const text = keyText(key);
      let entry = pending.get(text);
      if (!entry) {
        const row = await db('queue_day_rollups').where(dayWhere(key)).first('sums');
        entry = { key, sums: unpackDay(row?.sums) };
        pending.set(text, entry);
      }
      addToDay(entry.sums, k.bucket, d);
    },
    async flush() {
      for (const { key, sums } of pending.values())
        await db('queue_day_rollups')
          .insert({ ...dayWhere(key), sums: packDay(sums) })
          .onConflict(['day', 'queue', 'channel', 'site_id'])
          .merge(['sums']);
      pending.clear();
    },
  };
}
export type QueueDayWriter = ReturnType<typeof makeQueueDayWriter>;

const dayWhere = (k: QueueDayKey) => ({ day: k.day, queue: k.queue, channel: k.channel, site_id: k.siteId });
