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
    /**
     * Held (`feed`) while this node may be behind: from start until its first catch-up, and from a
     * lost LISTEN connection until the catch-up after it is back (/health/ready answers 503 meanwhile).
     */
    readiness?: { hold(reason: string): void; release(reason: string): void };
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

  // Readiness: the node's own reader, whether the LISTEN connection is down, and a count of the times it
  // went down (a catch-up that began before the last loss does not make the node ready).
  let own: FeedConsumer | null = null;
  let lost = false;
  let losses = 0;
  const gate = hooks.readiness;

  const logError = (what: string) => (err: unknown) => ctx.logger.error(what, { err: String(err) });
  /** Catches `consumer` up; true when it read everything readable (false: it failed, and logged it). */
  const catchUp = async (consumer: FeedConsumer) => {
    const since = losses;
    try {
      await consumer.catchUp();
    } catch (err) {
      logError(`change feed reader ${consumer.name} failed`)(err);
      return false;
    }
    if (consumer === own && !lost && since === losses) gate?.release('feed');
    return true;
  };
  const wake = async () => {
    await Promise.all([...consumers].map(catchUp));
  };
  const register = async (name: string, handle: FeedHandler, durable: boolean) => {
    const consumer = await openConsumer(ctx, settings, name, handle, durable);
    consumers.add(consumer);
    const caughtUp = catchUp(consumer);
    const stop = async ({ unregister = false } = {}) => {
      consumers.delete(consumer);
      await consumer.close();
      if (unregister) await deleteFeedCheckpoint(ctx.db, name);
    };
    return { consumer, caughtUp, stop };
  };
  const consume: ChangeFeed['consume'] = async (name, handle, options = {}) =>
    (await register(name, handle, options.durable ?? false)).stop;
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
      const origin = feedOriginOf(ctx.db);
      gate?.hold('feed');
      const reader = await register(
        `node:${ctx.nodeId}`,
        async (records) => {
          const others = records.filter((r) => r.origin !== origin);
          if (others.length === 0) return;
          for (const event of await toEngineEvents(ctx, others, FEED_ORIGIN_PREFIX)) ctx.events.publish(event);
          const now = ctx.clock.now();
          for (const r of others) hooks.observeLag?.((now - r.at) / 1000);
        },
        false,
      );
      own = reader.consumer;
      closeOwn = reader.stop;
      if (isPostgres(ctx.db)) {
        unsubscribe = ctx.events.subscribe((e) => {
          if (!e.origin?.startsWith(FEED_ORIGIN_PREFIX)) notifyLater();
        });
        listener = listenForFeed(ctx.db, {
          name: ctx.nodeId,
          retryMs: settings.reconnectMs,
          onWake: () => void wake(),
          onError: (err) => ctx.logger.warn('change feed connection failed', { err: String(err) }),
          onLost: () => {
            losses += 1;
            lost = true;
            gate?.hold('feed');
          },
          onListening: () => {
            lost = false;
            void wake();
          },
        });
      }
      // The first catch-up ran from registering; the node takes traffic once it is done.
      if ((await reader.caughtUp) && !lost) gate?.release('feed');
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
