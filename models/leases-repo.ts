import type { Knex } from 'knex';
import { isPostgres, withTransaction, type Db } from './db.ts';

/** A lease row: who holds a single-holder duty (the router), in which term, until when. */
export interface LeaseRecord {
  name: string;
  term: number;
  holder: string | null;
  expiresAt: number;
}

const toLease = (row: { name: string; term: number | string; holder: string | null; expires_at: number | string }) => ({
  name: row.name,
  term: Number(row.term),
  holder: row.holder,
  expiresAt: Number(row.expires_at),
});

/** The lease as it stands. */
export async function findLease(db: Db, name: string): Promise<LeaseRecord | undefined> {
  const row = await db('leases').where({ name }).first();
  return row ? toLease(row) : undefined;
}

/**
 * Takes the lease for `holder` in a new term when it is free or expired at `now` (or whatever its
 * state with `force`: the caller knows the holder is gone). Returns the new term, or null when someone
 * else holds it. On PostgreSQL the update waits at most `lockTimeoutMs` for a transaction that holds the
 * row (a stopped leader's fenced write): it then throws `LeaseRowBusy`.
 */
export async function takeLease(
  db: Knex,
  name: string,
  holder: string,
  now: number,
  ttlMs: number,
  options: { force?: boolean; lockTimeoutMs?: number } = {},
): Promise<number | null> {
  return withTransaction(db, async (trx) => {
    if (isPostgres(trx))
      await trx.raw(`SET LOCAL lock_timeout = ${Math.max(1, Math.round(options.lockTimeoutMs ?? 1000))}`);
    const changed = await trx('leases')
      .where({ name })
      .modify((q) => {
        if (!options.force) q.andWhere((w) => w.whereNull('holder').orWhere('expires_at', '<=', now));
      })
      .update({ term: trx.raw('term + 1'), holder, expires_at: now + ttlMs, updated_at: now })
      .catch((err: { code?: string }) => {
        throw err.code === '55P03' ? new LeaseRowBusy(name) : err;
      });
    if (changed === 0) return null;
    return (await findLease(trx, name))?.term ?? null;
  });
}

/** Thrown by takeLease when a transaction holding the lease row did not end in time. */
export class LeaseRowBusy extends Error {
  constructor(name: string) {
    super(`lease ${name}: its row is held by another transaction`);
  }
}

/** Extends the holder's lease in its term; false when the term or the holder moved on (it lost the lease). */
export async function renewLease(
  db: Db,
  name: string,
  holder: string,
  term: number,
  now: number,
  ttlMs: number,
): Promise<boolean> {
  const changed = await db('leases')
    .where({ name, holder, term })
    .update({ expires_at: now + ttlMs, updated_at: now });
  return changed === 1;
}

/** Gives the lease up at once (a clean shutdown), so a standby need not wait for it to expire. */
export async function releaseLease(db: Db, name: string, holder: string, term: number, now: number): Promise<boolean> {
  const changed = await db('leases')
    .where({ name, holder, term })
    .update({ holder: null, expires_at: 0, updated_at: now });
  return changed === 1;
}

/**
 * The fence of a write in `trx`: true while `holder` still holds the lease in `term`. On PostgreSQL the
 * row is share-locked until the transaction ends, so a takeover (which updates it) commits either before
 * this check (which then fails) or after the write.
 */
export async function holdsLease(trx: Knex.Transaction, name: string, holder: string, term: number): Promise<boolean> {
  const q = trx('leases').where({ name }).first('term', 'holder');
  const row = await (isPostgres(trx) ? q.forShare() : q);
  return row !== undefined && Number(row.term) === term && row.holder === holder;
}

/**
 * PostgreSQL: ends the sessions that hold a lock on the lease table (a stopped leader's open fenced
 * write, which would block a takeover forever). Called only once the lease has expired or its holder's
 * session is gone. Returns how many it ended. pg_locks lists every database of the server, and a table
 * cloned from the same template has the same OID in each: without the database filter a takeover
 * would end other databases' sessions that merely write to their own table of that OID.
 */
export async function endLeaseRowHolders(db: Knex): Promise<number> {
  const { rows } = await db.raw(
    `SELECT pg_terminate_backend(pid) AS ended FROM pg_locks
      WHERE relation = 'leases'::regclass AND granted AND pid <> pg_backend_pid()
        AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND mode IN ('RowShareLock', 'RowExclusiveLock')`,
  );
  return (rows as { ended: boolean }[]).filter((r) => r.ended).length;
}
