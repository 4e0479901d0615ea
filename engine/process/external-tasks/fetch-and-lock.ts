import { claimDueJobs, findInstances, JobType, type JobRecord } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError } from '../../core/errors/index.ts';
import { Role, type Actor, requireRole } from '../../core/access/index.ts';

/** A locked piece of external work, as a worker receives it. */
export interface LockedExternalTask {
  job: JobRecord;
  variables: Record<string, unknown>;
  businessKey: string | null;
}

/** Input of fetchAndLockExternalTasks. */
export interface FetchAndLockInput {
  topic: string;
  workerId: string;
  maxTasks?: number | null;
  lockSeconds?: number | null;
  /** Long poll: wait up to this long for work when none is there (at most 60 s). */
  waitSeconds?: number | null;
}

function waitForTopic(ctx: EngineContext, topic: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    const unsubscribe = ctx.events.subscribe((event) => {
      if (event.type === 'external.created' && event.topic === topic) done();
    });
    function done() {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    }
  });
}

/**
 * Locks up to `maxTasks` pieces of work of a topic for one worker (integrators). Atomic: two workers
 * racing for the same job never both get it. An expired lock makes a job fetchable again.
 */
export async function fetchAndLockExternalTasks(
  ctx: EngineContext,
  actor: Actor,
  input: FetchAndLockInput,
): Promise<LockedExternalTask[]> {
  requireRole(actor, Role.INTEGRATOR);
  if (!input.topic?.trim() || !input.workerId?.trim())
    throw new BadInputError('topic and workerId are required', { field: input.topic?.trim() ? 'workerId' : 'topic' });
  const max = Math.min(Math.max(input.maxTasks ?? 10, 1), 100);
  const lockMs = Math.min(Math.max(input.lockSeconds ?? 60, 1), 24 * 3600) * 1000;
  const claim = () => claimDueJobs(ctx.db, JobType.EXTERNAL, ctx.clock.now(), input.workerId, lockMs, max, input.topic);
  let jobs = await claim();
  if (!jobs.length && input.waitSeconds) {
    await waitForTopic(ctx, input.topic, Math.min(input.waitSeconds, 60) * 1000);
    jobs = await claim();
  }
  const instances = new Map(
    (
      await findInstances(
        ctx.db,
        jobs.map((j) => j.instanceId as string),
      )
    ).map((i) => [i.id, i]),
  );
  return jobs.map((job) => ({
    job,
    variables: instances.get(job.instanceId as string)?.variables ?? {},
    businessKey: instances.get(job.instanceId as string)?.businessKey ?? null,
  }));
}
