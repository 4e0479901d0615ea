import type { EngineContext } from '../../core/context/index.ts';
import type { ChangeFeed } from '../../core/feed/index.ts';
import type { Leadership } from '../../core/leadership/index.ts';
import { applyInstanceRecords } from './apply-instance-records.ts';

/** The checkpoint name of the process facts' reader of the change feed. */
export const PROCESS_REPORTS_CONSUMER = 'process-reports';

/**
 * Reads the change feed into process facts while this node leads (one writer: the facts' histograms
 * add up). Durable: pruning waits for it, so a standby taking over resumes at the checkpoint.
 */
export function makeProcessReportsConsumer(ctx: EngineContext, feed: ChangeFeed, leadership: Leadership) {
  // Mutable state: the running reader's stop, the role listener, and the start or stop in flight.
  let stopReader: (() => Promise<void>) | null = null;
  let unsubscribe: (() => void) | null = null;
  let turn: Promise<void> = Promise.resolve();
  const follow = (role: string) => {
    turn = turn
      .then(async () => {
        if (role === 'leader' && !stopReader)
          stopReader = await feed.consume(
            PROCESS_REPORTS_CONSUMER,
            (records) => applyInstanceRecords(ctx, null, records),
            { durable: true },
          );
        else if (role !== 'leader' && stopReader) {
          const stop = stopReader;
          stopReader = null;
          await stop();
        }
      })
      .catch((err) => ctx.logger.error('process reports reader failed', { err: String(err) }));
    return turn;
  };
  return {
    async start() {
      unsubscribe = leadership.onChange((role) => void follow(role));
      await follow(leadership.role());
    },
    async stop() {
      unsubscribe?.();
      await follow('stopped');
    },
  };
}
