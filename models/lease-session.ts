import type { Knex } from 'knex';
import pg from 'pg';

/**
 * A session of its own on PostgreSQL for leadership: it holds the leader's advisory lock, which the
 * server frees the moment the holder's process dies (kill -9, a lost connection), so a standby need not
 * wait for the lease to expire. A stopped (SIGSTOP) holder keeps its TCP session and so its lock:
 * `idle_session_timeout` ends the session once it has been silent for the lease's length, and a standby
 * that sees the lease expired ends it itself (`endLockHolder`).
 */
export interface LeaseSession {
  /** Takes the advisory lock if free; true while this session holds it. */
  tryLock(): Promise<boolean>;
  /** Ends the session that holds the lock (the lease's holder went silent). True when one was ended. */
  endLockHolder(): Promise<boolean>;
  /** One round trip, so that a healthy holder's session is never idle long enough to be ended. */
  ping(): Promise<void>;
  /** True until the session fails or is closed; its lock is gone then. */
  alive(): boolean;
  close(): Promise<void>;
}

// Advisory locks are per database: one key serves every Crossdesk database on a server. 'CDSK', 1.
const LOCK = [0x4344534b, 1] as const;

/** Opens the session on the database of `db` (a PostgreSQL knex handle); `onLost` hears it fail. */
export async function openLeaseSession(
  db: Knex,
  options: { nodeId: string; idleTimeoutMs: number; onLost: (err: Error) => void },
): Promise<LeaseSession> {
  const connection = db.client.config.connection as string | pg.ClientConfig;
  const base = typeof connection === 'string' ? { connectionString: connection } : connection;
  const client = new pg.Client({ ...base, application_name: `crossdesk-lease:${options.nodeId}`.slice(0, 63) });
  let alive = true;
  const lost = (err: Error) => {
    if (!alive) return;
    alive = false;
    options.onLost(err);
  };
  client.on('error', lost);
  client.on('end', () => lost(new Error('lease session ended')));
  await client.connect();
  await client.query(`SET idle_session_timeout = ${Math.max(1, Math.round(options.idleTimeoutMs))}`);
  return {
    async tryLock() {
      const { rows } = await client.query('SELECT pg_try_advisory_lock($1, $2) AS locked', [...LOCK]);
      return rows[0].locked === true;
    },
    async endLockHolder() {
      const { rows } = await client.query(
        `SELECT pg_terminate_backend(pid) AS ended FROM pg_locks
          WHERE locktype = 'advisory' AND classid = $1 AND objid = $2 AND objsubid = 2 AND granted
            AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            AND pid <> pg_backend_pid()`,
        [...LOCK],
      );
      return rows.some((r: { ended: boolean }) => r.ended);
    },
    async ping() {
      await client.query('SELECT 1');
    },
    alive: () => alive,
    async close() {
      alive = false;
      await client.end().catch(() => undefined);
    },
  };
}
