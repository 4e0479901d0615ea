import { fromJson, insertRows, type Db } from './db.ts';

/** Task states as stored (the contract's `Task.state`). */
export const TaskState = {
  QUEUED: 'QUEUED',
  RESERVED: 'RESERVED',
  ASSIGNED: 'ASSIGNED',
  PAUSED: 'PAUSED',
  COMPLETED: 'COMPLETED',
  CANCELLED: 'CANCELLED',
} as const;
export type TaskState = (typeof TaskState)[keyof typeof TaskState];

/** States in which a task still waits for someone. */
export const OPEN_TASK_STATES: readonly TaskState[] = [TaskState.QUEUED, TaskState.RESERVED, TaskState.ASSIGNED, TaskState.PAUSED];

/** Channels of work. */
export const Channel = { VOICE: 'VOICE', CHAT: 'CHAT', EMAIL: 'EMAIL', BACKOFFICE: 'BACKOFFICE' } as const;
export type Channel = (typeof Channel)[keyof typeof Channel];

/** A required skill with its minimum proficiency. */
export interface SkillRequirement {
  name: string;
  level: number;
}

/** A work item: one waiting user-task execution of a process instance. */
export interface TaskRecord {
  id: string;
  instanceId: string;
  definitionId: string;
  definitionKey: string;
  elementId: string;
  executionId: string;
  name: string | null;
  documentation: string | null;
  state: TaskState;
  channel: Channel;
  assigneeId: string | null;
  candidateGroups: string[];
  candidateUsers: string[];
  priority: number;
  businessValue: number;
  skills: SkillRequirement[];
  queue: string | null;
  interruptible: boolean;
  formKey: string | null;
  loopIndex: number | null;
  dueAt: number | null;
  followUpAt: number | null;
  slaDueAt: number | null;
  /** When the SLA deadline passed with the task still open (set once, by the SLA job). */
  slaBreachedAt: number | null;
  createdAt: number;
  claimedAt: number | null;
  completedAt: number | null;
  completedBy: string | null;
  output: Record<string, unknown> | null;
  version: number;
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

const toTask = (r: any): TaskRecord => ({
  id: r.id,
  instanceId: r.instance_id,
  definitionId: r.definition_id,
  definitionKey: r.definition_key,
  elementId: r.element_id,
  executionId: r.execution_id,
  name: r.name ?? null,
  documentation: r.documentation ?? null,
  state: r.state,
  channel: r.channel,
  assigneeId: r.assignee_id ?? null,
  candidateGroups: fromJson(r.candidate_groups, []),
  candidateUsers: fromJson(r.candidate_users, []),
  priority: Number(r.priority),
  businessValue: Number(r.business_value),
  skills: fromJson(r.skills, []),
  queue: r.queue ?? null,
  interruptible: Boolean(r.interruptible),
  formKey: r.form_key ?? null,
  loopIndex: num(r.loop_index),
  dueAt: num(r.due_at),
  followUpAt: num(r.follow_up_at),
  slaDueAt: num(r.sla_due_at),
  slaBreachedAt: num(r.sla_breached_at),
  createdAt: Number(r.created_at),
  claimedAt: num(r.claimed_at),
  completedAt: num(r.completed_at),
  completedBy: r.completed_by ?? null,
  output: fromJson(r.output, null),
  version: Number(r.version),
});

const toRow = (t: TaskRecord) => ({
  id: t.id,
  instance_id: t.instanceId,
  definition_id: t.definitionId,
  definition_key: t.definitionKey,
  element_id: t.elementId,
  execution_id: t.executionId,
  name: t.name,
  documentation: t.documentation,
  state: t.state,
  channel: t.channel,
  assignee_id: t.assigneeId,
  candidate_groups: JSON.stringify(t.candidateGroups),
  candidate_users: JSON.stringify(t.candidateUsers),
  priority: t.priority,
  business_value: t.businessValue,
  skills: JSON.stringify(t.skills),
  queue: t.queue,
  interruptible: t.interruptible,
  form_key: t.formKey,
  loop_index: t.loopIndex,
  due_at: t.dueAt,
  follow_up_at: t.followUpAt,
  sla_due_at: t.slaDueAt,
  sla_breached_at: t.slaBreachedAt,
  created_at: t.createdAt,
  claimed_at: t.claimedAt,
  completed_at: t.completedAt,
  completed_by: t.completedBy,
  output: t.output === null ? null : JSON.stringify(t.output),
  version: t.version,
});

/** Stores new tasks with their candidate rows. */
export async function insertTasks(db: Db, tasks: readonly TaskRecord[]): Promise<void> {
  if (tasks.length === 0) return;
  await insertRows(db, 'tasks', tasks.map(toRow));
  const candidates = tasks.flatMap((t) => [
    ...[...new Set(t.candidateGroups)].map((value) => ({ task_id: t.id, kind: 'GROUP', value })),
    ...[...new Set(t.candidateUsers)].map((value) => ({ task_id: t.id, kind: 'USER', value })),
  ]);
  if (candidates.length) await insertRows(db, 'task_candidates', candidates);
}

/** One task. */
export async function findTask(db: Db, id: string): Promise<TaskRecord | undefined> {
  const row = await db('tasks').where({ id }).first();
  return row ? toTask(row) : undefined;
}

/** Tasks by ids (batched loading). */
export async function findTasks(db: Db, ids: readonly string[]): Promise<TaskRecord[]> {
  if (ids.length === 0) return [];
  return (await db('tasks').whereIn('id', [...ids])).map(toTask);
}

/** Tasks of one instance, optionally only open ones, in creation order. */
export async function findTasksOfInstance(db: Db, instanceId: string, openOnly = false): Promise<TaskRecord[]> {
  const q = db('tasks').where({ instance_id: instanceId }).orderBy([{ column: 'created_at' }, { column: 'id' }]);
  if (openOnly) q.whereIn('state', [...OPEN_TASK_STATES]);
  return (await q).map(toTask);
}

/**
 * Changes a task only if it is still in one of `fromStates` at `expectedVersion` (and, where given,
 * held by `assigneeId`). One conditional UPDATE: a concurrent command sees 0 rows and loses.
 */
export async function updateTaskIf(
  db: Db,
  id: string,
  guard: { fromStates: readonly TaskState[]; expectedVersion: number },
  changes: Partial<Pick<TaskRecord, 'state' | 'assigneeId' | 'claimedAt' | 'completedAt' | 'completedBy' | 'output' | 'priority'>>,
): Promise<boolean> {
  const row: Record<string, unknown> = { version: guard.expectedVersion + 1 };
  if (changes.state !== undefined) row.state = changes.state;
  if (changes.assigneeId !== undefined) row.assignee_id = changes.assigneeId;
  if (changes.claimedAt !== undefined) row.claimed_at = changes.claimedAt;
  if (changes.completedAt !== undefined) row.completed_at = changes.completedAt;
  if (changes.completedBy !== undefined) row.completed_by = changes.completedBy;
  if (changes.priority !== undefined) row.priority = changes.priority;
  if (changes.output !== undefined) row.output = changes.output === null ? null : JSON.stringify(changes.output);
  const count = await db('tasks').where({ id, version: guard.expectedVersion }).whereIn('state', [...guard.fromStates]).update(row);
  return count === 1;
}

/** Tasks of an instance by execution ids. */
export async function findTasksByExecutions(db: Db, instanceId: string, executionIds: readonly string[]): Promise<TaskRecord[]> {
  if (executionIds.length === 0) return [];
  return (await db('tasks').where({ instance_id: instanceId }).whereIn('execution_id', [...executionIds])).map(toTask);
}

/** Marks open tasks cancelled (their execution was ended by the process). */
export async function cancelTasks(db: Db, ids: readonly string[], at: number): Promise<void> {
  if (ids.length === 0) return;
  await db('tasks')
    .whereIn('id', [...ids])
    .whereIn('state', [...OPEN_TASK_STATES])
    .update({ state: TaskState.CANCELLED, completed_at: at, version: db.raw('version + 1') });
}

export { toTask as taskFromRow };

/** Marks an open task's SLA as breached; returns the task if this call marked it. */
export async function markSlaBreached(db: Db, id: string, at: number): Promise<TaskRecord | undefined> {
  const count = await db('tasks').where({ id }).whereIn('state', [...OPEN_TASK_STATES]).whereNull('sla_breached_at').update({ sla_breached_at: at });
  return count === 1 ? findTask(db, id) : undefined;
}
