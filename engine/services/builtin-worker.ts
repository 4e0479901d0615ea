import { JobType, nextDueAt } from '../../models/index.ts';
import type { EngineContext } from '../context.ts';
import { evaluateExpression } from '../expressions/index.ts';
import { completeExternalTask, failExternalTask, fetchAndLockExternalTasks, type LockedExternalTask } from '../external-tasks/index.ts';
import { newId } from '../ids/index.ts';
import { SYSTEM_ACTOR } from '../users/actor.ts';
import { PermanentFailure, type ServiceHandler } from './handlers.ts';

const PREFIX = 'builtin:';
const MAX_SLEEP_MS = 60_000;

/** The worker inside the server that runs built-in handlers (`crossdesk:handler="email"`). */
export interface BuiltinWorker {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Runs every built-in job that is due now; returns how many ran. */
  runDue(): Promise<number>;
}

function resolveInputs(task: LockedExternalTask): Record<string, unknown> {
  const inputs = (task.job.payload.inputs as { name: string; value: string }[] | undefined) ?? [];
  return Object.fromEntries(inputs.map((p) => [p.name, evaluateExpression(p.value, task.variables)]));
}

/**
 * Makes the built-in worker. It takes `builtin:<name>` jobs through the same fetch-and-lock, complete
 * and fail path as outside workers, so retries, back-off and incidents work the same, and nothing runs
 * inside a GraphQL request. Jobs run at least once: a crash between a handler's effect and the
 * completion repeats the handler after the lock expires; the handlers make repeats recognisable.
 */
export function makeBuiltinWorker(ctx: EngineContext, handlers: Record<string, ServiceHandler>, options: { lockSeconds?: number } = {}): BuiltinWorker {
  const worker = newId('builtin');
  let running = false;
  let timer: NodeJS.Timeout | null = null;
  let round: Promise<unknown> = Promise.resolve();
  let unsubscribe: (() => void) | null = null;

  async function runOne(name: string, handler: ServiceHandler, task: LockedExternalTask) {
    try {
      const output = await handler({ jobId: task.job.id, instanceId: task.job.instanceId as string, businessKey: task.businessKey, inputs: resolveInputs(task) });
      await completeExternalTask(ctx, SYSTEM_ACTOR, task.job.id, worker, output ?? {});
    } catch (err) {
      const message = `${name}: ${err instanceof Error ? err.message : String(err)}`;
      const retries = err instanceof PermanentFailure ? 0 : task.job.retries - 1;
      await failExternalTask(ctx, SYSTEM_ACTOR, task.job.id, worker, { message, retries, retryAfterSeconds: 10 * 2 ** Math.max(0, 2 - retries) }).catch((e) => ctx.logger.warn('could not record a handler failure', { err: String(e) }));
    }
  }

  async function runDue(): Promise<number> {
    let ran = 0;
    for (const [name, handler] of Object.entries(handlers)) {
      const tasks = await fetchAndLockExternalTasks(ctx, SYSTEM_ACTOR, { topic: PREFIX + name, workerId: worker, maxTasks: 20, lockSeconds: options.lockSeconds ?? 120 });
      for (const task of tasks) await runOne(name, handler, task);
      ran += tasks.length;
    }
    return ran;
  }

  function tick(): Promise<unknown> {
    round = round.then(async () => {
      if (!running) return;
      if (timer) clearTimeout(timer);
      await runDue().catch((err) => ctx.logger.error('built-in worker round failed', { err: String(err) }));
      const next = await nextDueAt(ctx.db, JobType.EXTERNAL, PREFIX).catch(() => null);
      const wait = next === null ? MAX_SLEEP_MS : Math.min(Math.max(0, next - ctx.clock.now()), MAX_SLEEP_MS);
      if (running) timer = setTimeout(() => void tick(), wait);
    });
    return round;
  }

  return {
    async start() {
      running = true;
      unsubscribe = ctx.events.subscribe((event) => {
        if (event.type === 'external.created' && event.topic.startsWith(PREFIX)) void tick();
      });
      await tick();
    },
    async stop() {
      running = false;
      unsubscribe?.();
      if (timer) clearTimeout(timer);
      await round;
    },
    runDue,
  };
}
