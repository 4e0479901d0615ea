import { hostname } from 'node:os';
import {
  findServerLease,
  releaseServerLease,
  renewServerLease,
  takeServerLease,
  type ServerLeaseRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../context/index.ts';

const LEASE = 'sqlite';

/** Another live server process holds the SQLite file. */
export class ServerLeaseHeldError extends Error {
  constructor(readonly holder: ServerLeaseRecord) {
    super(
      `another Crossdesk server (node ${holder.nodeId}, pid ${holder.pid} on ${holder.host}) already serves this SQLite database; ` +
        'SQLite is one server on purpose: to run several nodes, use PostgreSQL (DATABASE_URL=postgres://...)',
    );
  }
}

/** The server lease this process holds: renewed by a timer until `release()`. */
export interface ServerLease {
  release(): Promise<void>;
}

/** True when process `pid` exists on this machine (EPERM: it exists, owned by someone else). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether `lease` still binds: its heartbeat is recent and, on this machine, its process exists. A server
 * killed with -9 leaves its row behind; its pid is gone, so a restart takes the lease at once instead of
 * waiting out the heartbeat.
 */
function holds(lease: ServerLeaseRecord, now: number, staleAfterMs: number, host: string): boolean {
  if (now - lease.heartbeatAt > staleAfterMs) return false;
  return lease.host !== host || processAlive(lease.pid);
}

/**
 * Takes the SQLite server lease (a row with pid and heartbeat in `server_lease`), or throws
 * ServerLeaseHeldError. It is not a lock on the database: the admin tool and the WAL checkpoint thread
 * open the file as before; only a second server refuses. The heartbeat rides on the node heartbeat period.
 */
export async function acquireServerLease(ctx: EngineContext): Promise<ServerLease> {
  const { heartbeatMs, staleAfterMs } = ctx.options.nodes;
  const host = hostname();
  const mine = (at: number): ServerLeaseRecord => ({
    name: LEASE,
    nodeId: ctx.nodeId,
    host,
    pid: process.pid,
    heartbeatAt: at,
  });
  for (let attempt = 0; ; attempt++) {
    const seen = await findServerLease(ctx.db, LEASE);
    const now = ctx.clock.now();
    // The lease keeps out a second process. Servers started inside one process (tests of limits shared
    // by nodes) share it: the first one holds and renews it for all.
    if (seen && seen.host === host && seen.pid === process.pid) return { release: async () => undefined };
    if (seen && holds(seen, now, staleAfterMs, host)) throw new ServerLeaseHeldError(seen);
    if (await takeServerLease(ctx.db, mine(now), seen)) {
      if (seen) ctx.logger.warn('took over the server lease of a server that is gone', { pid: seen.pid });
      break;
    }
    // Someone else took it between our read and write: read again, once, to name them.
    if (attempt > 0) throw new ServerLeaseHeldError((await findServerLease(ctx.db, LEASE)) ?? mine(now));
  }
  const timer = setInterval(() => {
    renewServerLease(ctx.db, LEASE, ctx.nodeId, ctx.clock.now()).then(
      (still) => still || ctx.logger.error('server lease lost: another server took this SQLite database'),
      (err) => ctx.logger.warn('server lease not renewed', { err: String(err) }),
    );
  }, heartbeatMs);
  timer.unref();
  return {
    async release() {
      clearInterval(timer);
      await releaseServerLease(ctx.db, LEASE, ctx.nodeId);
    },
  };
}
