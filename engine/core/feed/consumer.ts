import {
  feedHead,
  feedPending,
  findFeedCheckpoint,
  readFeed,
  saveFeedCheckpoint,
  type FeedPosition,
  type FeedRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../context/index.ts';
import type { FeedSettings } from './settings.ts';

/** Handles one batch of records, in commit order; a throw leaves the checkpoint before the batch. */
export type FeedHandler = (records: readonly FeedRecord[]) => Promise<void> | void;

/** A registered reader of the feed (see makeChangeFeed's `consume`). */
export interface FeedConsumer {
  readonly name: string;
  /** The last record handled. */
  position(): FeedPosition;
  /** Reads and handles until nothing new is readable; concurrent calls share the run in flight. */
  catchUp(): Promise<void>;
  /** Saves the checkpoint (stops nothing: the change feed stops calling catchUp). */
  close(): Promise<void>;
}

/**
 * Opens a consumer at its saved checkpoint, or registers it at the feed's head. Its position moves
 * after each handled batch; the checkpoint follows at most every `checkpointMs`, so after a restart
 * a consumer may hear up to that much again (handlers take records at least once).
 */
export async function openConsumer(
  ctx: EngineContext,
  settings: FeedSettings,
  name: string,
  handle: FeedHandler,
  durable: boolean,
): Promise<FeedConsumer> {
  // Mutable state: where the consumer stands, when it last saved that, the run in flight and a wake-up
  // that came during it.
  let position = (await findFeedCheckpoint(ctx.db, name))?.position ?? (await feedHead(ctx.db));
  let savedAt = 0;
  let moved = false;
  let running: Promise<void> | null = null;
  let again = false;
  let retry: NodeJS.Timeout | null = null;
  let retryMs = 0;
  let closed = false;
  const save = async () => {
    savedAt = Date.now();
    await saveFeedCheckpoint(ctx.db, name, position, ctx.clock.now(), durable);
  };
  await save();

  const pass = async () => {
    for (;;) {
      const records = await readFeed(ctx.db, position, settings.batchSize);
      if (records.length === 0) break;
      await handle(records);
      position = records[records.length - 1].position;
      moved = true;
      if (records.length < settings.batchSize) break;
    }
    // Records written but not yet readable (a transaction still running): look again soon, sooner
    // than the poll, backing off while it lasts.
    if (!closed && !retry && (await feedPending(ctx.db, position))) {
      retryMs = Math.min(Math.max(retryMs * 2, 10), settings.pollMs);
      retry = setTimeout(() => {
        retry = null;
        void consumer.catchUp().catch(() => {});
      }, retryMs);
    } else retryMs = 0;
    // An idle consumer still saves now and then: a checkpoint that stops moving lapses.
    const since = Date.now() - savedAt;
    if ((moved && since >= settings.checkpointMs) || since >= settings.nodeCheckpointHours * 360_000) {
      moved = false;
      await save();
    }
  };
  // A wake-up during a pass (even during its last awaits) makes another pass: whoever shares the run
  // is answered only once everything committed before their call was read.
  const run = async () => {
    do {
      again = false;
      await pass();
    } while (again && !closed);
  };
  const consumer: FeedConsumer = {
    name,
    position: () => position,
    catchUp() {
      if (running) {
        again = true;
        return running;
      }
      return (running = run().finally(() => (running = null)));
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await running?.catch(() => {});
      if (moved) await save();
    },
  };
  return consumer;
}
