import { createHash } from 'node:crypto';
import { findJob, insertJobs, JobState, JobType, type HistoryRecord } from '../../../models/index.ts';
import type { RunOutcome } from './engine-run.ts';
import type { Scope } from './persist-outcome.ts';
import { WaitKind } from './run-collector.ts';

/** The executions of a settled, unfinished run that wait for nothing a command can bring. */
function stuckExecutions(outcome: RunOutcome): { elementId: string | null; executionId: string; why: string }[] {
  if (outcome.completed) return [];
  const stuck = outcome.waits
    .filter((w) => w.kind === WaitKind.OTHER)
    .map((w) => ({
      elementId: w.elementId,
      executionId: w.executionId,
      why: `${w.elementType} ${w.elementId} waits for something no command, message, signal or timer can bring`,
    }));
  if (!outcome.waits.length && !outcome.timers.length)
    stuck.push({
      elementId: outcome.activeElementIds[0] ?? null,
      executionId: 'idle',
      why: 'the instance has not ended but waits for nothing: no task, message, signal, timer or external work',
    });
  return stuck;
}

/**
 * A run that can never move on raises an incident a supervisor sees (a STUCK job, never run, that
 * cancelling the instance clears). Deployment refuses the models known to do this; this catches the
 * rest, and definitions deployed before a rule existed. Once per execution.
 */
export async function raiseStuck(s: Scope, history: HistoryRecord[]): Promise<void> {
  const now = s.ctx.clock.now();
  for (const stuck of stuckExecutions(s.outcome)) {
    const hash = createHash('sha256').update(`${s.instance.id}|${stuck.executionId}`).digest('hex');
    const id = `stuck_${hash.slice(0, 32)}`;
    if (await findJob(s.trx, id)) continue;
    await insertJobs(s.trx, [
      {
        id,
        type: JobType.STUCK,
        state: JobState.FAILED,
        instanceId: s.instance.id,
        elementId: stuck.elementId,
        executionId: stuck.executionId,
        topic: null,
        dueAt: now,
        retries: 0,
        lockedBy: null,
        lockExpiresAt: null,
        payload: {},
        errorMessage: stuck.why,
        createdAt: now,
      },
    ]);
    s.ctx.logger.warn('process instance is stuck', { instanceId: s.instance.id, why: stuck.why });
    history.push({
      instanceId: s.instance.id,
      taskId: null,
      type: 'incident.created',
      elementId: stuck.elementId,
      actorId: null,
      onBehalfOf: null,
      at: now,
      data: { jobId: id, reason: stuck.why },
    });
  }
}
