/**
 * Time histograms with log-scale buckets 10% wide: a quarter of a process's element times fits in a
 * few thousand rows, and a percentile read from them is within 10% of the exact one (exact when the
 * values in its bucket are equal: a bucket keeps its sum, and the figure is the bucket's mean).
 */
const GROWTH = Math.log(1.1);

/** The bucket of a time: 0 for none, then 1 + floor(log1.1(ms)). */
export function bucketOf(ms: number): number {
  return ms < 1 ? 0 : 1 + Math.floor(Math.log(ms) / GROWTH);
}

export interface Bucket {
  bucket: number;
  n: number;
  sumMs: number;
}

/** Adds a bucket into a map of buckets (by bucket number). */
export function addBucket(into: Map<number, Bucket>, b: Bucket): void {
  const have = into.get(b.bucket);
  if (have) {
    have.n += b.n;
    have.sumMs += b.sumMs;
  } else into.set(b.bucket, { ...b });
}

/** Count, mean and nearest-rank percentiles (milliseconds) of a histogram. */
export function summarize(buckets: Iterable<Bucket>, ps: readonly number[]) {
  const sorted = [...buckets].filter((b) => b.n > 0).sort((a, b) => a.bucket - b.bucket);
  const n = sorted.reduce((s, b) => s + b.n, 0);
  const sum = sorted.reduce((s, b) => s + b.sumMs, 0);
  const percentiles = ps.map((p) => {
    if (n === 0) return null;
    const rank = Math.max(1, Math.ceil(p * n));
    let seen = 0;
    for (const b of sorted) {
      seen += b.n;
      if (seen >= rank) return b.sumMs / b.n;
    }
    return null;
  });
  return { n, meanMs: n === 0 ? null : sum / n, percentiles };
}
