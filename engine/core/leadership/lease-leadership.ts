import {
  endLeaseRowHolders,
  findLease,
  holdsLease,
  isPostgres,
  LeaseRowBusy,
  openLeaseSession,
  releaseLease,
  renewLease,
  takeLease,
  type LeaseSession,
} from '../../../models/index.ts';
import type { EngineContext } from '../context/index.ts';
import { LeadershipLost, makeFixedLeadership, type Leadership, type NodeRole } from './leadership.ts';

/** Settings of a lease leadership (CROSSDESK_LEASE_MS, CROSSDESK_LEASE_RENEW_MS). */
export interface LeaseOptions {
  /** How long a lease stands unrenewed: a silent leader loses it after this. */
  leaseMs: number;
  /** How often the leader renews and a standby tries to take over. */
  renewMs: number;
  /** The duty's lease row (default `router`). */
  name?: string;
  /** False: no timer, tests call tick() with an injected clock. */
  timers?: boolean;
  /** PostgreSQL only (default there): hold the advisory lock on a session of its own (lease-session.ts). */
  session?: boolean;
}

/**
 * The leadership of a server: by lease on PostgreSQL, where several nodes may share the database; fixed
 * on SQLite, whose one server always leads (term 1) and whose router writes carry no fence.
 */
export function makeNodeLeadership(
  ctx: Pick<EngineContext, 'db' | 'clock' | 'logger' | 'nodeId'>,
  options: LeaseOptions,
): Leadership {
  return isPostgres(ctx.db) ? makeLeaseLeadership(ctx, options) : makeFixedLeadership();
}

/** A lease leadership, with the step a timer runs (tests drive it by hand). */
export interface LeaseLeadership extends Leadership {
  /** One step: the leader renews its lease, a standby tries to take it over. */
  tick(): Promise<void>;
}

/**
 * Leadership by a lease row with a term (models/leases-repo.ts). On PostgreSQL a standby takes over
 * when it gets the advisory lock of the lease session (the leader's process or connection is gone), or
 * when the lease expired: it then ends the silent holder's session and takes it next step. Every
 * takeover increases the term; the fence makes the router's writes check it in their own transaction, so
 * a leader that wakes up after a takeover cannot write and steps down.
 */
export function makeLeaseLeadership(
  ctx: Pick<EngineContext, 'db' | 'clock' | 'logger' | 'nodeId'>,
  options: LeaseOptions,
): LeaseLeadership {
  const name = options.name ?? 'router';
  const useSession = (options.session ?? true) && isPostgres(ctx.db);
  // Mutable state of the campaign.
  let role: NodeRole = 'standby';
  let term = 0;
  let session: LeaseSession | null = null;
  let running = false;
  let timer: NodeJS.Timeout | null = null;
  let step: Promise<void> = Promise.resolve();
  const listeners = new Set<(role: NodeRole, term: number) => void>();

  function become(next: NodeRole, nextTerm: number, why: string): void {
    const changed = next !== role;
    role = next;
    term = nextTerm;
    if (!changed) return;
    const log = next === 'leader' ? ctx.logger.info : ctx.logger.warn;
    log.call(ctx.logger, next === 'leader' ? 'leadership taken' : 'leadership lost: stepped down', {
      term,
      why,
      node: ctx.nodeId,
    });
    for (const l of listeners) l(role, term);
  }

  async function dropSession(): Promise<void> {
    const old = session;
    session = null;
    await old?.close();
  }

  async function ensureSession(): Promise<LeaseSession> {
    if (session?.alive()) return session;
    await dropSession();
    session = await openLeaseSession(ctx.db, {
      nodeId: ctx.nodeId,
      idleTimeoutMs: options.leaseMs,
      onLost: (err) => {
        // The lock went with the session: another node may lead from now on.
        if (role === 'leader') become('standby', term, `lease session lost: ${err.message}`);
      },
    });
    return session;
  }

  async function lead(): Promise<void> {
    if (useSession) await session?.ping();
    const now = ctx.clock.now();
    if (!(await renewLease(ctx.db, name, ctx.nodeId, term, now, options.leaseMs)))
      become('standby', term, 'the lease moved on');
  }

  async function campaign(): Promise<void> {
    const now = ctx.clock.now();
    const lease = await findLease(ctx.db, name);
    if (!lease) return;
    let force = false;
    if (useSession) {
      const s = await ensureSession();
      force = await s.tryLock();
      if (!force) {
        term = lease.term;
        // A holder silent past its lease keeps its session (SIGSTOP): end it; its lock is ours next step.
        if (lease.expiresAt <= now && (await s.endLockHolder()))
          ctx.logger.warn('ended the session of a silent leader', { holder: lease.holder, term: lease.term });
        return;
      }
    }
    try {
      const taken = await takeLease(ctx.db, name, ctx.nodeId, now, options.leaseMs, {
        force,
        lockTimeoutMs: options.renewMs,
      });
      if (taken !== null) become('leader', taken, force ? 'got the leader lock' : 'the lease was free or expired');
      else term = lease.term;
    } catch (err) {
      if (!(err instanceof LeaseRowBusy)) throw err;
      // A stopped leader's fenced write holds the row; it may not write again anyway.
      await endLeaseRowHolders(ctx.db);
    }
  }

  async function tick(): Promise<void> {
    step = step.then(async () => {
      try {
        if (role === 'leader') await lead();
        else await campaign();
      } catch (err) {
        ctx.logger.warn('leadership step failed', { err: String(err), role });
        if (role === 'leader' && useSession && !session?.alive()) become('standby', term, 'lease session lost');
      }
    });
    return step;
  }

  function schedule(): void {
    if (!running || options.timers === false) return;
    timer = setTimeout(() => void tick().finally(schedule), options.renewMs);
  }

  return {
    role: () => role,
    term: () => term,
    async fence(trx) {
      if (role === 'leader' && (await holdsLease(trx, name, ctx.nodeId, term))) return;
      const lost = term;
      if (role === 'leader') become('standby', term, 'a fenced write was refused');
      throw new LeadershipLost(lost);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    tick,
    async start() {
      running = true;
      await tick();
      schedule();
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      await step;
      if (role === 'leader') {
        const was = term;
        await releaseLease(ctx.db, name, ctx.nodeId, was, ctx.clock.now()).catch((err) =>
          ctx.logger.warn('lease not released', { err: String(err) }),
        );
        become('standby', was, 'shutting down');
      }
      await dropSession();
    },
  };
}
