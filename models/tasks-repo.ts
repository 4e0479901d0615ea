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
export const OPEN_TASK_STATES: readonly TaskState[] = [
  TaskState.QUEUED,
  TaskState.RESERVED,
  TaskState.ASSIGNED,
  TaskState.PAUSED,
];

/** Channels of work. */
export const Channel = { VOICE: 'VOICE', CHAT: 'CHAT', EMAIL: 'EMAIL', BACKOFFICE: 'BACKOFFICE' } as const;
export type Channel = (typeof Channel)[keyof typeof Channel];

/** Where a task comes from: a BPMN user task, a live call reported by CTI, a callback request, a consultation. */
export const TaskKind = { USER_TASK: 'USER_TASK', CALL: 'CALL', CALLBACK: 'CALLBACK', CONSULT: 'CONSULT' } as const;
export type TaskKind = (typeof TaskKind)[keyof typeof TaskKind];

/** A required skill with its minimum proficiency. */
export interface SkillRequirement {
  name: string;
  level: number;
}

/** A work item: a waiting user-task execution of a process instance, or live work such as a call. */
export interface TaskRecord {
  id: string;
  kind: TaskKind;
  /** Null for live work (calls, callbacks) that no process created. */
  instanceId: string | null;
  definitionId: string | null;
  definitionKey: string | null;
  elementId: string | null;
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
  /** Age base for routing: when the task first entered the queue (kept when it returns to the queue). */
  enqueuedAt: number;
  /** How many of its queue's escalation steps have been applied. */
  escalationLevel: number;
  /** Why the router offered or gave the task to its agent (candidates, scores, exclusions). */
  routingDecision: Record<string, unknown> | null;
  callId: string | null;
  customer: Record<string, unknown> | null;
  /** When the holder started (or resumed) working on it; handling time accrues from here. */
  workStartedAt: number | null;
  pausedAt: number | null;
  handlingMs: number;
  answeredAt: number | null;
  /** Timestamp of the last CTI event applied to this call (older ones are ignored). */
  ctiAt: number | null;
  /** Not offered before this time (a callback's window opening, or its retry delay); null: at once. */
  readyAt: number | null;
  /** A callback's window: offered only between these times. */
  windowStart: number | null;
  windowEnd: number | null;
  /** The number a callback dials. */
  phone: string | null;
  /** Dial attempts made so far (callbacks). */
  attempts: number;
  maxAttempts: number | null;
  /** How a callback ended: ANSWERED, NO_ANSWER, WINDOW_MISSED. */
  outcome: string | null;
  /** The task a consultation was asked from. */
  parentTaskId: string | null;
  version: number;
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

const toTask = (r: any): TaskRecord => ({
  id: r.id,
  kind: r.kind,
  instanceId: r.instance_id ?? null,
  definitionId: r.definition_id ?? null,
  definitionKey: r.definition_key ?? null,
  elementId: r.element_id ?? null,
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
  enqueuedAt: Number(r.enqueued_at ?? r.created_at),
  escalationLevel: Number(r.escalation_level),
  routingDecision: fromJson(r.routing_decision, null),
  callId: r.call_id ?? null,
  customer: fromJson(r.customer, null),
  workStartedAt: num(r.work_started_at),
  pausedAt: num(r.paused_at),
  handlingMs: Number(r.handling_ms),
  answeredAt: num(r.answered_at),
  ctiAt: num(r.cti_at),
  readyAt: num(r.ready_at),
  windowStart: num(r.window_start),
  windowEnd: num(r.window_end),
  phone: r.phone ?? null,
  attempts: Number(r.attempts ?? 0),
  maxAttempts: num(r.max_attempts),
  outcome: r.outcome ?? null,
  parentTaskId: r.parent_task_id ?? null,
  version: Number(r.version),
});

const toRow = (t: TaskRecord) => ({
  id: t.id,
  kind: t.kind,
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
  enqueued_at: t.enqueuedAt,
  escalation_level: t.escalationLevel,
  routing_decision: t.routingDecision === null ? null : JSON.stringify(t.routingDecision),
  call_id: t.callId,
  customer: t.customer === null ? null : JSON.stringify(t.customer),
  work_started_at: t.workStartedAt,
  paused_at: t.pausedAt,
  handling_ms: t.handlingMs,
  answered_at: t.answeredAt,
  cti_at: t.ctiAt,
  ready_at: t.readyAt,
  window_start: t.windowStart,
  window_end: t.windowEnd,
  phone: t.phone,
  attempts: t.attempts,
  max_attempts: t.maxAttempts,
  outcome: t.outcome,
  parent_task_id: t.parentTaskId,
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
    .update({ candidate_groups: JSON.stringify(groups) });
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
  const q = db('tasks')
    .where({ instance_id: instanceId })
    .orderBy([{ column: 'created_at' }, { column: 'id' }]);
  if (openOnly) q.whereIn('state', [...OPEN_TASK_STATES]);
  return (await q).map(toTask);
}

/** The task fields that commands change after creation. */
export type TaskChanges = Partial<
  Pick<
    TaskRecord,
    | 'state'
    | 'assigneeId'
    | 'claimedAt'
    | 'completedAt'
    | 'completedBy'
    | 'output'
    | 'queue'
    | 'priority'
    | 'enqueuedAt'
    | 'escalationLevel'
    | 'routingDecision'
    | 'workStartedAt'
    | 'pausedAt'
    | 'handlingMs'
    | 'answeredAt'
    | 'ctiAt'
    | 'customer'
    | 'readyAt'
    | 'attempts'
    | 'outcome'
  >
>;

const COLUMN_OF: Record<keyof TaskChanges, string> = {
  state: 'state',
  assigneeId: 'assignee_id',
  claimedAt: 'claimed_at',
  completedAt: 'completed_at',
  completedBy: 'completed_by',
  output: 'output',
  queue: 'queue',
  priority: 'priority',
  enqueuedAt: 'enqueued_at',
  escalationLevel: 'escalation_level',
  routingDecision: 'routing_decision',
  workStartedAt: 'work_started_at',
  pausedAt: 'paused_at',
  handlingMs: 'handling_ms',
  answeredAt: 'answered_at',
  ctiAt: 'cti_at',
  customer: 'customer',
  readyAt: 'ready_at',
  attempts: 'attempts',
  outcome: 'outcome',
};
const JSON_COLUMNS = new Set(['output', 'routing_decision', 'customer']);

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
  const row: Record<string, unknown> = { version: guard.expectedVersion + 1 };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const column = COLUMN_OF[key as keyof TaskChanges];
    row[column] = JSON_COLUMNS.has(column) && value !== null ? JSON.stringify(value) : value;
  }
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
  ).map(toTask);
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
  const count = await db('tasks')
    .where({ id })
    .whereIn('state', [...OPEN_TASK_STATES])
    .whereNull('sla_breached_at')
    .update({ sla_breached_at: at });
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
  ).map(toTask);
}
