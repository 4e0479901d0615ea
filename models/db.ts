import knexPkg, { type Knex } from 'knex';
import pg from 'pg';
import type { DatabaseConfig } from '../config.ts';
import { createFeedTriggers } from './feed-triggers.ts';
import { migrationSource } from './migrations/index.ts';
import { CooperativeSqliteClient } from './sqlite-client.ts';
import { startWalCheckpoints } from './wal-checkpoints.ts';

const { knex } = knexPkg;

/** A knex handle: the whole database, or one transaction of it. Repositories take it first. */
export type Db = Knex | Knex.Transaction;

// Times are stored as epoch milliseconds in BIGINT columns so both databases compare and sort them the
// same way; pg hands BIGINT back as a string unless told otherwise.
pg.types.setTypeParser(20, (value) => Number(value));

function sqliteConfig(filename: string, nodeId: string | null): Knex.Config {
  // A file database is checkpointed by a thread of its own (see wal-checkpoints.ts).
  const checkpoints = filename === ':memory:' ? '' : ' PRAGMA wal_autocheckpoint=0;';
  return {
    // better-sqlite3 rather than sqlite3: statements run synchronously instead of hopping to libuv's
    // thread pool and back, which took a routing transaction's statements from ~0.3 ms to ~0.1 ms each
    // (README, "Why better-sqlite3"). The client lets the event loop turn during long runs of them.
    client: CooperativeSqliteClient as unknown as Knex.Config['client'],
    connection: { filename },
    useNullAsDefault: true,
    // One connection: SQLite has one writer anyway, and a single connection keeps a transaction's
    // statements and the pragmas on the same handle. Its page cache is 64 MB rather than SQLite's
    // 2 MB default: with tens of thousands of open tasks the indexes no longer fit in 2 MB, and every
    // routing transaction went back to the file (a burst of reservations ran 1.4x faster with it).
    pool: {
      min: 1,
      max: 1,
      afterCreate(conn: SqliteConnection, done: (err: Error | null, conn: unknown) => void) {
        try {
          // The change feed's triggers stamp each record with the writing node (models/feed-triggers.ts).
          conn.function('crossdesk_node', { deterministic: false }, () => nodeId);
          conn.exec(
            'PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=0; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;' +
              checkpoints,
          );
          done(null, conn);
        } catch (err) {
          done(err as Error, conn);
        }
      },
    },
  };
}

interface SqliteConnection {
  exec(sql: string): void;
  function(name: string, options: { deterministic: boolean }, fn: () => unknown): void;
}

/**
 * Knex configuration for a database config (also used by knexfile.ts). `nodeId` names the node whose
 * writes these connections make: the change feed records it as their origin (NULL without one).
 */
export function knexConfig(database: DatabaseConfig, nodeId: string | null = null): Knex.Config {
  return { ...dialectConfig(database, nodeId), [ORIGIN]: nodeId } as Knex.Config;
}

const ORIGIN = 'crossdeskFeedOrigin';

/** The origin the change feed records for writes through this handle (knexConfig's `nodeId`). */
export function feedOriginOf(db: Db): string | null {
  return ((db.client.config as Record<string, unknown>)[ORIGIN] as string | null | undefined) ?? null;
}

function dialectConfig(database: DatabaseConfig, nodeId: string | null): Knex.Config {
  if (database.client === 'pg') {
    return {
      client: 'pg',
      connection: database.connectionString,
      pool: {
        min: 0,
        max: 10,
        afterCreate(conn: pg.Client, done: (err: Error | null, conn: unknown) => void) {
          if (nodeId === null) return done(null, conn);
          conn.query("SELECT set_config('crossdesk.node', $1, false)", [nodeId], (err) => done(err, conn));
        },
      },
    };
  }
  return sqliteConfig(database.filename, nodeId);
}

