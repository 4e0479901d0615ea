import pg from 'pg';
import { isPostgres, type Db } from './db.ts';
import { FEED_CHANNEL } from './feed-repo.ts';

/** A LISTEN connection of the change feed's wake-ups. */
export interface FeedListener {
  /** The server process id of the connection now open (null while reconnecting): tests terminate it. */
  backendPid(): number | null;
  close(): Promise<void>;
}

/**
 * Listens for feed wake-ups on a connection of its own, outside the knex pool: LISTEN belongs to a
 * session, and a pooled connection goes back to the pool (and a transaction-pooling proxy hands the
 * session to others). `onWake` runs for each notification and after each (re)connect, when hints may
 * have been missed; a dropped connection is reopened after `retryMs`. Null on SQLite (one node: the
 * poll alone is enough there).
 */
export function listenForFeed(
  db: Db,
  options: {
    name: string;
    retryMs: number;
    onWake: () => void;
    onError: (err: unknown) => void;
    /** Told when the connection is lost or cannot be opened (wake-ups may be missed until `onListening`). */
    onLost?: () => void;
    /** Told after each (re)connect once LISTEN is in place (instead of `onWake`, when given). */
    onListening?: () => void;
  },
): FeedListener | null {
  if (!isPostgres(db)) return null;
  const connection = db.client.config.connection as string | pg.ClientConfig;
  // Mutable state: the open client, the pending reconnect, and whether close() was called.
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  let closed = false;

  const reconnectLater = () => {
    if (closed) return;
    options.onLost?.();
    if (retry) return;
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, options.retryMs);
  };
  const connect = async () => {
    const base = typeof connection === 'string' ? { connectionString: connection } : connection;
    const next = new pg.Client({ ...base, application_name: `crossdesk-feed:${options.name}`.slice(0, 63) });
    next.on('notification', () => options.onWake());
    next.on('error', (err) => {
      options.onError(err);
      if (client === next) client = null;
      next.end().catch(() => {});
      reconnectLater();
    });
    next.on('end', () => {
      if (client === next) client = null;
      reconnectLater();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${FEED_CHANNEL}`);
      if (closed) return void (await next.end());
      client = next;
      (options.onListening ?? options.onWake)();
    } catch (err) {
      options.onError(err);
      next.end().catch(() => {});
      reconnectLater();
    }
  };
  void connect();
  return {
    backendPid: () => (client as unknown as { processID?: number } | null)?.processID ?? null,
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const open = client;
      client = null;
      await open?.end().catch(() => {});
    },
  };
}
