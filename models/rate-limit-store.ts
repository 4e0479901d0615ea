import RateLimiterStoreAbstract from 'rate-limiter-flexible/lib/RateLimiterStoreAbstract.js';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { Db } from './db.ts';

/** One row of `rate_limits` (migration 0010), in rate-limiter-flexible's own shape. */
interface Row {
  points: number;
  expire: number | null;
}

const TABLE = 'rate_limits';

/** Options of a rate limiter over the database. */
export interface DbRateLimiterOptions {
  /** Names the limit; keys are stored as `<keyPrefix>:<key>`. */
  keyPrefix: string;
  /** Points a key may consume per `duration`. */
  points: number;
  /** Seconds a key's points live, counted from its first consumption (0: forever). */
  duration: number;
  db: Db;
  /** Milliseconds since the epoch (the engine's clock, so tests move time by hand). */
  now: () => number;
}

/**
 * A rate-limiter-flexible store over our knex handle, so every node sharing the database shares the
 * limits. The library's own SQL stores do not fit: its SQLite store accepts a knex handle only when
 * knex's client is named `sqlite3`/`better-sqlite3` (ours is the cooperative client class) and takes
 * the raw connection from knex's one-connection pool; its PostgreSQL store differs from it in SQL; and
 * both read `Date.now()`, where ours reads the injected clock. This one runs the same statement on
 * SQLite and PostgreSQL (an atomic upsert with RETURNING) on the table migration 0010 creates; the
 * library's consume/penalty/reward/block/get/delete logic runs on top unchanged.
 */
export class DbRateLimiter extends RateLimiterStoreAbstract {
  private readonly db: Db;
  private readonly now: () => number;

  constructor(options: DbRateLimiterOptions) {
    super({
      storeClient: options.db,
      keyPrefix: options.keyPrefix,
      points: options.points,
      duration: options.duration,
    });
    this.db = options.db;
    this.now = options.now;
  }

  /** Adds `points` to a key (or, with `forceExpire`, sets them) and answers its points and expiry. */
  async _upsert(rlKey: string, points: number, msDuration: number, forceExpire = false): Promise<Row> {
    const now = this.now();
    const expire = msDuration > 0 ? now + msDuration : null;
    const live = `${TABLE}.expire IS NULL OR ${TABLE}.expire > ?`;
    const changes = forceExpire
      ? { points: this.db.raw('excluded.points'), expire: this.db.raw('excluded.expire') }
      : {
          points: this.db.raw(`CASE WHEN ${live} THEN ${TABLE}.points + excluded.points ELSE excluded.points END`, [
            now,
          ]),
          expire: this.db.raw(`CASE WHEN ${live} THEN ${TABLE}.expire ELSE excluded.expire END`, [now]),
        };
    const [row] = await this.db(TABLE)
      .insert({ key: rlKey, points, expire })
      .onConflict('key')
      .merge(changes)
      .returning(['points', 'expire']);
    return { points: Number(row.points), expire: row.expire === null ? null : Number(row.expire) };
  }

  /** A key's live points and expiry, or null. */
  async _get(rlKey: string): Promise<Row | null> {
    const row = await this.db(TABLE)
      .where({ key: rlKey })
      .andWhere((q) => q.whereNull('expire').orWhere('expire', '>', this.now()))
      .first('points', 'expire');
    return row ? { points: Number(row.points), expire: row.expire === null ? null : Number(row.expire) } : null;
  }

  async _delete(rlKey: string): Promise<boolean> {
    return (await this.db(TABLE).where({ key: rlKey }).delete()) > 0;
  }

  _getRateLimiterRes(_rlKey: string, changedPoints: number, row: Row): RateLimiterRes {
    const consumed = row.points;
    const msBeforeNext = row.expire === null ? -1 : Math.max(row.expire - this.now(), 0);
    return new RateLimiterRes(Math.max(this.points - consumed, 0), msBeforeNext, consumed, changedPoints === consumed);
  }
}

/**
 * Deletes up to `limit` rows that expired before `now`. Called where rows are made, so the table
 * stays about as small as its live keys without a timer of its own.
 */
export async function deleteExpiredRateLimits(db: Db, now: number, limit = 50): Promise<number> {
  const keys = db(TABLE).select('key').where('expire', '<', now).limit(limit);
  return db(TABLE).whereIn('key', keys).delete();
}

/** Deletes every key that starts with `prefix` (a user's keys across addresses, say). */
export async function deleteRateLimitKeys(db: Db, prefix: string): Promise<number> {
  const pattern = prefix.replace(/[\\%_]/g, (c) => `\\${c}`) + '%';
  return db(TABLE).whereRaw('?? LIKE ? ESCAPE ?', ['key', pattern, '\\']).delete();
}
