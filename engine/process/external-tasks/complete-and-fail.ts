import {
  appendHistory,
  deleteJobs,
  deleteLockedJob,
  failJob,
  findJob,
  JobState,
  JobType,
  retryJobLater,
  reviveJob,
  type InstanceWithState,
  type JobRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError, CrossdeskError, ErrorCode, NotFoundError } from '../../core/errors/index.ts';
import { checkVariables } from '../instances/index.ts';
import {
  LostRace,
  runInstanceCommand,
  type CommandAct,
  type CommandPlan,
  type RemoteCommand,
} from '../runtime/index.ts';
import { Role, type Actor, requireRole } from '../../core/access/index.ts';

async function lockedBy(ctx: EngineContext, id: string, workerId: string): Promise<JobRecord> {
  const job = await findJob(ctx.db, id);
  if (!job || job.type !== 'EXTERNAL') throw new NotFoundError('ExternalTask', id);
  const held = job.state === JobState.LOCKED && job.lockedBy === workerId && (job.lockExpiresAt ?? 0) > ctx.clock.now();
  if (!held)
    throw new CrossdeskError(ErrorCode.JOB_LOCK_LOST, `external task ${id} is not locked by ${workerId} (any more)`, {
      id,
      workerId,
      lockedBy: job.lockedBy,
    });
  return job;
}

/**
 * A worker reports its work done: the variables flow into the instance and the service task completes.
 * Only the worker holding a live lock may complete; a completion after the lock expired (and maybe
 * another worker took the job) is refused with JOB_LOCK_LOST and changes nothing.
 */
export async function completeExternalTask(
  ctx: EngineContext,
  actor: Actor,
  id: string,
  workerId: string,
  input?: unknown,
): Promise<JobRecord> {
  requireRole(actor, Role.INTEGRATOR);
  const variables = checkVariables(input, 'variables', ctx.options);
  const job = await lockedBy(ctx, id, workerId);
  let attempt = 0;
  const plan = async (loaded: InstanceWithState): Promise<CommandPlan<JobRecord>> => {
    // The lock was checked just before the first attempt; a retry after a lost race checks it again.
    if (attempt++ > 0) await lockedBy(ctx, id, workerId);
    // The job row goes with the lock guard below, so the wait summary need not delete it again.
    loaded.waiting.external = loaded.waiting.external.filter((e) => e !== job.executionId);
    return {
      async persist(trx) {
        if (!(await deleteLockedJob(trx, id, workerId))) throw new LostRace();
      },
      history: [
        {
          instanceId: job.instanceId,
          taskId: null,
          type: 'external.completed',
          elementId: job.elementId,
          actorId: actor.userId,
          onBehalfOf: actor.onBehalfOf,
          at: ctx.clock.now(),
          data: { jobId: id, workerId, topic: job.topic, variables },
        },
      ],
      result: () => ({ ...job, state: JobState.DONE, lockedBy: null, lockExpiresAt: null }),
    };
  };
  const act: CommandAct<JobRecord> = async (run, loaded) => {
    const planned = await plan(loaded);
    const wait = run.collector.waits.get(job.executionId as string);
    if (!wait?.complete)
      throw new CrossdeskError(ErrorCode.TASK_NOT_ACTIVE, `the process no longer waits for external task ${id}`, {
        id,
      });
    run.rootEnvironment()?.assignVariables(variables);
    wait.complete(null, variables);
    return planned;
  };
  // On an engine thread the same completion is described; a thread that finds no such wait leaves the
  // command to the main thread, which refuses it as above.
  const remote: RemoteCommand<JobRecord> = {
    action: { kind: 'completeExternal', executionId: job.executionId as string, variables },
    plan,
  };
  try {
    return await runInstanceCommand(ctx, job.instanceId as string, actor, act, remote);
  } catch (err) {
    // The instance ended or moved on without this work (cancelled, interrupted): the job is void.
    if (
      err instanceof CrossdeskError &&
      (err.code === ErrorCode.INSTANCE_NOT_ACTIVE || err.code === ErrorCode.TASK_NOT_ACTIVE)
    )
      await deleteJobs(ctx.db, [id]);
    throw err;
  }
}

