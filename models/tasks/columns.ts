import { bool, idSet, json, nullableNumber, nullableText, number, numberOr, text, type Codec } from './codecs.ts';
import {
  TaskKind,
  type CallbackFields,
  type CallFields,
  type Channel,
  type ConsultationFields,
  type SkillRequirement,
  type TaskBase,
  type TaskKindFields,
  type TaskState,
} from './task-types.ts';

/** One field's column. `mutable`: commands may change it after creation (TaskChanges). */
export interface Column<T, M extends boolean = boolean> {
  readonly column: string;
  readonly codec: Codec<T>;
  readonly mutable: M;
  /** Written when the field's sub-record is absent (the task is of another kind). */
  readonly absent: unknown;
}

/** A column for every field of R: the compiler refuses a spec that misses or adds one. */
export type ColumnSpec<R> = { readonly [K in keyof R]-?: Column<R[K]> };

const fixed = <T>(column: string, codec: Codec<T>, absent: unknown = null): Column<T, false> => ({
  column,
  codec,
  mutable: false,
  absent,
});
const mutable = <T>(column: string, codec: Codec<T>, absent: unknown = null): Column<T, true> => ({
  column,
  codec,
  mutable: true,
  absent,
});

/** The columns of the fields every task has. */
export const TASK_COLUMNS = {
  id: fixed('id', text()),
  kind: fixed('kind', text<TaskKind>()),
  instanceId: fixed('instance_id', nullableText()),
  definitionId: fixed('definition_id', nullableText()),
  definitionKey: fixed('definition_key', nullableText()),
  elementId: fixed('element_id', nullableText()),
  executionId: fixed('execution_id', text()),
  name: fixed('name', nullableText()),
  documentation: fixed('documentation', nullableText()),
  state: mutable('state', text<TaskState>()),
  channel: fixed('channel', text<Channel>()),
  assigneeId: mutable('assignee_id', nullableText()),
  candidateGroups: fixed('candidate_groups', json<string[]>([])),
  candidateUsers: fixed('candidate_users', json<string[]>([])),
  priority: mutable('priority', number),
  businessValue: fixed('business_value', number),
  skills: fixed('skills', json<SkillRequirement[]>([])),
  queue: mutable('queue', nullableText()),
  interruptible: fixed('interruptible', bool),
  formKey: fixed('form_key', nullableText()),
  loopIndex: fixed('loop_index', nullableNumber),
  dueAt: fixed('due_at', nullableNumber),
  followUpAt: fixed('follow_up_at', nullableNumber),
  slaDueAt: fixed('sla_due_at', nullableNumber),
  slaBreachedAt: fixed('sla_breached_at', nullableNumber),
  createdAt: fixed('created_at', number),
  claimedAt: mutable('claimed_at', nullableNumber),
  completedAt: mutable('completed_at', nullableNumber),
  completedBy: mutable('completed_by', nullableText()),
  output: mutable('output', json<Record<string, unknown> | null>(null)),
  // Rows from before routing have no enqueued_at: their age counts from creation.
  enqueuedAt: mutable('enqueued_at', numberOr('created_at')),
  escalationLevel: mutable('escalation_level', number),
  routingDecision: mutable('routing_decision', json<Record<string, unknown> | null>(null)),
  customer: mutable('customer', json<Record<string, unknown> | null>(null)),
  workStartedAt: mutable('work_started_at', nullableNumber),
  pausedAt: mutable('paused_at', nullableNumber),
  handlingMs: mutable('handling_ms', number),
  readyAt: mutable('ready_at', nullableNumber),
  siteId: fixed('site_id', nullableText()),
  siteScope: mutable('site_scope', idSet),
  dispositionCode: mutable('disposition_code', nullableText()),
  dispositionNote: mutable('disposition_note', nullableText()),
  dispositionBy: mutable('disposition_by', nullableText()),
  dispositionAt: mutable('disposition_at', nullableNumber),
  version: fixed('version', number),
} as const satisfies ColumnSpec<TaskBase>;

/** The columns of a task's call. */
export const CALL_COLUMNS = {
  id: fixed('call_id', text()),
  answeredAt: mutable('answered_at', nullableNumber),
  ctiAt: mutable('cti_at', nullableNumber),
  heldAt: mutable('held_at', nullableNumber),
  // NOT NULL in the schema: tasks of other kinds store 0.
  holdMs: mutable('hold_ms', number, 0),
} as const satisfies ColumnSpec<CallFields>;

/** The columns of a callback request. */
export const CALLBACK_COLUMNS = {
  phone: fixed('phone', nullableText()),
  windowStart: fixed('window_start', nullableNumber),
  windowEnd: fixed('window_end', nullableNumber),
  // NOT NULL in the schema: tasks of other kinds store 0.
  attempts: mutable('attempts', number, 0),
  maxAttempts: fixed('max_attempts', nullableNumber),
  outcome: mutable('outcome', nullableText()),
} as const satisfies ColumnSpec<CallbackFields>;

/** The columns of a consultation. */
export const CONSULTATION_COLUMNS = {
  parentTaskId: fixed('parent_task_id', text()),
} as const satisfies ColumnSpec<ConsultationFields>;

/** Each sub-record: its columns and the kinds of task that carry it. */
export const KIND_COLUMNS = {
  call: { kinds: [TaskKind.CALL, TaskKind.CALLBACK], columns: CALL_COLUMNS },
  callback: { kinds: [TaskKind.CALLBACK], columns: CALLBACK_COLUMNS },
  consultation: { kinds: [TaskKind.CONSULT], columns: CONSULTATION_COLUMNS },
} as const satisfies {
  readonly [K in keyof TaskKindFields]-?: {
    kinds: readonly TaskKind[];
    columns: ColumnSpec<NonNullable<TaskKindFields[K]>>;
  };
};
