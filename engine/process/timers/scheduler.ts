import { claimDueJobs, JobType, nextDueAt, purgeExpiredMessages, type JobRecord } from '../../../models/index.ts';
import { makeWakeLoop, type Sleep } from '../../core/clock/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { newId } from '../../core/ids/index.ts';
import { enginePoolOf, makeEnginePool, type EnginePool } from '../runtime/index.ts';
import { fireTimerJobs } from './fire-timer.ts';
import { fireSlaJob } from './sla.ts';

/** Timer firings written per transaction. */
const SLICE = 50;

/** Options of the timer scheduler. */
export interface SchedulerOptions {
  /** How long a claimed job stays locked to this node (a crashed node's jobs come back after it). */
  lockMs?: number;
  /** Jobs claimed per round. */
  batch?: number;
  /**
   * Engine threads of its own for firing timers (unset or 0: the context's engine threads, if any, else the
   * main thread). Each recovers engines on its own core; they boot at start() (or at the first round
   * when runDue is called without start) and end with stop().
   */
  threads?: number;
  /** Real-time sleep for a due time (tests pass a fake). */
  sleep?: Sleep;
}

/** The one loop that fires due timers and SLA deadlines. */
export interface TimerScheduler {
  /** Fires what is due now and keeps firing as timers fall due. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Fires every job due at the clock's now; returns how many ran. Tests call this after moving the clock. */
  runDue(): Promise<number>;
}

/**
 * Makes the timer scheduler. It sleeps until the earliest due job (no polling), wakes early when a
 * command arms an earlier timer, claims due jobs atomically (several nodes can run one each), and
 * fires them. A timer that fell due while the server was down fires on start.
 */
export function makeTimerScheduler(ctx: EngineContext, options: SchedulerOptions = {}): TimerScheduler {
  const worker = newId('node');
  const lockMs = options.lockMs ?? 60_000;
  const batch = options.batch ?? 100;
  let unsubscribe: (() => void) | null = null;
  let pool: EnginePool | null = null;
  // The context's engine threads serve the scheduler too, unless it is given threads of its own.
  const enginePool = () => (options.threads ? (pool ??= makeEnginePool(ctx, options.threads)) : enginePoolOf(ctx));

  async function runDueOf(type: JobType, fire: (jobs: JobRecord[]) => Promise<unknown>): Promise<number> {
    let fired = 0;
    for (;;) {
      const jobs = await claimDueJobs(ctx.db, type, ctx.clock.now(), worker, lockMs, batch);
      // Commands share a transaction in slices, so one slice's writes never hold the database long.
      for (let i = 0; i < jobs.length; i += SLICE) await fire(jobs.slice(i, i + SLICE));
      fired += jobs.length;
      if (jobs.length < batch) return fired;
    }
  }

  async function runDue(): Promise<number> {
    // Early messages nobody waited for are dropped once their time is up; a round is a cheap moment.
    await purgeExpiredMessages(ctx.db, ctx.clock.now());
    const timers = await runDueOf(JobType.TIMER, (jobs) => fireTimerJobs(ctx, jobs, worker, enginePool()));
    return (
      timers +
      (await runDueOf(JobType.SLA, async (jobs) => {
        for (const job of jobs) await fireSlaJob(ctx, job);
      }))
    );
  }

  async function nextDue(): Promise<number | null> {
    const times = (await Promise.all([nextDueAt(ctx.db, JobType.TIMER), nextDueAt(ctx.db, JobType.SLA)])).filter(
      (t): t is number => t !== null,
    );
    return times.length ? Math.min(...times) : null;
  }

  const loop = makeWakeLoop({
    clock: ctx.clock,
    sleep: options.sleep,
    onError: (err) => ctx.logger.error('timer round failed', { err: String(err) }),
    async pass() {
      try {
        await runDue();
      } catch (err) {
        ctx.logger.error('timer round failed', { err: String(err) });
      }
      return nextDue().catch(() => ctx.clock.now() + 1000);
    },
  });

  return {
    async start() {
      // Threads boot in a second or more: booted before the first round, they do not make it late.
      await enginePool()?.ready;
      unsubscribe = ctx.events.subscribe((event) => {
        if (event.type === 'timers.scheduled') loop.wakeAt(event.dueAt);
      });
      await loop.start();
    },
    async stop() {
      unsubscribe?.();
      await loop.stop();
      await pool?.close();
      pool = null;
    },
    runDue,
  };
}
