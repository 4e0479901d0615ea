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

/** Where a task comes from: a BPMN user task, a live call reported by CTI, a callback request, a consultation, a live chat. */
export const TaskKind = {
  USER_TASK: 'USER_TASK',
  CALL: 'CALL',
  CALLBACK: 'CALLBACK',
  CONSULT: 'CONSULT',
  CHAT: 'CHAT',
} as const;
export type TaskKind = (typeof TaskKind)[keyof typeof TaskKind];

/** A required skill with its minimum proficiency. */
export interface SkillRequirement {
  name: string;
  level: number;
}

/** The phone call of a task: a live call reported by CTI, or the call a callback dials (kinds CALL and CALLBACK). */
export interface CallFields {
  /** The call's id in CTI events (a callback's is made up when it is requested). */
  id: string;
  answeredAt: number | null;
  /** Timestamp of the last CTI event applied to this call (older ones are ignored). */
  ctiAt: number | null;
  /** Since when the call is on hold (the platform confirmed CALL_HELD); null when it is not. */
  heldAt: number | null;
  /** Time on hold so far (closed holds), for reports. */
  holdMs: number;
}

/** A callback request (kind CALLBACK). */
export interface CallbackFields {
  /** The number it dials. */
  phone: string | null;
  /** Offered only between these times. */
  windowStart: number | null;
  windowEnd: number | null;
  /** Dial attempts made so far (taking the callback is one). */
  attempts: number;
  maxAttempts: number | null;
  /** How it ended: ANSWERED, NO_ANSWER, WINDOW_MISSED. */
  outcome: string | null;
}

/** A question asked from another task (kind CONSULT). */
export interface ConsultationFields {
  /** The task it was asked from. */
  parentTaskId: string;
}

/** The fields every task has, whatever its kind. */
export interface TaskBase {
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
  /**
   * Who the work is with. Shared by several kinds, so not in a sub-record: calls (from CTI), callbacks
   * (from the request) and consultations (copied from their parent task, so the expert sees who it is about).
   */
  customer: Record<string, unknown> | null;
  /** When the holder started (or resumed) working on it; handling time accrues from here. */
  workStartedAt: number | null;
  pausedAt: number | null;
  handlingMs: number;
  /**
   * Not offered before this time; null: at once. Only callbacks set it today (window opening, retry
   * delay), but it is a routing gate the router, pull and the agenda read whatever the kind, so it stays here.
   */
  readyAt: number | null;
  /** The site the work belongs to (its queue's, unless the model or capture named another; null: none). */
  siteId: string | null;
  /**
   * Sites whose agents may take it now (null: any site). Starts as its own site and widens by its
   * queue's escalation steps ("same site for 30 s, then any site").
   */
  siteScope: string[] | null;
  /**
   * How the contact ended, as its agent coded it at wrap-up (one of its queue's disposition codes), with
   * an optional note, who set it and when. Any kind of task may carry one; reports count by code.
   */
  dispositionCode: string | null;
  dispositionNote: string | null;
  dispositionBy: string | null;
  dispositionAt: number | null;
  version: number;
}

/** The sub-records of the kinds of work: each is null on tasks of the other kinds. */
export interface TaskKindFields {
  /** Set on CALL and CALLBACK tasks (a callback is a call the platform dials). */
  call: CallFields | null;
  /** Set on CALLBACK tasks. */
  callback: CallbackFields | null;
  /** Set on CONSULT tasks. */
  consultation: ConsultationFields | null;
}

/** A work item: a waiting user-task execution of a process instance, or live work such as a call. */
export interface TaskRecord extends TaskBase, TaskKindFields {}
