import type { Db } from './db.ts';

/** How many tasks waited in a queue (QUEUED or RESERVED) at one sampling instant. */
export interface QueueSample {
  queue: string;
  at: number;
  waiting: number;
}

/** Stores samples; a sample of the same queue and instant (another node's) is replaced. */
export async function recordQueueSamples(db: Db, samples: readonly QueueSample[]): Promise<void> {
  // SQLite takes at most 500 rows in one compound INSERT: a centre with more queues needs several.
  for (let i = 0; i < samples.length; i += 400)
    await db('queue_samples')
      .insert(samples.slice(i, i + 400).map((s) => ({ queue: s.queue, at: s.at, waiting: s.waiting })))
      .onConflict(['queue', 'at'])
      .merge(['waiting']);
}

/** Samples taken at or after `from`, oldest first; `queue` narrows to one queue. */
export async function queueSamplesSince(db: Db, from: number, queue?: string): Promise<QueueSample[]> {
  const q = db('queue_samples')
    .where('at', '>=', from)
    .orderBy([{ column: 'at' }, { column: 'queue' }]);
  if (queue !== undefined) q.where({ queue });
  return (await q).map((r: any) => ({ queue: r.queue, at: Number(r.at), waiting: Number(r.waiting) }));
}

/** Deletes samples older than `before`; returns how many. */
export async function pruneQueueSamples(db: Db, before: number): Promise<number> {
  return db('queue_samples').where('at', '<', before).delete();
}
