import { JobType, nextDueAt } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { evaluateExpression } from '../../core/expressions/index.ts';
import {
  completeExternalTask,
  failExternalTask,
  fetchAndLockExternalTasks,
  type LockedExternalTask,
} from '../external-tasks/index.ts';
import { newId } from '../../core/ids/index.ts';
import { SYSTEM_ACTOR } from '../../core/access/index.ts';
import { PermanentFailure, type ServiceHandler } from './handlers.ts';
import { makeJobLoop } from './job-loop.ts';

const PREFIX = 'builtin:';

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
export function makeBuiltinWorker(
  ctx: EngineContext,
  handlers: Record<string, ServiceHandler>,
  options: { lockSeconds?: number } = {},
): BuiltinWorker {
  const worker = newId('builtin');

  async function runOne(name: string, handler: ServiceHandler, task: LockedExternalTask) {
    try {
      const output = await handler({
        jobId: task.job.id,
        instanceId: task.job.instanceId as string,
        businessKey: task.businessKey,
        inputs: resolveInputs(task),
      });
      await completeExternalTask(ctx, SYSTEM_ACTOR, task.job.id, worker, output ?? {});
    } catch (err) {
      const message = `${name}: ${err instanceof Error ? err.message : String(err)}`;
      const retries = err instanceof PermanentFailure ? 0 : task.job.retries - 1;
      await failExternalTask(ctx, SYSTEM_ACTOR, task.job.id, worker, {
        message,
        retries,
        retryAfterSeconds: 10 * 2 ** Math.max(0, 2 - retries),
      }).catch((e) => ctx.logger.warn('could not record a handler failure', { err: String(e) }));
    }
  }

  async function runDue(): Promise<number> {
    let ran = 0;
    for (const [name, handler] of Object.entries(handlers)) {
      const tasks = await fetchAndLockExternalTasks(ctx, SYSTEM_ACTOR, {
        topic: PREFIX + name,
        workerId: worker,
        maxTasks: 20,
        lockSeconds: options.lockSeconds ?? 120,
      });
      for (const task of tasks) await runOne(name, handler, task);
      ran += tasks.length;
    }
    return ran;
  }

  const loop = makeJobLoop(ctx, {
    name: 'built-in worker',
    runDue,
    nextDueAt: () => nextDueAt(ctx.db, JobType.EXTERNAL, PREFIX),
    wakesOn: (event) => event.type === 'external.created' && event.topic.startsWith(PREFIX),
  });
  return { ...loop, runDue };
}
