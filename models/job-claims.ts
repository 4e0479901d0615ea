import { isPostgres, type Db } from './db.ts';
import { JobState, jobFromRow, type JobRecord, type JobType } from './jobs-repo.ts';

// A job is claimable when it is ready and due, or when the worker that locked it vanished (lock expired).
function claimable(q: any, type: JobType, now: number, topic?: string) {
  if (topic !== undefined) q.where('topic', topic);
  return q.where('type', type).andWhere((w: any) => {
    w.where((r: any) => r.where('state', JobState.READY).andWhere('due_at', '<=', now)).orWhere((l: any) =>
      l.where('state', JobState.LOCKED).andWhere('lock_expires_at', '<=', now),
    );
  });
}

/**
 * Locks up to `limit` due jobs of a type for one worker, atomically: no job is handed to two workers.
 * One conditional UPDATE ... RETURNING: on PostgreSQL its subquery skips rows other nodes are locking
 * (FOR UPDATE SKIP LOCKED); on SQLite the statement takes the write lock at once (a select-then-update
 * transaction would deadlock two connections upgrading their read locks).
 */
export async function claimDueJobs(
  db: Db,
  type: JobType,
  now: number,
  worker: string,
  lockMs: number,
  limit: number,
  topic?: string,
): Promise<JobRecord[]> {
  const lock = { state: JobState.LOCKED, locked_by: worker, lock_expires_at: now + lockMs };
  const due = claimable(db('jobs').select('id'), type, now, topic).orderBy('due_at').limit(limit);
  if (isPostgres(db)) due.forUpdate().skipLocked();
  const rows = await claimable(db('jobs').whereIn('id', due), type, now, topic).update(lock).returning('*');
  return rows.map(jobFromRow);
}

/** When the next job of a type (and topic prefix) falls due (or a lock expires), if any. */
export async function nextDueAt(db: Db, type: JobType, topicPrefix?: string): Promise<number | null> {
  const scoped = (q: any) =>
    topicPrefix ? q.where('topic', 'like', `${topicPrefix.replace(/[\\%_]/g, (c) => '\\' + c)}%`) : q;
  const [ready] = await scoped(db('jobs').where({ type, state: JobState.READY })).min({ at: 'due_at' });
  const [locked] = await scoped(db('jobs').where({ type, state: JobState.LOCKED })).min({ at: 'lock_expires_at' });
  const times = [ready?.at, locked?.at].filter((t) => t !== null && t !== undefined).map(Number);
  return times.length ? Math.min(...times) : null;
}

/** Hands a job back for another try later (a failed attempt with retries left), if this worker still holds it. */
export async function retryJobLater(
  db: Db,
  id: string,
  worker: string,
  dueAt: number,
  retries: number,
  error: string,
): Promise<void> {
  await db('jobs').where({ id, locked_by: worker }).update({
    state: JobState.READY,
    locked_by: null,
    lock_expires_at: null,
    due_at: dueAt,
    retries,
    error_message: error,
  });
}

/** Marks a job failed for good: an incident someone has to look at. */
export async function failJob(db: Db, id: string, worker: string, error: string): Promise<void> {
  await db('jobs')
    .where({ id, locked_by: worker })
    .update({ state: JobState.FAILED, locked_by: null, lock_expires_at: null, retries: 0, error_message: error });
}

/** Jobs that failed for good (incidents), optionally of one instance. */
export async function findFailedJobs(db: Db, instanceId?: string): Promise<JobRecord[]> {
  const q = db('jobs').where({ state: JobState.FAILED }).orderBy('created_at');
  if (instanceId) q.where({ instance_id: instanceId });
  return (await q).map(jobFromRow);
}

/** One job by id. */
export async function findJob(db: Db, id: string): Promise<JobRecord | undefined> {
  const row = await db('jobs').where({ id }).first();
  return row ? jobFromRow(row) : undefined;
}

/** Puts a failed job back in line (an incident someone resolved), with fresh retries. */
export async function reviveJob(db: Db, id: string, retries: number, dueAt: number): Promise<boolean> {
  return (
    (await db('jobs')
      .where({ id, state: JobState.FAILED })
      .update({ state: JobState.READY, retries, due_at: dueAt, error_message: null })) === 1
  );
}

/** Deletes a job only while `worker` holds its lock; false when the lock was lost. */
export async function deleteLockedJob(db: Db, id: string, worker: string): Promise<boolean> {
  return (await db('jobs').where({ id, locked_by: worker, state: JobState.LOCKED }).delete()) === 1;
}
