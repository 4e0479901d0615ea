import { appendHistory, deleteJobs, failJob, retryJobLater, type JobRecord } from '../../models/index.ts';
import type { EngineContext } from '../context.ts';
import { CrossdeskError, ErrorCode } from '../errors/index.ts';
import { runInstanceCommand } from '../runtime/index.ts';
import { SYSTEM_ACTOR } from '../users/actor.ts';
import { fireStartTimer } from './start-timers.ts';

/** Back-off before the next attempt of a failed timer: 10 s, 40 s, 90 s, ... */
export const retryDelayMs = (attempt: number) => 10_000 * attempt * attempt;

/**
 * Fires one claimed timer job: recovers its instance, fires the timer of the job's execution, and
 * writes the result like any command (the job row goes with the timer it stood for). An instance that
 * ended meanwhile just drops the job. A failure hands the job back with a back-off while retries last,
 * then marks it FAILED: an incident on the instance, visible in its history.
 */
export async function fireTimerJob(ctx: EngineContext, job: JobRecord, worker: string): Promise<'FIRED' | 'DROPPED' | 'RETRY' | 'INCIDENT'> {
  try {
    if (job.instanceId === null) {
      await fireStartTimer(ctx, job, worker);
      return 'FIRED';
    }
    await runInstanceCommand(ctx, job.instanceId as string, SYSTEM_ACTOR, async (run, loaded) => {
      // On resume, bpmn-engine fires a timer whose time has passed by its own clock; otherwise fire it here.
      const firedHere = run.fireTimer(job.executionId as string);
      // This job is spent; a cycle that re-arms under the same execution must get a new one.
      loaded.waiting.timers = loaded.waiting.timers.filter((id) => id !== job.executionId);
      return {
        persist: (trx) => deleteJobs(trx, [job.id]),
        history: [{ instanceId: job.instanceId, taskId: null, type: 'timer.fired', elementId: job.elementId, actorId: SYSTEM_ACTOR.userId, onBehalfOf: null, at: ctx.clock.now(), data: { jobId: job.id, dueAt: job.dueAt, firedOnResume: !firedHere } }],
        result: () => undefined,
      };
    });
    return 'FIRED';
  } catch (err) {
    if (err instanceof CrossdeskError && (err.code === ErrorCode.INSTANCE_NOT_ACTIVE || err.code === ErrorCode.NOT_FOUND)) {
      await deleteJobs(ctx.db, [job.id]);
      return 'DROPPED';
    }
    const message = err instanceof Error ? err.message : String(err);
    const left = job.retries - 1;
    if (left > 0) {
      await retryJobLater(ctx.db, job.id, worker, ctx.clock.now() + retryDelayMs(Math.max(1, 4 - job.retries)), left, message);
      return 'RETRY';
    }
    await failJob(ctx.db, job.id, worker, message);
    await appendHistory(ctx.db, [{ instanceId: job.instanceId, taskId: null, type: 'incident.created', elementId: job.elementId, actorId: SYSTEM_ACTOR.userId, onBehalfOf: null, at: ctx.clock.now(), data: { jobId: job.id, error: message } }]);
    return 'INCIDENT';
  }
}
