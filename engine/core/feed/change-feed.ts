import {
  deleteFeedCheckpoint,
  feedOriginOf,
  isPostgres,
  listenForFeed,
  notifyFeed,
  pruneFeed,
  type FeedListener,
} from '../../../models/index.ts';
import type { EngineContext } from '../context/index.ts';
import { openConsumer, type FeedConsumer, type FeedHandler } from './consumer.ts';
import { toEngineEvents } from './feed-events.ts';
import type { FeedSettings } from './settings.ts';

/** Events this node re-publishes from other nodes carry this origin prefix (and wake nobody else). */
export const FEED_ORIGIN_PREFIX = 'feed:';

/** This node's side of the change feed (docs/cluster.md). */
export interface ChangeFeed {
  /** Opens the node's own consumer, the LISTEN connection, the poll, the pruner and the notifier. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /**
   * Registers a reader under `name` (its checkpoint: where it resumes after a restart and what
   * pruning waits for; `durable` ones never lapse) and feeds it every committed record from there,
   * in commit order, whatever node wrote it. Returns a function that stops it (and, with
   * `{ unregister: true }`, deletes its checkpoint).
   */
  consume(
    name: string,
    handle: FeedHandler,
    options?: { durable?: boolean },
  ): Promise<(options?: { unregister?: boolean }) => Promise<void>>;
  /** Reads now (what a wake-up does). */
  wake(): Promise<void>;
  /** Prunes now (what the schedule does); returns the records deleted. */
  prune(): Promise<number>;
  /** The LISTEN connection (PostgreSQL), for tests and health. */
  readonly listener: () => FeedListener | null;
}

/**
 * Builds the node's change feed. Its own consumer (`node:<nodeId>`) re-publishes other nodes' records
 * as engine events on `ctx.events`, so every listener there (subscriptions, the router's inbox, the
 * session watch) hears the whole cluster; this node's own writes were published there already.
 */
export function makeChangeFeed(
  ctx: EngineContext,
  settings: FeedSettings,
  hooks: {
    /** Told, per record of another node, how many seconds after its commit this node applied it. */
    observeLag?: (seconds: number) => void;
  } = {},
): ChangeFeed {
  // Mutable state: the consumers, the LISTEN connection, the timers and the notifier's subscription.
  const consumers = new Set<FeedConsumer>();
  let listener: FeedListener | null = null;
  let poll: NodeJS.Timeout | null = null;
  let pruner: NodeJS.Timeout | null = null;
  let notifyTimer: NodeJS.Timeout | null = null;
  let unsubscribe: (() => void) | null = null;
  let stopped = false;

  const logError = (what: string) => (err: unknown) => ctx.logger.error(what, { err: String(err) });
  const wake = async () => {
    await Promise.all([...consumers].map((c) => c.catchUp().catch(logError(`change feed reader ${c.name} failed`))));
  };
  const consume: ChangeFeed['consume'] = async (name, handle, options = {}) => {
    const consumer = await openConsumer(ctx, settings, name, handle, options.durable ?? false);
    consumers.add(consumer);
    void consumer.catchUp().catch(logError(`change feed reader ${name} failed`));
    return async ({ unregister = false } = {}) => {
      consumers.delete(consumer);
      await consumer.close();
      if (unregister) await deleteFeedCheckpoint(ctx.db, name);
    };
  };
  const prune = () => {
    const now = ctx.clock.now();
    return pruneFeed(ctx.db, now - settings.retentionHours * 3600_000, now - settings.nodeCheckpointHours * 3600_000);
  };
  // After commit (events are published then), gathered: a NOTIFY per command would serialize commits.
  const notifyLater = () => {
    if (notifyTimer || stopped) return;
    notifyTimer = setTimeout(() => {
      notifyTimer = null;
      notifyFeed(ctx.db, ctx.nodeId).catch(logError('change feed notify failed'));
    }, settings.notifyMs);
  };
  let closeOwn: (() => Promise<void>) | null = null;

  return {
    listener: () => listener,
    wake,
    prune,
    consume,
    async start() {
      // Records written through this node's own handle were published here already. Compared with the
      // handle's origin, not the node id: a handle opened without one (tests, one-node set-ups) writes
      // NULL, and then NULL is this node's own.
      const own = feedOriginOf(ctx.db);
      closeOwn = await consume(`node:${ctx.nodeId}`, async (records) => {
        const others = records.filter((r) => r.origin !== own);
        if (others.length === 0) return;
        for (const event of await toEngineEvents(ctx, others, FEED_ORIGIN_PREFIX)) ctx.events.publish(event);
        const now = ctx.clock.now();
        for (const r of others) hooks.observeLag?.((now - r.at) / 1000);
      });
      if (isPostgres(ctx.db)) {
        unsubscribe = ctx.events.subscribe((e) => {
          if (!e.origin?.startsWith(FEED_ORIGIN_PREFIX)) notifyLater();
        });
        listener = listenForFeed(ctx.db, {
          name: ctx.nodeId,
          retryMs: settings.reconnectMs,
          onWake: () => void wake(),
          onError: (err) => ctx.logger.warn('change feed connection failed', { err: String(err) }),
        });
      }
      poll = setInterval(() => void wake(), settings.pollMs);
      pruner = setInterval(
        () => void prune().catch(logError('change feed pruning failed')),
        settings.pruneMinutes * 60_000,
      );
      poll.unref();
      pruner.unref();
    },
    async stop() {
      stopped = true;
      unsubscribe?.();
      for (const timer of [poll, pruner, notifyTimer]) if (timer) clearTimeout(timer);
      await listener?.close();
      await closeOwn?.();
      for (const c of consumers) await c.close();
      consumers.clear();
    },
  };
}
