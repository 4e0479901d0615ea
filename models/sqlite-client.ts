import { createRequire } from 'node:module';
import type { Knex } from 'knex';
import { keepStatements } from './statement-cache.ts';

// knex ships the dialect as CommonJS without typings for the deep path.
const BetterSqlite3Client = createRequire(import.meta.url)('knex/lib/dialects/better-sqlite3/index.js') as new (
  config: Knex.Config,
) => {
  acquireRawConnection(): Promise<unknown>;
  _query(connection: unknown, query: unknown): Promise<unknown>;
};

/** How long statements may run back to back before pending I/O and timers get a turn. */
export const YIELD_AFTER_MS = 10;

/** How long a statement keeps retrying while another connection holds the write lock. */
export const BUSY_BUDGET_MS = 5_000;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const isBusy = (err: unknown) =>
  typeof (err as { code?: unknown })?.code === 'string' && (err as { code: string }).code.startsWith('SQLITE_BUSY');

/**
 * knex's better-sqlite3 client, made to share the event loop.
 *
 * better-sqlite3 runs a statement synchronously and knex resolves it with a promise, so a loop of
 * commands never reaches the event loop: with sqlite3 every statement went through libuv and back.
 * A broadcast to thousands of instances or a burst of offers would keep HTTP requests and timers
 * waiting until it ended. This client lets the event loop turn once statements have run back to back
 * for YIELD_AFTER_MS; a turn that happened anyway (the process waited for I/O) restarts the count.
 *
 * For the same reason the connection has no busy timeout (db.ts sets `busy_timeout=0`): SQLite's busy
 * handler would sleep on the main thread, and when the lock holder is another connection of this
 * process (a second node in a test, a checkpoint) it could never finish. A statement refused with
 * SQLITE_BUSY did nothing, so it is retried after an asynchronous pause, for up to BUSY_BUDGET_MS.
 * Transactions begin IMMEDIATE, taking the write lock up front: a deferred one that read first could
 * fail its first write (SQLITE_BUSY_SNAPSHOT), which no retry of that statement can cure.
 */
export class CooperativeSqliteClient extends BetterSqlite3Client {
  private busySince = 0;
  private turned = true;

  // Statements are prepared once per connection (see statement-cache.ts).
  override async acquireRawConnection(): Promise<unknown> {
    return keepStatements((await super.acquireRawConnection()) as { prepare(sql: string): unknown });
  }

  override _query(connection: unknown, query: unknown): Promise<unknown> {
    const now = performance.now();
    if (this.turned) {
      this.turned = false;
      this.busySince = now;
      setImmediate(() => {
        this.turned = true;
      });
    } else if (now - this.busySince > YIELD_AFTER_MS) {
      return nextTurn().then(() => this._query(connection, query));
    }
    return this.untilFree(connection, query as { sql?: string });
  }

  private async untilFree(connection: unknown, query: { sql?: string }): Promise<unknown> {
    if (query.sql === 'BEGIN;') query.sql = 'BEGIN IMMEDIATE;';
    const started = performance.now();
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await super._query(connection, query);
      } catch (err) {
        if (!isBusy(err) || performance.now() - started > BUSY_BUDGET_MS) throw err;
        await pause(Math.min(2 ** attempt, 50));
      }
    }
  }
}
