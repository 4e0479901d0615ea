import type { Knex } from 'knex';
import {
  deleteJobs,
  deleteStartTimersOfKey,
  insertJobs,
  JobState,
  JobType,
  rescheduleJob,
  type JobRecord,
} from '../../../models/index.ts';
import { addIsoDuration, firstOccurrence, nextOccurrence, parseTimeCycle } from '../../core/clock/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import type { ProcessInfo } from '../definitions/index.ts';
import { startInstance } from '../instances/index.ts';
import { LostRace } from '../runtime/index.ts';
import { SYSTEM_ACTOR } from '../../core/access/index.ts';

type TimerSpec = NonNullable<ProcessInfo['startEvents'][number]['timer']>;

/** When a start timer first fires: a date, the first occurrence of a cycle, or a duration from now. */
export function firstStartDue(timer: TimerSpec, now: number): number | null {
  if (timer.timeDate) {
    const at = Date.parse(timer.timeDate);
    return Number.isNaN(at) ? null : at;
  }
  if (timer.timeCycle) {
    const cycle = parseTimeCycle(timer.timeCycle);
    return cycle ? firstOccurrence(cycle, now) : null;
  }
  return timer.timeDuration ? addIsoDuration(now, timer.timeDuration) : null;
}

/**
 * Replaces the start timers of a process key with those of its newly deployed version, in the
 * deployment's transaction (a new version takes over scheduled starts, as in Camunda).
 */
export async function scheduleStartTimers(
  trx: Knex.Transaction,
  now: number,
  definition: { id: string; key: string },
  process: ProcessInfo,
): Promise<number | null> {
  await deleteStartTimersOfKey(trx, definition.key);
  const jobs: JobRecord[] = process.startEvents.flatMap((start) => {
    const dueAt = start.timer ? firstStartDue(start.timer, now) : null;
    if (dueAt === null) return [];
    const cycle = start.timer?.timeCycle ? parseTimeCycle(start.timer.timeCycle) : null;
    return [
      {
        id: `jb_start_${definition.id}_${start.id}`.replace(/[^\w-]/g, '_'),
        type: JobType.TIMER,
        state: JobState.READY,
        instanceId: null,
        elementId: start.id,
        executionId: `start:${definition.key}:${definition.id}:${start.id}`,
        topic: null,
        dueAt,
        retries: 3,
        lockedBy: null,
        lockExpiresAt: null,
        payload: {
          definitionId: definition.id,
          key: definition.key,
          startEventId: start.id,
          timeCycle: start.timer?.timeCycle ?? null,
          repetitions: cycle ? cycle.repetitions : 1,
        },
        errorMessage: null,
        createdAt: now,
      },
    ];
  });
  await insertJobs(trx, jobs);
  return jobs.length ? Math.min(...jobs.map((j) => j.dueAt)) : null;
}

/**
 * Fires a start timer: starts an instance through its timer start event and, in the same transaction,
 * moves the job to the cycle's next occurrence or removes it when no repetition is left.
 */
export async function fireStartTimer(ctx: EngineContext, job: JobRecord, worker: string): Promise<void> {
  const { definitionId, key, startEventId, timeCycle, repetitions } = job.payload as {
    definitionId: string;
    key: string;
    startEventId: string;
    timeCycle: string | null;
    repetitions: number | null;
  };
  const cycle = timeCycle ? parseTimeCycle(timeCycle) : null;
  const left = repetitions === null ? null : repetitions - 1;
  const persist = async (trx: Knex.Transaction) => {
    const done =
      cycle && (left === null || left > 0)
        ? await rescheduleJob(trx, job.id, worker, nextOccurrence(cycle, job.dueAt), {
            ...job.payload,
            repetitions: left,
          })
        : (await deleteJobs(trx, [job.id]), true);
    if (!done) throw new LostRace();
  };
  await startInstance(
    ctx,
    SYSTEM_ACTOR,
    { id: definitionId, key },
    null,
    {},
    (run) => {
      const armed = run.armedTimers().find((t) => t.elementId === startEventId);
      if (armed) run.fireTimer(armed.executionId);
    },
    persist,
  );
}
