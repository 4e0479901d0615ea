/**
 * better-sqlite3 statements, kept by their SQL text per connection.
 *
 * knex prepares every statement afresh, and SQLite compiles into each prepared statement the triggers
 * its writes fire: an UPDATE of tasks carries the change feed's trigger program (a snapshot of the
 * row, models/feed-triggers.ts). Compiling that on every write cost more than running it, so the
 * connection keeps its most recent statements and runs them again. A kept statement stays right when
 * the schema changes (triggers re-created at start, a migration): SQLite prepares it again itself.
 * knex runs a statement to completion (all/run) before the next, so one statement is never in use twice.
 * Only plain reads and writes are kept: DDL runs once, and a PRAGMA may answer from when it was compiled.
 */

/** Statements kept per connection (most recently used; `IN (?, ?, ...)` lists vary in length). */
export const KEPT_STATEMENTS = 500;

const KEPT = /^\s*(select|insert|update|delete|with)\b/i;

interface Preparer {
  prepare(sql: string): unknown;
}

/** Makes `conn.prepare` answer a kept statement for SQL it prepared before. */
export function keepStatements<T extends Preparer>(conn: T, size = KEPT_STATEMENTS): T {
  const prepare = conn.prepare.bind(conn);
  const kept = new Map<string, unknown>();
  conn.prepare = (sql: string) => {
    if (!KEPT.test(sql)) return prepare(sql);
    let statement = kept.get(sql);
    if (statement !== undefined) kept.delete(sql);
    else {
      statement = prepare(sql);
      if (kept.size >= size) kept.delete(kept.keys().next().value as string);
    }
    // Re-inserted: the Map's order is the order of use, the first key the least recently used.
    kept.set(sql, statement);
    return statement;
  };
  return conn;
}
