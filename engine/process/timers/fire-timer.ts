import {
  appendHistory,
  deleteJobs,
  failJob,
  retryJobLater,
  type HistoryRecord,
  type InstanceWithState,
  type JobRecord,
} from '../../../models/index.ts';
import type { EngineEvent } from '../../core/events/index.ts';
import { priorityRaiseOf, raiseTaskPriority } from './raise-priority.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { CrossdeskError, ErrorCode } from '../../core/errors/index.ts';
import {
  runInstanceCommand,
  runInstanceCommands,
  type BatchOutcome,
  type CommandAct,
  type CommandPlan,
  type EnginePool,
  type RemoteCommand,
} from '../runtime/index.ts';
import { SYSTEM_ACTOR } from '../../core/access/index.ts';
import { fireStartTimer } from './start-timers.ts';

/** Back-off before the next attempt of a failed timer: 10 s, 40 s, 90 s, ... */
export const retryDelayMs = (attempt: number) => 10_000 * attempt * attempt;

/**
 * What firing a timer job writes once its engine fired the timer (`firedHere`: false when the engine
 * fired it by itself on resume): drop the spent job, and for an escalating boundary timer
 * (`crossdesk:raisePriority`) raise the priority of the task it sits on.
 */
async function timerPlan(
  ctx: EngineContext,
  job: JobRecord,
  loaded: InstanceWithState,
  firedHere: boolean,
): Promise<CommandPlan<void>> {
  const raise = await priorityRaiseOf(ctx, loaded.definitionId, job.elementId as string);
  // This job is spent; a cycle that re-arms under the same execution must get a new one.
  loaded.waiting.timers = loaded.waiting.timers.filter((id) => id !== job.executionId);
  const history: HistoryRecord[] = [
    {
      instanceId: job.instanceId,
      taskId: null,
      type: 'timer.fired',
      elementId: job.elementId,
      actorId: SYSTEM_ACTOR.userId,
      onBehalfOf: null,
      at: ctx.clock.now(),
      data: { jobId: job.id, dueAt: job.dueAt, firedOnResume: !firedHere },
    },
  ];
  const events: EngineEvent[] = [];
  return {
    async persist(trx) {
      await deleteJobs(trx, [job.id]);
      if (!raise) return;
      // The command reads `history` and `events` after persist: the raise lands right after the firing.
      const raised = await raiseTaskPriority(ctx, trx, job, raise);
      history.push(...raised.history);
      events.push(...raised.tasks.map((task) => ({ type: 'task.priorityRaised' as const, task })));
    },
    history,
    events,
    result: () => undefined,
  };
}

/** Firing a timer job in the instance's engine (on resume, bpmn-engine fires a timer whose time has passed by itself). */
const timerAct =
  (ctx: EngineContext, job: JobRecord): CommandAct<void> =>
  async (run, loaded) =>
    timerPlan(ctx, job, loaded, run.fireTimer(job.executionId as string));

/** The same, for an engine thread: the firing is described, the plan made from what it reports. */
const timerRemote = (ctx: EngineContext, job: JobRecord): RemoteCommand<void> => ({
  action: { kind: 'fireTimer', executionId: job.executionId as string },
  plan: (loaded, acted) => timerPlan(ctx, job, loaded, acted),
});

/**
 * A timer that could not fire: an instance that ended meanwhile just drops the job; otherwise the job
 * goes back with a back-off while retries last, then is marked FAILED: an incident on the instance.
 */
async function failed(ctx: EngineContext, job: JobRecord, worker: string, err: unknown): Promise<FireResult> {
  if (
    err instanceof CrossdeskError &&
    (err.code === ErrorCode.INSTANCE_NOT_ACTIVE || err.code === ErrorCode.NOT_FOUND)
  ) {
    await deleteJobs(ctx.db, [job.id]);
    return 'DROPPED';
  }
  const message = err instanceof Error ? err.message : String(err);
  const left = job.retries - 1;
  if (left > 0) {
    await retryJobLater(
      ctx.db,
      job.id,
      worker,
      ctx.clock.now() + retryDelayMs(Math.max(1, 4 - job.retries)),
      left,
      message,
    );
    return 'RETRY';
  }
  await failJob(ctx.db, job.id, worker, message);
  await appendHistory(ctx.db, [
    {
      instanceId: job.instanceId,
      taskId: null,
      type: 'incident.created',
      elementId: job.elementId,
      actorId: SYSTEM_ACTOR.userId,
      onBehalfOf: null,
      at: ctx.clock.now(),
      data: { jobId: job.id, error: message },
    },
  ]);
  return 'INCIDENT';
}

/** How firing one job ended. */
export type FireResult = 'FIRED' | 'DROPPED' | 'RETRY' | 'INCIDENT';

/**
 * Fires one claimed timer job: recovers its instance, fires the timer of the job's execution, and
 * writes the result like any command (the job row goes with the timer it stood for).
 */
export async function fireTimerJob(ctx: EngineContext, job: JobRecord, worker: string): Promise<FireResult> {
  try {
    if (job.instanceId === null) await fireStartTimer(ctx, job, worker);
    else await runInstanceCommand(ctx, job.instanceId, SYSTEM_ACTOR, timerAct(ctx, job));
    return 'FIRED';
  } catch (err) {
    return failed(ctx, job, worker, err);
  }
}

/**
 * Fires claimed timer jobs of instances as one batch of commands: the same engine work as firing
 * them one by one (on the engine threads of `pool` when given), with their writes in one transaction
 * (see runInstanceCommands). Start timers, which create instances, fire one by one.
 */
export async function fireTimerJobs(
  ctx: EngineContext,
  jobs: readonly JobRecord[],
  worker: string,
  pool?: EnginePool,
): Promise<FireResult[]> {
  const ofInstances = jobs.filter((j) => j.instanceId !== null);
  const commands = ofInstances.map((job) => ({
    instanceId: job.instanceId as string,
    actor: SYSTEM_ACTOR,
    act: timerAct(ctx, job),
    remote: timerRemote(ctx, job),
  }));
  const outcomes = await runInstanceCommands(ctx, commands, pool);
  const byJob = new Map<string, FireResult>();
  for (const [i, job] of ofInstances.entries()) {
    const outcome = outcomes[i] as BatchOutcome<void>;
    byJob.set(job.id, outcome.ok ? 'FIRED' : await failed(ctx, job, worker, outcome.error));
  }
  const results: FireResult[] = [];
  for (const job of jobs) results.push(byJob.get(job.id) ?? (await fireTimerJob(ctx, job, worker)));
  return results;
}
