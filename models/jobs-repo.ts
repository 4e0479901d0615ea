import { fromJson, insertRows, type Db } from './db.ts';

/** Kinds of job. */
export const JobType = {
  TIMER: 'TIMER',
  EXTERNAL: 'EXTERNAL',
  SERVICE: 'SERVICE',
  SLA: 'SLA',
  WEBHOOK: 'WEBHOOK',
  /** Never runs: an incident for an execution that waits for nothing that can happen (see persist-outcome). */
  STUCK: 'STUCK',
} as const;
export type JobType = (typeof JobType)[keyof typeof JobType];

/** Job states. */
export const JobState = { READY: 'READY', LOCKED: 'LOCKED', FAILED: 'FAILED', DONE: 'DONE' } as const;
export type JobState = (typeof JobState)[keyof typeof JobState];

/** Durable work the engine owes an instance: a timer to fire, a service call to make. */
export interface JobRecord {
  id: string;
  type: JobType;
  state: JobState;
  instanceId: string | null;
  elementId: string | null;
  executionId: string | null;
  topic: string | null;
  dueAt: number;
  retries: number;
  lockedBy: string | null;
  lockExpiresAt: number | null;
  payload: Record<string, unknown>;
  errorMessage: string | null;
  createdAt: number;
}

const toJob = (r: any): JobRecord => ({
  id: r.id,
  type: r.type,
  state: r.state,
  instanceId: r.instance_id ?? null,
  elementId: r.element_id ?? null,
  executionId: r.execution_id ?? null,
  topic: r.topic ?? null,
  dueAt: Number(r.due_at),
  retries: Number(r.retries),
  lockedBy: r.locked_by ?? null,
  lockExpiresAt: r.lock_expires_at === null ? null : Number(r.lock_expires_at),
  payload: fromJson(r.payload, {}),
  errorMessage: r.error_message ?? null,
  createdAt: Number(r.created_at),
});

/** Stores new jobs. */
export async function insertJobs(db: Db, jobs: readonly JobRecord[]): Promise<void> {
  if (jobs.length === 0) return;
  const rows = jobs.map((j) => ({
    id: j.id,
    type: j.type,
    state: j.state,
    instance_id: j.instanceId,
    element_id: j.elementId,
    execution_id: j.executionId,
    topic: j.topic,
    due_at: j.dueAt,
    retries: j.retries,
    locked_by: j.lockedBy,
    lock_expires_at: j.lockExpiresAt,
    payload: JSON.stringify(j.payload),
    error_message: j.errorMessage,
    created_at: j.createdAt,
  }));
  await insertRows(db, 'jobs', rows);
}

/** Jobs of an instance that are not done. */
export async function findOpenJobsOfInstance(db: Db, instanceId: string): Promise<JobRecord[]> {
  return (await db('jobs').where({ instance_id: instanceId }).whereNot('state', JobState.DONE).orderBy('due_at')).map(
    toJob,
  );
}

/** Removes jobs whose reason went away (the execution they belonged to ended). */
export async function deleteJobs(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length)
    await db('jobs')
      .whereIn('id', [...ids])
      .delete();
}

/** Removes an instance's timer jobs of the given executions (the timers were cancelled or fired). */
export async function deleteTimersOfExecutions(
  db: Db,
  instanceId: string,
  executionIds: readonly string[],
): Promise<void> {
  if (executionIds.length)
    await db('jobs')
      .where({ instance_id: instanceId, type: JobType.TIMER })
      .whereIn('execution_id', [...executionIds])
      .delete();
}

export { toJob as jobFromRow };

/** Removes an instance's external-work jobs of the given executions (the work ended or was cancelled). */
export async function deleteExternalOfExecutions(
  db: Db,
  instanceId: string,
  executionIds: readonly string[],
): Promise<void> {
  if (executionIds.length)
    await db('jobs')
      .where({ instance_id: instanceId, type: JobType.EXTERNAL })
      .whereIn('execution_id', [...executionIds])
      .delete();
}

/** Removes the start-timer jobs of every version of a process key (a new version replaces them). */
export async function deleteStartTimersOfKey(db: Db, key: string): Promise<void> {
  await db('jobs')
    .where({ type: JobType.TIMER })
    .whereNull('instance_id')
    .where('execution_id', 'like', `start:${key.replace(/[\\%_]/g, (c) => '\\' + c)}:%`)
    .delete();
}

/** Moves a job held by `worker` to its next due time (a repeating timer), unlocked. */
export async function rescheduleJob(
  db: Db,
  id: string,
  worker: string,
  dueAt: number,
  payload: Record<string, unknown>,
): Promise<boolean> {
  return (
    (await db('jobs')
      .where({ id, locked_by: worker })
      .update({
        state: JobState.READY,
        locked_by: null,
        lock_expires_at: null,
        due_at: dueAt,
        payload: JSON.stringify(payload),
      })) === 1
  );
}
