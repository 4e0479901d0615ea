import { bucketOf, type Db } from '../../models/index.ts';

/**
 * History for planning tests, as the reports' consumer leaves it in the 15-minute queue rollups: `perDay`
 * voice contacts of `queue` at 10:00 UTC a minute apart on each of the `days` days before `dayStart`, each
 * handled for 300 s (counted in its arrival's bucket), of the site `siteId` (none by default), on `channel`.
 */
export async function seedHistory(
  db: Db,
  queue: string,
  dayStart: number,
  days: number,
  perDay: number,
  siteId: string | null = null,
  channel = 'VOICE',
): Promise<void> {
  const T = dayStart - days * 86_400_000;
  const buckets = new Map<number, number>();
  for (let d = 0; d < days; d++)
    for (let i = 0; i < perDay; i++) {
      const bucket = bucketOf(T + d * 86_400_000 + 10 * 3_600_000 + i * 60_000);
      buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
    }
  const rows = [...buckets].map(([bucket, n]) => ({
    bucket,
    queue,
    channel,
    site_id: siteId ?? '',
    offered: n,
    answered: n,
    ended: n,
    completed: n,
    handled: n,
    handle_ms: n * 300_000,
  }));
  for (let i = 0; i < rows.length; i += 200) await db('queue_rollups').insert(rows.slice(i, i + 200));
}
