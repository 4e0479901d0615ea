import type { EngineContext } from '../../core/context/index.ts';
import { makeWakeLoop, type Sleep } from '../../core/clock/index.ts';
import type { Leadership } from '../../core/leadership/index.ts';
import { pruneOnce, type PruneCounts, type RetentionSettings } from './prune.ts';

/** How often the job looks for old rows: hourly is plenty for a cut-off counted in days. */
export const RETENTION_EVERY_MS = 3_600_000;

/** The retention job of a node: prunes only while the node leads, so one node of a cluster deletes. */
export interface RetentionJob {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Runs one pass now (after the one in progress) and answers what it deleted; null on a standby. */
  runNow(): Promise<PruneCounts | null>;
}

export interface RetentionJobOptions {
  /** Told the rows deleted per table after each pass that deleted some (the metrics counter). */
  onPruned?: (counts: PruneCounts) => void;
  /** Real-time sleep (tests pass one that never fires). */
  sleep?: Sleep;
}

/**
 * Makes the job: a wake-up loop that runs a pass at start and every RETENTION_EVERY_MS. A pass on a
 * node that does not lead does nothing; with both retentions 0 the job never deletes anything.
 */
export function makeRetentionJob(
  ctx: EngineContext,
  leadership: Pick<Leadership, 'role'>,
  settings: RetentionSettings,
  options: RetentionJobOptions = {},
): RetentionJob {
  let last: PruneCounts | null = null;
  async function pass(): Promise<number> {
    last = null;
    if (leadership.role() !== 'leader' || (settings.days <= 0 && settings.rollupDays <= 0))
      return ctx.clock.now() + RETENTION_EVERY_MS;
    const started = ctx.clock.now();
    const counts = await pruneOnce(ctx, settings);
    last = counts;
    if (Object.keys(counts).length) {
      ctx.logger.info('retention pruned', { rows: counts, ms: ctx.clock.now() - started });
      options.onPruned?.(counts);
    }
    return ctx.clock.now() + RETENTION_EVERY_MS;
  }
  const loop = makeWakeLoop({
    clock: ctx.clock,
    pass,
    sleep: options.sleep,
    maxSleepMs: RETENTION_EVERY_MS,
    onError: (err) => {
      ctx.logger.error('retention pass failed', { err: String((err as Error)?.stack ?? err) });
      // A failed pass (a lock timeout, a restart of the database) is tried again at the next hour.
      loop.wakeAt(ctx.clock.now() + RETENTION_EVERY_MS);
    },
  });
  return {
    // The first pass runs in the background: over years of history it may take a while, and start-up
    // (readiness) must not wait for it.
    start: async () => void loop.start(),
    stop: () => loop.stop(),
    async runNow() {
      await loop.runNow();
      return last;
    },
  };
}