/** Input of failExternalTask. */
export interface FailExternalInput {
  message: string;
  /** Retries left after this failure (default: one fewer than before). 0 raises an incident. */
  retries?: number | null;
  retryAfterSeconds?: number | null;
}

/**
 * A worker reports a failure: with retries left the job becomes fetchable again after the back-off;
 * without, it becomes an incident on the instance (FAILED, in history) until someone retries it.
 */
export async function failExternalTask(
  ctx: EngineContext,
  actor: Actor,
  id: string,
  workerId: string,
  input: FailExternalInput,
): Promise<JobRecord> {
  requireRole(actor, Role.INTEGRATOR);
  if (!input.message?.trim()) throw new BadInputError('a failure message is required', { field: 'message' });
  if (input.retries !== undefined && input.retries !== null && input.retries < 0)
    throw new BadInputError('retries cannot be negative', { field: 'retries' });
  const job = await lockedBy(ctx, id, workerId);
  const retries = input.retries ?? job.retries - 1;
  const now = ctx.clock.now();
  if (retries > 0) {
    const dueAt = now + Math.max(0, input.retryAfterSeconds ?? 0) * 1000;
    await retryJobLater(ctx.db, id, workerId, dueAt, retries, input.message);
    return {
      ...job,
      state: JobState.READY,
      retries,
      dueAt,
      lockedBy: null,
      lockExpiresAt: null,
      errorMessage: input.message,
    };
  }
  await failJob(ctx.db, id, workerId, input.message);
  await appendHistory(ctx.db, [
    {
      instanceId: job.instanceId,
      taskId: null,
      type: 'incident.created',
      elementId: job.elementId,
      actorId: actor.userId,
      onBehalfOf: actor.onBehalfOf,
      at: now,
      data: { jobId: id, topic: job.topic, error: input.message },
    },
  ]);
  return {
    ...job,
    state: JobState.FAILED,
    retries: 0,
    lockedBy: null,
    lockExpiresAt: null,
    errorMessage: input.message,
  };
}

/** Resolves an incident by giving its job fresh retries (supervisors, integrators): it runs again now. */
export async function retryIncident(ctx: EngineContext, actor: Actor, jobId: string, retries = 1): Promise<JobRecord> {
  requireRole(actor, Role.SUPERVISOR, Role.INTEGRATOR);
  if (retries < 1) throw new BadInputError('retries must be at least 1', { field: 'retries' });
  const job = await findJob(ctx.db, jobId);
  if (!job) throw new NotFoundError('Incident', jobId);
  if (job.state !== JobState.FAILED)
    throw new CrossdeskError(ErrorCode.CONFLICT, `job ${jobId} is not an open incident`, { state: job.state });
  if (job.type === JobType.STUCK)
    throw new BadInputError(
      `incident ${jobId} is a stuck instance, not a failed job: nothing can be run again; cancel the instance (and fix its model)`,
      { field: 'id' },
    );
  if (!(await reviveJob(ctx.db, jobId, retries, ctx.clock.now())))
    throw new CrossdeskError(ErrorCode.CONFLICT, `incident ${jobId} was resolved meanwhile`);
  await appendHistory(ctx.db, [
    {
      instanceId: job.instanceId,
      taskId: null,
      type: 'incident.resolved',
      elementId: job.elementId,
      actorId: actor.userId,
      onBehalfOf: actor.onBehalfOf,
      at: ctx.clock.now(),
      data: { jobId, retries },
    },
  ]);
  if (job.type === 'TIMER') ctx.events.publish({ type: 'timers.scheduled', dueAt: ctx.clock.now() });
  if (job.type === 'EXTERNAL' && job.topic) ctx.events.publish({ type: 'external.created', topic: job.topic });
  return { ...job, state: JobState.READY, retries, dueAt: ctx.clock.now(), errorMessage: null };
}
