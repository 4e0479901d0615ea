import {
  listQueues,
  pruneQueueSamples,
  queueSamplesSince,
  recordQueueSamples,
  waitingByQueue,
  type QueueSample,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';

/** Samples are kept this long: today in any time zone, and yesterday for comparison. */
const KEEP_MS = 2 * 86_400_000;

/** Options of the queue sampler. */
export interface SamplerOptions {
  /** Seconds between samples; each sample's time is a multiple of it, so every node writes the same instants. */
  intervalSeconds: number;
  /** Real-time sleep (tests pass one that never fires and call sampleNow()). */
  sleep?: (ms: number, wake: () => void) => () => void;
}

/** Records how many tasks wait in each queue at regular instants (the board's "over the day" chart). */
export interface QueueSampler {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Takes one sample at the clock's current instant (rounded down to the interval). */
  sampleNow(): Promise<void>;
}

const defaultSleep = (ms: number, wake: () => void) => {
  const handle = setTimeout(wake, ms);
  return () => clearTimeout(handle);
};

/**
 * Makes the sampler. Every configured queue and every queue with waiting work gets a sample, zero
 * included, so the chart shows quiet periods as zero and gaps only where no server was running.
 * Several nodes sample the same instants and write the same rows (the last write wins, with the same
 * count). Samples older than two days are pruned as new ones are written.
 */
export function makeQueueSampler(ctx: EngineContext, options: SamplerOptions): QueueSampler {
  const intervalMs = options.intervalSeconds * 1000;
  const sleep = options.sleep ?? defaultSleep;
  let running = false;
  let cancelSleep: (() => void) | null = null;
  let current: Promise<void> = Promise.resolve();

  async function sampleNow(): Promise<void> {
    const now = ctx.clock.now();
    const at = now - (now % intervalMs);
    const [queues, waiting] = await Promise.all([listQueues(ctx.db), waitingByQueue(ctx.db)]);
    const names = new Set([...queues.map((q) => q.name), ...waiting.keys()]);
    await recordQueueSamples(
      ctx.db,
      [...names].map((queue) => ({ queue, at, waiting: waiting.get(queue) ?? 0 })),
    );
    await pruneQueueSamples(ctx.db, at - KEEP_MS);
  }

  function scheduleNext(): void {
    if (!running) return;
    const now = ctx.clock.now();
    cancelSleep = sleep(intervalMs - (now % intervalMs), () => {
      current = sampleNow()
        .catch((err) => ctx.logger.error('queue sampling failed', { err: String(err) }))
        .finally(scheduleNext);
    });
  }

  return {
    async start() {
      running = true;
      current = sampleNow().catch((err) => ctx.logger.error('queue sampling failed', { err: String(err) }));
      await current;
      scheduleNext();
    },
    async stop() {
      running = false;
      cancelSleep?.();
      await current;
    },
    sampleNow,
  };
}

/** Most points a day's chart gets: one per 5 minutes. A chart needs no more, and the list stays cheap. */
export const MAX_DAY_POINTS = 288;
const BUCKET_MS = 86_400_000 / MAX_DAY_POINTS;

/**
 * Waiting counts of a queue sampled since the start of today (UTC), oldest first. More than
 * MAX_DAY_POINTS samples (a short CROSSDESK_SAMPLE_SECONDS) become one per 5-minute bucket: the sample
 * with the most waiting, so a short peak is never smoothed away.
 */
export async function getWaitingToday(ctx: EngineContext, queue: string): Promise<QueueSample[]> {
  const now = ctx.clock.now();
  const samples = await queueSamplesSince(ctx.db, now - (now % 86_400_000), queue);
  if (samples.length <= MAX_DAY_POINTS) return samples;
  const peaks = new Map<number, QueueSample>();
  for (const sample of samples) {
    const bucket = Math.floor(sample.at / BUCKET_MS);
    const kept = peaks.get(bucket);
    if (!kept || sample.waiting > kept.waiting) peaks.set(bucket, sample);
  }
  return [...peaks.values()];
}
