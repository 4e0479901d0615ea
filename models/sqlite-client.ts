import { createRequire } from 'node:module';
import type { Knex } from 'knex';

// knex ships the dialect as CommonJS without typings for the deep path.
const BetterSqlite3Client = createRequire(import.meta.url)('knex/lib/dialects/better-sqlite3/index.js') as new (
  config: Knex.Config,
) => {
  _query(connection: unknown, query: unknown): Promise<unknown>;
  acquireRawConnection(): Promise<unknown>;
};

/** Prepared statements kept per connection, by SQL text (least recently used dropped first). */
export const STATEMENT_CACHE_SIZE = 500;

interface Preparing {
  prepare(sql: string): unknown;
}

/**
 * Makes `prepare` of a better-sqlite3 connection reuse the statement of the same SQL. knex prepares
 * every query afresh, and compiling the statement was 8% of a claim+complete's server CPU
 * (docs/benchmarks.md, "Cost per command: layers"). A statement is reusable because knex only runs
 * it to completion (`all`, `run`), never leaves one iterating, and SQLite re-prepares it by itself
 * after a schema change.
 */
export function cacheStatements<T extends Preparing>(connection: T, size = STATEMENT_CACHE_SIZE): T {
  const prepare = connection.prepare.bind(connection);
  const statements = new Map<string, unknown>();
  connection.prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (statement !== undefined) statements.delete(sql);
    else statement = prepare(sql);
    statements.set(sql, statement);
    if (statements.size > size) statements.delete(statements.keys().next().value!);
    return statement;
  };
  return connection;
}

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

  override async acquireRawConnection(): Promise<unknown> {
    return cacheStatements((await super.acquireRawConnection()) as Preparing);
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