/** Opens the database and brings its schema up to date. */
export async function makeDb(database: DatabaseConfig, nodeId: string | null = null): Promise<Knex> {
  if (database.client === 'sqlite' && database.filename !== ':memory:') {
    const { mkdir } = await import('node:fs/promises');
    const { dirname } = await import('node:path');
    await mkdir(dirname(database.filename), { recursive: true });
  }
  const db = knex(knexConfig(database, nodeId));
  try {
    await migrateLatest(db, database);
  } catch (err) {
    await db.destroy();
    throw err;
  }
  // SQLite's triggers list the columns they copy: rebuilt here, a column a later migration added is in
  // the feed's snapshots too (PostgreSQL copies whole rows).
  // In one transaction: a process writing meanwhile (the server, while the admin CLI starts) never
  // finds a fed table without its trigger.
  if (database.client === 'sqlite') await db.transaction((trx) => createFeedTriggers(trx));
  if (database.client === 'sqlite' && database.filename !== ':memory:') {
    const checkpoints = startWalCheckpoints(database.filename);
    // The checkpointer lives as long as the handle: destroying the handle stops it first.
    // (knex's own `destroy` is read-only; it calls the client's.)
    const client = db.client as { destroy(callback?: unknown): Promise<void> };
    const destroy = client.destroy.bind(client);
    client.destroy = async (callback?: unknown) => {
      await checkpoints.stop();
      return destroy(callback);
    };
  }
  return db;
}

// pg_advisory_lock key of "migrations are running" (any constant; this one spells CROSSDESK in hex-ish).
export const MIGRATION_LOCK_KEY = 0x0c055de5c;

/**
 * Brings the schema up to date. On PostgreSQL several nodes may start at once: knex's own migration lock
 * (a row in knex_migrations_lock) makes the losers fail with "Migration table is already locked", so the
 * migrations run under a session advisory lock that WAITS, on a connection of its own outside the pool.
 * Whoever gets it second finds nothing left to run. A node that dies holding it releases it with its
 * session. SQLite is one server (server_lease), so it needs no such lock.
 */
export async function migrateLatest(
  db: Knex,
  database: DatabaseConfig,
  source: Knex.MigrationSource<unknown> = migrationSource,
): Promise<void> {
  if (database.client !== 'pg') {
    await db.migrate.latest({ migrationSource: source });
    return;
  }
  const lock = new pg.Client({ connectionString: database.connectionString });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await db.migrate.latest({ migrationSource: source });
  } finally {
    // Ending the session releases the lock too; unlocking first keeps the release prompt under a pooler.
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.end();
  }
}

/**
 * Migrations of this build the database has not run (readiness checks). Ones the database ran that this
 * build does not know (a newer node migrated it) are not this node's concern.
 */
export async function pendingMigrations(db: Knex): Promise<string[]> {
  // Read rather than knex's migrate.list(), which first creates its tables when missing (a write).
  const ran = new Set((await db('knex_migrations').select('name')).map((row: { name: string }) => row.name));
  const known = await migrationSource.getMigrations([]);
  return known.map((migration) => migrationSource.getMigrationName(migration)).filter((name) => !ran.has(name));
}

/** Runs `work` in one transaction: all of its writes land together or not at all. */
export function withTransaction<T>(db: Db, work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  return db.transaction(work);
}

/** True when the handle talks to PostgreSQL (some claim queries differ). */
/** Checks the database answers (health checks). */
export async function pingDb(db: Db): Promise<void> {
  await db.raw('select 1');
}

export function isPostgres(db: Db): boolean {
  return db.client.config.client === 'pg';
}

/** Parses a JSON text column, tolerating NULL. */
export function fromJson<T>(value: unknown, fallback: T): T {
  if (value === null || value === undefined || value === '') return fallback;
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/**
 * Inserts rows in chunks of plain INSERT statements. knex's batchInsert wraps each call in its own
 * (nested) transaction, which costs two extra statements per table on every command.
 */
export async function insertRows(
  db: Db,
  table: string,
  rows: readonly Record<string, unknown>[],
  chunk = 100,
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) await db(table).insert(rows.slice(i, i + chunk));
}

/** True when a statement failed on a unique or primary key (SQLite and PostgreSQL spell it differently). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; errno?: number; message?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
