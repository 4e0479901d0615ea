import { insertRows, type Db } from '../db.ts';
import { baseToRow, changesToRow, taskFromRow, taskToRow, type TaskChanges } from './row-mappers.ts';
import { OPEN_TASK_STATES, TaskState, type SkillRequirement, type TaskRecord } from './task-types.ts';

/** Stores new tasks with their candidate rows. */
export async function insertTasks(db: Db, tasks: readonly TaskRecord[]): Promise<void> {
  if (tasks.length === 0) return;
  await insertRows(db, 'tasks', tasks.map(taskToRow));
  const candidates = tasks.flatMap((t) => [
    ...[...new Set(t.candidateGroups)].map((value) => ({ task_id: t.id, kind: 'GROUP', value })),
    ...[...new Set(t.candidateUsers)].map((value) => ({ task_id: t.id, kind: 'USER', value })),
  ]);
  if (candidates.length) await insertRows(db, 'task_candidates', candidates);
  const skills = tasks.flatMap((t) => t.skills.map((s) => ({ task_id: t.id, skill: s.name, level: s.level })));
  if (skills.length) await insertRows(db, 'task_skills', skills);
}

/** Replaces a task's effective skill levels (escalation lowers them). */
export async function replaceTaskSkills(db: Db, taskId: string, skills: readonly SkillRequirement[]): Promise<void> {
  await db('task_skills').where({ task_id: taskId }).delete();
  if (skills.length)
    await insertRows(
      db,
      'task_skills',
      skills.map((s) => ({ task_id: taskId, skill: s.name, level: s.level })),
    );
}

/** Adds a candidate group to a task (escalation widens who may take it). */
export async function addTaskCandidateGroup(
  db: Db,
  taskId: string,
  group: string,
  groups: readonly string[],
): Promise<void> {
  await db('task_candidates')
    .insert({ task_id: taskId, kind: 'GROUP', value: group })
    .onConflict(['task_id', 'kind', 'value'])
    .ignore();
  await db('tasks')
    .where({ id: taskId })
    .update(baseToRow({ candidateGroups: [...groups] }));
}

/** One task. */
export async function findTask(db: Db, id: string): Promise<TaskRecord | undefined> {
  const row = await db('tasks').where({ id }).first();
  return row ? taskFromRow(row) : undefined;
}

/** Tasks by ids (batched loading). */
export async function findTasks(db: Db, ids: readonly string[]): Promise<TaskRecord[]> {
  if (ids.length === 0) return [];
  return (await db('tasks').whereIn('id', [...ids])).map(taskFromRow);
}

/** Tasks of one instance, optionally only open ones, in creation order. */
export async function findTasksOfInstance(db: Db, instanceId: string, openOnly = false): Promise<TaskRecord[]> {
  const q = db('tasks')
    .where({ instance_id: instanceId })
    .orderBy([{ column: 'created_at' }, { column: 'id' }]);
  if (openOnly) q.whereIn('state', [...OPEN_TASK_STATES]);
  return (await q).map(taskFromRow);
}

/**
 * Changes a task only if it is still in one of `fromStates` at `expectedVersion` (and, where given,
 * held by `assigneeId`). One conditional UPDATE: a concurrent command sees 0 rows and loses.
 */
export async function updateTaskIf(
  db: Db,
  id: string,
  guard: { fromStates: readonly TaskState[]; expectedVersion: number },
  changes: TaskChanges,
): Promise<boolean> {
  const row = { ...changesToRow(changes), version: guard.expectedVersion + 1 };
  const count = await db('tasks')
    .where({ id, version: guard.expectedVersion })
    .whereIn('state', [...guard.fromStates])
    .update(row);
  return count === 1;
}

/**
 * Puts a reserved task back in its queue (its offer ended) if it is still reserved, whatever its version:
 * the reservation's end is what decides. Returns whether it was.
 */
export async function requeueReservedTask(db: Db, id: string): Promise<boolean> {
  const count = await db('tasks')
    .where({ id, state: TaskState.RESERVED })
    .update({ state: TaskState.QUEUED, version: db.raw('version + 1') });
  return count === 1;
}

/** Tasks of an instance by execution ids. */
export async function findTasksByExecutions(
  db: Db,
  instanceId: string,
  executionIds: readonly string[],
): Promise<TaskRecord[]> {
  if (executionIds.length === 0) return [];
  return (
    await db('tasks')
      .where({ instance_id: instanceId })
      .whereIn('execution_id', [...executionIds])
  ).map(taskFromRow);
}

/** Marks open tasks cancelled (their execution was ended by the process). */
export async function cancelTasks(db: Db, ids: readonly string[], at: number): Promise<void> {
  if (ids.length === 0) return;
  await db('tasks')
    .whereIn('id', [...ids])
    .whereIn('state', [...OPEN_TASK_STATES])
    .update({ state: TaskState.CANCELLED, completed_at: at, version: db.raw('version + 1') });
}

/** Marks an open task's SLA as breached; returns the task if this call marked it. */
export async function markSlaBreached(db: Db, id: string, at: number): Promise<TaskRecord | undefined> {
  const count = await db('tasks')
    .where({ id })
    .whereIn('state', [...OPEN_TASK_STATES])
    .whereNull('sla_breached_at')
    .update(baseToRow({ slaBreachedAt: at }));
  return count === 1 ? findTask(db, id) : undefined;
}

/**
 * Marks queued tasks RESERVED with their routing decisions in one statement. Returns how many changed:
 * fewer than asked means another command took one of them first (the caller rolls back).
 */
export async function reserveQueuedTasks(
  db: Db,
  decisions: ReadonlyMap<string, Record<string, unknown>>,
): Promise<number> {
  if (decisions.size === 0) return 0;
  const ids = [...decisions.keys()];
  const cases = ids.map(() => 'WHEN ? THEN ?').join(' ');
  const bindings = ids.flatMap((id) => [id, JSON.stringify(decisions.get(id))]);
  return (
    db('tasks')
      .whereIn('id', ids)
      // Written so that no index can serve it: otherwise SQLite walks the (state, ...) index over every
      // queued task instead of looking the ids up by primary key.
      .whereRaw("state || '' = ?", [TaskState.QUEUED])
      .update({
        state: TaskState.RESERVED,
        version: db.raw('version + 1'),
        routing_decision: db.raw(`CASE id ${cases} END`, bindings),
      })
  );
}

/** The consultations asked from a task, oldest first. */
export async function findConsultations(db: Db, parentTaskId: string): Promise<TaskRecord[]> {
  return (
    await db('tasks')
      .where({ parent_task_id: parentTaskId })
      .orderBy([{ column: 'created_at' }, { column: 'id' }])
  ).map(taskFromRow);
}
