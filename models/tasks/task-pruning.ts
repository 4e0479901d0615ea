import type { Db } from '../db.ts';
import { OPEN_TASK_STATES, TaskState } from './task-types.ts';

/** Largest id list one statement takes (SQLite's host parameters, with room to spare). */
const CHUNK = 500;

const CLOSED = [TaskState.COMPLETED, TaskState.CANCELLED];

/** A task some other task names as its parent (a consultation) must wait until that one is gone. */
const noChild = (db: Db, outer: string, sameInstance?: string) =>
  db('tasks as c')
    .select(db.raw('1'))
    .whereRaw(`c.parent_task_id = ${outer}.id`)
    .modify((q: any) => {
      // Children inside the same instance go with it.
      if (sameInstance) q.whereRaw(`(c.instance_id IS NULL OR c.instance_id <> ${sameInstance})`);
    });

/**
 * Process instances that ended before `before` and may go whole (retention): no open task, no job
 * still to run, no task of theirs a consultation elsewhere still points at. Oldest first, at most `limit`.
 */
export async function findPrunableInstanceIds(db: Db, before: number, limit: number): Promise<string[]> {
  const rows = await db('process_instances as pi')
    .select('pi.id')
    .whereIn('pi.state', ['COMPLETED', 'CANCELLED'])
    .where('pi.ended_at', '<', before)
    .whereNotExists(
      db('tasks as t')
        .select(db.raw('1'))
        .whereRaw('t.instance_id = pi.id')
        .whereIn('t.state', [...OPEN_TASK_STATES]),
    )
    .whereNotExists(
      db('jobs as j').select(db.raw('1')).whereRaw('j.instance_id = pi.id').whereIn('j.state', ['READY', 'LOCKED']),
    )
    .whereNotExists(
      db('tasks as p')
        .select(db.raw('1'))
        .whereRaw('p.instance_id = pi.id')
        .whereExists(noChild(db, 'p', 'pi.id')),
    )
    .orderBy('pi.ended_at')
    .limit(limit);
  return rows.map((r: { id: string }) => r.id);
}

/**
 * Tasks without a process (calls, callbacks, consultations, chats) closed before `before` and named as
 * parent by no task. Oldest first, at most `limit`.
 */
export async function findPrunableLoneTaskIds(db: Db, before: number, limit: number): Promise<string[]> {
  const rows = await db('tasks as t')
    .select('t.id')
    .whereNull('t.instance_id')
    .whereIn('t.state', CLOSED)
    .where('t.completed_at', '<', before)
    .whereNotExists(noChild(db, 't'))
    .orderBy('t.completed_at')
    .limit(limit);
  return rows.map((r: { id: string }) => r.id);
}

/** The tasks of these instances (to delete with them). */
export async function taskIdsOfInstances(db: Db, instanceIds: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < instanceIds.length; i += CHUNK)
    for (const r of await db('tasks')
      .select('id')
      .whereIn('instance_id', instanceIds.slice(i, i + CHUNK)))
      out.push(r.id);
  return out;
}

/**
 * Deletes tasks with what hangs on them by foreign key or by id: candidates, skills, reservations,
 * history and interaction links (the interactions stay, on their customer's timeline). Returns the rows
 * deleted per table. Run inside the caller's transaction.
 */
export async function deleteTasksWithDependents(db: Db, taskIds: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < taskIds.length; i += CHUNK) {
    const ids = taskIds.slice(i, i + CHUNK);
    for (const table of ['task_candidates', 'task_skills', 'reservations', 'history', 'interaction_links'])
      counts[table] = (counts[table] ?? 0) + (await db(table).whereIn('task_id', ids).delete());
    counts.tasks = (counts.tasks ?? 0) + (await db('tasks').whereIn('id', ids).delete());
  }
  return counts;
}
