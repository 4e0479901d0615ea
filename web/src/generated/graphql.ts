/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AgentInput = {
  capacity?: CapacityInput | null | undefined;
  email?: string | null | undefined;
  groups?: Array<string> | null | undefined;
  /** The user id; the user is created when it does not exist. */
  id: string | number;
  name?: string | null | undefined;
  roles?: Array<string> | null | undefined;
  /** The site the agent works at; moving needs rights on both sites. */
  site?: string | number | null | undefined;
  skills?: Array<SkillInput> | null | undefined;
};

/** What the audit log can be narrowed to. */
export type AuditFilter = {
  /** Changes by this user, or made by this admin for someone else. */
  actorId?: string | number | null | undefined;
  from?: string | null | undefined;
  subjectId?: string | number | null | undefined;
  /** Exclusive. */
  to?: string | null | undefined;
  type?: string | null | undefined;
};

export type BusinessHoursInput = {
  close: string;
  day: Weekday;
  open: string;
};

/** What an agent asks the telephony platform to do with its call (sent as a signed `call.command` webhook). */
export type CallCommand =
  /** End the call (the platform confirms with CALL_ENDED). */
  | 'HANG_UP'
  /** Put the caller on hold (confirmed by CALL_HELD). */
  | 'HOLD'
  /** Hand the call to `target`: a queue, an agent or a number (confirmed by CALL_TRANSFERRED). */
  | 'TRANSFER'
  /** Take the caller off hold (confirmed by CALL_RESUMED). */
  | 'UNHOLD';

/** How a callback ended. */
export type CallbackOutcome =
  /** The customer answered (CALL_ANSWERED for the callback's callId). */
  | 'ANSWERED'
  /** Nobody answered on the last attempt the window or maxAttempts allowed. */
  | 'NO_ANSWER'
  /** The window closed before anyone took the callback. */
  | 'WINDOW_MISSED';

/** A ready-made reply text: a title (1-100 characters, distinct in the queue) and its text (1-4,000). */
export type CannedResponseInput = {
  text: string;
  title: string;
};

export type CapacityInput = {
  BACKOFFICE?: number | null | undefined;
  CHAT?: number | null | undefined;
  EMAIL?: number | null | undefined;
  VOICE?: number | null | undefined;
  /** At most this many items at once across channels. */
  total?: number | null | undefined;
};

/** How a piece of work reaches an agent. */
export type Channel =
  /** Back-office work (every BPMN user task unless it says otherwise). */
  | 'BACKOFFICE'
  /** A chat conversation. */
  | 'CHAT'
  /** An e-mail. */
  | 'EMAIL'
  /** A phone call. */
  | 'VOICE';

/** Who wrote a chat message. */
export type ChatAuthor =
  | 'AGENT'
  | 'CUSTOMER'
  /** The desk itself (the chat ended, the customer left). */
  | 'SYSTEM';

/** Where and when to call back a chat's customer. */
export type ChatCallbackInput = {
  phone: string;
  /** The VOICE queue whose agents call back. */
  queue: string;
  windowEnd: string;
  windowStart?: string | null | undefined;
};

/** OPEN while the customer and the desk talk; ENDED once either side ended it. */
export type ChatState =
  | 'ENDED'
  | 'OPEN';

/** A new classification rule (no id) or a change of one. */
export type ClassificationRuleInput = {
  /** What it does. */
  action: RuleActionInput;
  /** Disabled rules are skipped (default true). */
  enabled?: boolean | null | undefined;
  /** The version the change is based on; a newer stored version is a CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** The rule to change; omit to create one. */
  id?: string | number | null | undefined;
  /** What the rule looks at. */
  match?: RuleMatchInput | null | undefined;
  /** Unique name. */
  name: string;
  /** Rules are tried in ascending position. */
  position: number;
};

/** Who may answer a consultation: any combination; none means anyone in the parent's queue. */
export type ConsultInput = {
  group?: string | null | undefined;
  question: string;
  skills?: Array<SkillInput> | null | undefined;
  userId?: string | number | null | undefined;
};

export type CreateUserInput = {
  email?: string | null | undefined;
  /** Groups to join; each must exist (createGroup). */
  groups?: Array<string> | null | undefined;
  /** The user id, also the sign-in name: 1-100 letters, digits, . _ @ -. */
  id: string | number;
  /** Display name (default: the id). */
  name?: string | null | undefined;
  /** Roles to grant (default none); the role matrix decides who may grant which. */
  roles?: Array<string> | null | undefined;
  /** The site the user works at. */
  site?: string | number | null | undefined;
};

export type EscalationStepInput = {
  addGroup?: string | null | undefined;
  afterSeconds: number;
  lowerSkillLevelBy?: number | null | undefined;
  moveToQueue?: string | null | undefined;
  raisePriority?: number | null | undefined;
  /** From this step on, agents of any site may take the task. */
  widenToAllSites?: boolean | null | undefined;
  /** From this step on, agents of these sites may take the task too. */
  widenToSites?: Array<string | number> | null | undefined;
};

/** A planner's percentage change to a day's forecast or to one interval of it (a campaign, a mailing). */
export type ForecastAdjustmentInput = {
  /** Default: the queue's channel. */
  channel?: Channel | null | undefined;
  /** Local date YYYY-MM-DD of the site. */
  date: string;
  /** Start of one interval of that date; omit for the whole day. */
  intervalStart?: string | null | undefined;
  /** -100 to 1000; 0 removes the adjustment. Replaces an earlier one for the same day or interval. */
  percent: number;
  queue: string;
  reason?: string | null | undefined;
  /** Default: the queue's site. */
  site?: string | number | null | undefined;
};

export type GroupInput = {
  id: string | number;
  /** Display name (default: the id). */
  name?: string | null | undefined;
};

export type HolidayInput = {
  date: string;
  name: string;
};

/** Lifecycle of a process instance. */
export type InstanceState =
  /** Running or waiting. */
  | 'ACTIVE'
  /** Stopped by cancelProcessInstance or a terminate end event. */
  | 'CANCELLED'
  /** Reached its end. */
  | 'COMPLETED';

/** A public web form to store. */
export type IntakeFormInput = {
  /** The key in the URL (letters, digits, - and _). */
  formKey: string;
  /** Field mapping: { customerName, customerEmail, customerPhone, subject, body } -> component keys. */
  mapping?: unknown;
  /** A form-js schema (JSON with components). */
  schema: unknown;
  /** Title. */
  title: string;
};

/** Where a front-line contact came in. */
export type InteractionChannel =
  /** A chat transcript. */
  | 'CHAT'
  /** An e-mail (the SMTP intake, or captured by an integration). */
  | 'EMAIL'
  /** A text message. */
  | 'SMS'
  /** A social-media message. */
  | 'SOCIAL'
  /** A call's wrap-up. */
  | 'VOICE'
  /** A public web form (POST /intake/:formKey). */
  | 'WEB_FORM';

/** INBOUND: the customer contacted us; OUTBOUND: our reply. */
export type InteractionDirection =
  /** From the customer. */
  | 'INBOUND'
  /** From us. */
  | 'OUTBOUND';

/** What intake did with an interaction. */
export type InteractionOutcome =
  /** Delivered as the customerContact message into the open case waiting for it. */
  | 'CORRELATED'
  /** Joined an open case that was not waiting for a contact; listed on its open tasks. */
  | 'LINKED'
  /** Stored, still being classified. */
  | 'PENDING'
  /** Our own reply. */
  | 'SENT'
  /** A classification rule started a new case. */
  | 'STARTED'
  /** No rule matched: a triage case was started. */
  | 'TRIAGE';

/** What a node does: the LEADER routes; a STANDBY serves requests and takes over when the leader dies. */
export type NodeRole =
  | 'LEADER'
  | 'STANDBY';

/** Where an agent stands: OFFLINE AVAILABLE BUSY WRAP_UP AWAY. */
export type Presence =
  | 'AVAILABLE'
  | 'AWAY'
  | 'BUSY'
  | 'OFFLINE'
  | 'WRAP_UP';

/** Narrows an instance list; every field given must match. */
export type ProcessInstanceFilter = {
  /** Instances with exactly this business key. */
  businessKey?: string | null | undefined;
  /** Instances of this process key. */
  processKey?: string | null | undefined;
  /** Instances in this state. */
  state?: InstanceState | null | undefined;
};

export type QueueInput = {
  /** 0-3600, default 5. */
  abandonGraceSeconds?: number | null | undefined;
  agingPerMinute?: number | null | undefined;
  /** Count the SLA of its tasks in the site's business hours (default false). */
  businessHoursSla?: boolean | null | undefined;
  /** Replaces the list (at most 50). */
  cannedResponses?: Array<CannedResponseInput> | null | undefined;
  channel?: Channel | null | undefined;
  /** Replaces the list (at most 50 codes of 1-100 letters, digits, _ . -); [] clears it. */
  dispositionCodes?: Array<string> | null | undefined;
  escalation?: Array<EscalationStepInput> | null | undefined;
  maxMissedOffers?: number | null | undefined;
  name: string;
  pauseReturnSeconds?: number | null | undefined;
  reservationTimeoutSeconds?: number | null | undefined;
  /** Default EXCLUDE_SHORT_ABANDONS. */
  serviceLevelRule?: ServiceLevelRule | null | undefined;
  /** The site the queue belongs to. */
  site?: string | number | null | undefined;
  slaSeconds?: number | null | undefined;
  slaTargetPercent?: number | null | undefined;
};

/** A mail reply to a customer's contact. */
export type ReplyToInteractionInput = {
  /** Plain-text body. */
  body: string;
  /** The interaction answered. */
  interactionId: string | number;
  /** Subject; default: Re: <subject> [<case reference>]. */
  subject?: string | null | undefined;
  /** The task the reply is written from (the reply is listed on it). */
  taskId?: string | number | null | undefined;
};

/** What a report covers (docs/reports.md). Intervals start at local times of `timeZone`. */
export type ReportFilter = {
  /** Only these agents (agentReport). */
  agents?: Array<string | number> | null | undefined;
  /** Only these channels (queueReport). */
  channels?: Array<Channel> | null | undefined;
  /** Start of the range (rounded down to 15 minutes). */
  from: string;
  /** Only agents of these groups (agentReport). */
  groups?: Array<string | number> | null | undefined;
  /** Interval size: a multiple of 15 that divides a day, or whole days (default 30); processReport: without it, no intervals. */
  intervalMinutes?: number | null | undefined;
  /** Only these queues (queueReport). */
  queues?: Array<string> | null | undefined;
  /** Only these sites (and always only the sites the caller supervises). */
  sites?: Array<string | number> | null | undefined;
  /** An IANA zone (Europe/Berlin) or a site id whose zone to use; default UTC. */
  timeZone?: string | null | undefined;
  /** End of the range (exclusive). */
  to: string;
  /** queueReport: add total rows (total: true): all queues per interval (queue `*`), each queue over the range, everything over the range. */
  totals?: boolean | null | undefined;
};

/** A reservation's life: PENDING, then ACCEPTED, REJECTED, TIMED_OUT or RESCINDED. */
export type ReservationState =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REJECTED'
  | 'RESCINDED'
  | 'TIMED_OUT';

export type RosterShiftInput = {
  agentId: string | number;
  breaks?: Array<ShiftBreakInput> | null | undefined;
  date: string;
  end: string;
  /** Omit for a new shift; with an id, the shift may move to another agent or day. */
  id?: string | number | null | undefined;
  queue?: string | null | undefined;
  /** Default: the agent's site. */
  site?: string | number | null | undefined;
  start: string;
};

/** What a matching rule does: exactly one of processKey and messageName. */
export type RuleActionInput = {
  /** The new case's `businessValue` variable (0-100). */
  businessValue?: number | null | undefined;
  /** Deliver this message; the process with that message start event starts. */
  messageName?: string | null | undefined;
  /** The new case's `priority` variable (0-100). */
  priority?: number | null | undefined;
  /** Start the latest version of this process. */
  processKey?: string | null | undefined;
  /** Process variable -> source (subject, body, channel, customer.email, attributes.x) or { value: literal } (a JSON object). */
  variables?: unknown;
};

/** What a classification rule looks at; every part given must match. */
export type RuleMatchInput = {
  /** Attributes that must equal these string values (a JSON object). */
  attributes?: unknown;
  /** A regular expression (case-insensitive, at most 200 characters) the body must match. */
  bodyPattern?: string | null | undefined;
  /** Any of these channels. */
  channels?: Array<InteractionChannel> | null | undefined;
  /** Any of these words (case-insensitive) in subject or body. */
  keywords?: Array<string> | null | undefined;
  /** A regular expression (case-insensitive, at most 200 characters) the subject must match. */
  subjectPattern?: string | null | undefined;
};

/**
 * How abandoned live contacts (calls) count towards a queue's service level; docs/routing.md defines each.
 * Other work always counts when completed, as met when completed by its SLA deadline.
 */
export type ServiceLevelRule =
  /** Answered within slaSeconds / offered: every abandoned call counts against. */
  | 'ABANDONS_COUNT_AGAINST'
  /** (Answered within slaSeconds + abandoned within slaSeconds) / offered: a caller who hung up before the threshold counts as met. */
  | 'ABANDONS_WITHIN_THRESHOLD_COUNT_FOR'
  /** Answered within slaSeconds / (offered - abandoned within abandonGraceSeconds). The default. */
  | 'EXCLUDE_SHORT_ABANDONS'
  /** Answered within slaSeconds / answered: abandoned calls are left out. */
  | 'IGNORE_ABANDONS';

export type SetPresenceInput = {
  /** Another agent (supervisors); default the viewer. */
  agentId?: string | number | null | undefined;
  reason?: string | null | undefined;
  state: Presence;
};

export type ShiftBreakInput = {
  end: string;
  start: string;
};

/** Where a simulation run stands: RUNNING (or waiting for its turn, progress 0) until DONE, FAILED or CANCELLED. */
export type SimulationState =
  | 'CANCELLED'
  | 'DONE'
  | 'FAILED'
  | 'RUNNING';

/** Creates or changes a site; on an existing site what is left out keeps its value. */
export type SiteInput = {
  /** Replaces the weekly hours when given. */
  businessHours?: Array<BusinessHoursInput> | null | undefined;
  /** Replaces the holidays when given. */
  holidays?: Array<HolidayInput> | null | undefined;
  id: string | number;
  /** Needed to create. */
  name?: string | null | undefined;
  /** Replaces who supervises the site when given (user ids). */
  supervisors?: Array<string | number> | null | undefined;
  /** IANA time zone, needed to create; an unknown zone is BAD_USER_INPUT. */
  timeZone?: string | null | undefined;
};

export type SkillInput = {
  /** Proficiency 1-10. */
  level: number;
  name: string;
};

/** What to start. */
export type StartProcessInput = {
  /** Your own reference for the case. */
  businessKey?: string | null | undefined;
  /** The process key (BPMN process id); the latest version starts. */
  key: string;
  /** Initial variables (a JSON object). */
  variables?: unknown;
};

/** Narrows a task list; every field given must match. */
export type TaskFilter = {
  /** User id of the assignee. */
  assignee?: string | number | null | undefined;
  /** Tasks naming this candidate group. */
  candidateGroup?: string | null | undefined;
  /** Tasks naming this candidate user. */
  candidateUser?: string | null | undefined;
  /** Tasks due before this instant. */
  dueBefore?: string | null | undefined;
  /** Only tasks the viewer can take now (queued, a candidate or no candidates named, every required skill, a channel it has capacity for, a callback inside its window), offers made to the viewer, and its own open tasks; never work someone else holds or has on offer. */
  eligible?: boolean | null | undefined;
  /** Only the viewer's own tasks. */
  mine?: boolean | null | undefined;
  /** Tasks of this instance. */
  processInstanceId?: string | number | null | undefined;
  /** Tasks of this process key. */
  processKey?: string | null | undefined;
  /** Tasks in this queue. */
  queue?: string | null | undefined;
  /** Order (default PRIORITY). */
  sort?: TaskSort | null | undefined;
  /** Tasks in this state. */
  state?: TaskState | null | undefined;
  /** Tasks in any of these states. */
  states?: Array<TaskState> | null | undefined;
  /** Case-insensitive search in name and documentation. */
  text?: string | null | undefined;
  /** Only tasks nobody holds. */
  unassigned?: boolean | null | undefined;
};

/** A form to deploy. */
export type TaskFormInput = {
  /** The key user tasks name in camunda:formKey. */
  key: string;
  /** A form-js schema with keyed input components. */
  schema: unknown;
};

/** Where a task comes from. */
export type TaskKind =
  /** A live call reported by the telephony platform. */
  | 'CALL'
  /** An outbound call requested by a customer (virtual hold). */
  | 'CALLBACK'
  /** A live chat a customer opened on a chat queue's public page. */
  | 'CHAT'
  /** A question from a task's holder to a colleague. */
  | 'CONSULT'
  /** A BPMN user task. */
  | 'USER_TASK';

/** Order of a task list. */
export type TaskSort =
  /** Oldest first. */
  | 'CREATED'
  /** Newest first. */
  | 'CREATED_DESC'
  /** Earliest due date first (no due date last). */
  | 'DUE'
  /** Highest priority first, then oldest. */
  | 'PRIORITY';

/** Lifecycle of a task. */
export type TaskState =
  /** Held by its assignee. */
  | 'ASSIGNED'
  /** Ended by its process (cancelled instance, boundary event). */
  | 'CANCELLED'
  /** Done. */
  | 'COMPLETED'
  /** Set aside while its agent does live work. */
  | 'PAUSED'
  /** Waiting for someone to take it. */
  | 'QUEUED'
  /** Offered to one agent, who may accept or reject it. */
  | 'RESERVED';

export type UpdateUserInput = {
  /** false deactivates (as deactivateUser), true reactivates. */
  active?: boolean | null | undefined;
  /** An empty string clears it. */
  email?: string | null | undefined;
  /** Replaces the user's groups; each must exist. */
  groups?: Array<string> | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  /** Moves the user to this site (empty string: no site); needs rights on both sites. */
  site?: string | number | null | undefined;
};

/** What the users list can be narrowed to. */
export type UserFilter = {
  /** Only active (true) or deactivated (false) users. */
  active?: boolean | null | undefined;
  /** Members of this group. */
  group?: string | null | undefined;
  /** Users holding this role. */
  role?: string | null | undefined;
  /** Part of the id, name or e-mail (case-insensitive). */
  search?: string | null | undefined;
};

/** Why a task waits, most fundamental first. */
export type WaitReasonCode =
  /** The qualified agents present have no room. */
  | 'ALL_AT_CAPACITY'
  /** Every qualified agent with room declined it. */
  | 'DECLINED'
  /** Someone could take it now; it waits for its turn or a claim. */
  | 'IN_LINE'
  /** Qualified agents exist but none is AVAILABLE or BUSY. */
  | 'NOBODY_PRESENT'
  /** Its window (or retry delay) has not opened yet. */
  | 'NOT_OPEN'
  /** The task is reserved, assigned, paused or closed. */
  | 'NOT_WAITING'
  /** No single agent has all the skills at their levels. */
  | 'NO_AGENT_HAS_ALL_SKILLS'
  /** No agent has this skill at this level. */
  | 'NO_AGENT_HAS_SKILL'
  /** Nobody with the skills is in the candidate groups or users. */
  | 'NO_CANDIDATE'
  /** The qualified agents take no work of the task's channel. */
  | 'NO_CHANNEL_CAPACITY'
  /** Agents at other sites would qualify, but the task is not (yet) open to their sites. */
  | 'OTHER_SITES'
  /** Its window has closed (a callback nobody took in time). */
  | 'WINDOW_CLOSED';

/** A day of the week (ISO order). */
export type Weekday =
  | 'FRI'
  | 'MON'
  | 'SAT'
  | 'SUN'
  | 'THU'
  | 'TUE'
  | 'WED';

export type CannedResponsesQueryVariables = Exact<{
  id: string | number;
}>;


export type CannedResponsesQuery = { task: { id: string, cannedResponses: Array<{ title: string, text: string }> } | null };

export type ClusterNodesQueryVariables = Exact<{ [key: string]: never; }>;


export type ClusterNodesQuery = { cluster: { leaderTerm: number, nodes: Array<{ id: string, host: string, startedAt: string, lastSeenAt: string, role: NodeRole, version: string, stale: boolean }> } };

export type ContactFragment = { id: string, channel: InteractionChannel, direction: InteractionDirection, subject: string | null, body: string | null, createdAt: string, attributes: unknown, attachments: Array<{ filename: string | null, contentType: string, size: number }>, customer: { name: string | null, email: string | null, phone: string | null } | null };

export type HeatMapDefinitionQueryVariables = Exact<{
  key: string;
}>;


export type HeatMapDefinitionQuery = { processDefinitions: Array<{ id: string, version: number, name: string | null, bpmnXml: string }> };

export type HeatMapReportQueryVariables = Exact<{
  filter: ReportFilter;
  key: string;
}>;


export type HeatMapReportQuery = { processReport: { instancesStarted: number, instancesCompleted: number, instancesCancelled: number, duration: { p50Seconds: number | null, p90Seconds: number | null }, elements: Array<{ elementId: string, count: number, waiting: { meanSeconds: number | null, p90Seconds: number | null }, working: { meanSeconds: number | null, p90Seconds: number | null }, total: { meanSeconds: number | null, p90Seconds: number | null } }>, slaBreachStarts: Array<{ elementId: string, count: number }> } };

export type StartFormModelQueryVariables = Exact<{
  id: string | number;
}>;


export type StartFormModelQuery = { processDefinition: { bpmnXml: string } | null };

export type StartProcessMutationVariables = Exact<{
  i: StartProcessInput;
}>;


export type StartProcessMutation = { startProcess: { id: string, businessKey: string | null } };

export type WhyWaitingQueryVariables = Exact<{
  id: string | number;
}>;


export type WhyWaitingQuery = { whyWaiting: { waiting: boolean, qualifiedAgents: number, presentAgents: number, freeAgents: number, claimers: number, nextEscalationAt: string | null, reasons: Array<{ code: WaitReasonCode, requirement: string | null }>, skills: Array<{ name: string, level: number, agents: number, bestLevel: number | null }> } };

export type SendChatMessageMutationVariables = Exact<{
  id: string | number;
  body: string;
}>;


export type SendChatMessageMutation = { sendChatMessage: { seq: number } };

export type CloseChatMutationVariables = Exact<{
  id: string | number;
  code?: string | null | undefined;
  note?: string | null | undefined;
}>;


export type CloseChatMutation = { closeChat: { id: string, state: ChatState, endReason: string | null } };

export type ChatToCallbackMutationVariables = Exact<{
  id: string | number;
  input: ChatCallbackInput;
}>;


export type ChatToCallbackMutation = { chatToCallback: { id: string } };

export type DeskChatFragment = { id: string, queue: string, state: ChatState, customerName: string | null, customerEmail: string | null, caseReference: string | null, endReason: string | null, task: { id: string, dispositionCodes: Array<string> } | null, messages: Array<{ seq: number, author: ChatAuthor, body: string, at: string }> };

export type MyChatsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyChatsQuery = { myChats: Array<{ id: string, queue: string, state: ChatState, customerName: string | null, customerEmail: string | null, caseReference: string | null, endReason: string | null, task: { id: string, dispositionCodes: Array<string> } | null, messages: Array<{ seq: number, author: ChatAuthor, body: string, at: string }> }> };

export type DeskChatByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type DeskChatByIdQuery = { chat: { id: string, queue: string, state: ChatState, customerName: string | null, customerEmail: string | null, caseReference: string | null, endReason: string | null, task: { id: string, dispositionCodes: Array<string> } | null, messages: Array<{ seq: number, author: ChatAuthor, body: string, at: string }> } | null };

export type MyChatEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyChatEventsSubscription = { myChatEvents: { type: string, conversation: { id: string, state: ChatState, endReason: string | null }, message: { seq: number, author: ChatAuthor, body: string, at: string } | null } };

export type MyChatWorkSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyChatWorkSubscription = { myWork: { type: string } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type ContactsInteractionFragment = { id: string, channel: InteractionChannel, direction: InteractionDirection, subject: string | null, body: string | null, attributes: unknown, createdAt: string, outcome: InteractionOutcome, caseReference: string | null, attachments: Array<{ filename: string | null, contentType: string, size: number }>, customer: { id: string, name: string | null, email: string | null, phone: string | null } | null, case: { id: string, businessKey: string | null } | null };

export type ContactsTaskExtrasQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactsTaskExtrasQuery = { task: { id: string, kind: TaskKind, state: TaskState, assignee: { id: string } | null, callback: { phone: string, windowStart: string, windowEnd: string, attempts: number, maxAttempts: number, outcome: CallbackOutcome | null, readyAt: string | null } | null, consultations: Array<{ id: string, state: TaskState, question: string, answer: string | null, answeredAt: string | null, answeredBy: { id: string, name: string } | null }>, parentTask: { id: string, name: string | null, processInstance: { id: string, businessKey: string | null } | null } | null, interactions: Array<{ id: string, channel: InteractionChannel, direction: InteractionDirection, subject: string | null, body: string | null, attributes: unknown, createdAt: string, outcome: InteractionOutcome, caseReference: string | null, attachments: Array<{ filename: string | null, contentType: string, size: number }>, customer: { id: string, name: string | null, email: string | null, phone: string | null } | null, case: { id: string, businessKey: string | null } | null }> } | null };

export type ContactsWorkSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ContactsWorkSubscription = { myWork: { type: string, task: { id: string } | null } };

export type ContactsConsultMutationVariables = Exact<{
  id: string | number;
  input: ConsultInput;
}>;


export type ContactsConsultMutation = { consultTask: { id: string } };

export type ContactsAnswerConsultationMutationVariables = Exact<{
  id: string | number;
  answer: string;
}>;


export type ContactsAnswerConsultationMutation = { answerConsultation: { id: string } };

export type ContactsClaimCallbackMutationVariables = Exact<{
  id: string | number;
}>;


export type ContactsClaimCallbackMutation = { claimTask: { id: string } };

export type ContactsSearchCustomersQueryVariables = Exact<{
  q: string;
}>;


export type ContactsSearchCustomersQuery = { customers: Array<{ id: string, name: string | null, email: string | null, phone: string | null }> };

export type ContactsCustomerQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactsCustomerQuery = { customer: { id: string, name: string | null, email: string | null, phone: string | null, createdAt: string, mergedInto: string | null, interactions: { totalCount: number, edges: Array<{ node: { id: string, channel: InteractionChannel, direction: InteractionDirection, subject: string | null, body: string | null, attributes: unknown, createdAt: string, outcome: InteractionOutcome, caseReference: string | null, attachments: Array<{ filename: string | null, contentType: string, size: number }>, customer: { id: string, name: string | null, email: string | null, phone: string | null } | null, case: { id: string, businessKey: string | null } | null } }> }, cases: Array<{ id: string, businessKey: string | null, key: string, state: InstanceState, startedAt: string, endedAt: string | null }>, tasks: Array<{ id: string, name: string | null, state: TaskState, createdAt: string, completedAt: string | null, kind: TaskKind, channel: Channel, assignee: { name: string } | null }>, merges: Array<{ sourceId: string, sourceName: string | null, sourceEmail: string | null, sourcePhone: string | null, interactionsMoved: number, at: string, actor: { name: string } | null }> } | null };

export type ContactsMergeCustomersMutationVariables = Exact<{
  s: string | number;
  t: string | number;
}>;


export type ContactsMergeCustomersMutation = { mergeCustomers: { id: string } };

export type ContactsInteractionQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactsInteractionQuery = { interaction: { messageId: string | null, id: string, channel: InteractionChannel, direction: InteractionDirection, subject: string | null, body: string | null, attributes: unknown, createdAt: string, outcome: InteractionOutcome, caseReference: string | null, rule: { id: string, name: string } | null, attachments: Array<{ filename: string | null, contentType: string, size: number }>, customer: { id: string, name: string | null, email: string | null, phone: string | null } | null, case: { id: string, businessKey: string | null } | null } | null };

export type ContactsCaseContactsQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactsCaseContactsQuery = { interactions: { edges: Array<{ node: { id: string, channel: InteractionChannel, direction: InteractionDirection, subject: string | null, body: string | null, attributes: unknown, createdAt: string, outcome: InteractionOutcome, caseReference: string | null, attachments: Array<{ filename: string | null, contentType: string, size: number }>, customer: { id: string, name: string | null, email: string | null, phone: string | null } | null, case: { id: string, businessKey: string | null } | null } }> } };

export type ContactsReplyMutationVariables = Exact<{
  input: ReplyToInteractionInput;
}>;


export type ContactsReplyMutation = { replyToInteraction: { id: string } };

export type ContactsRuleFragment = { id: string, name: string, position: number, enabled: boolean, version: number, updatedAt: string, problem: string | null, updatedBy: { name: string } | null, match: { channels: Array<InteractionChannel> | null, attributes: unknown, keywords: Array<string> | null, subjectPattern: string | null, bodyPattern: string | null }, action: { processKey: string | null, messageName: string | null, variables: unknown, priority: number | null, businessValue: number | null } };

export type ContactsRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactsRulesQuery = { classificationRules: Array<{ id: string, name: string, position: number, enabled: boolean, version: number, updatedAt: string, problem: string | null, updatedBy: { name: string } | null, match: { channels: Array<InteractionChannel> | null, attributes: unknown, keywords: Array<string> | null, subjectPattern: string | null, bodyPattern: string | null }, action: { processKey: string | null, messageName: string | null, variables: unknown, priority: number | null, businessValue: number | null } }> };

export type ContactsRuleVersionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactsRuleVersionsQuery = { classificationRules: Array<{ id: string, versions: Array<{ version: number, change: string, snapshot: unknown, at: string, actor: { name: string } | null }> }> };

export type ContactsUpsertRuleMutationVariables = Exact<{
  input: ClassificationRuleInput;
}>;


export type ContactsUpsertRuleMutation = { upsertClassificationRule: { id: string, name: string, position: number, enabled: boolean, version: number, updatedAt: string, problem: string | null, updatedBy: { name: string } | null, match: { channels: Array<InteractionChannel> | null, attributes: unknown, keywords: Array<string> | null, subjectPattern: string | null, bodyPattern: string | null }, action: { processKey: string | null, messageName: string | null, variables: unknown, priority: number | null, businessValue: number | null } } };

export type ContactsDeleteRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type ContactsDeleteRuleMutation = { deleteClassificationRule: { id: string } };

export type ContactsIntakeFormsQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactsIntakeFormsQuery = { intakeForms: Array<{ formKey: string, title: string, schema: unknown, mapping: unknown, version: number, updatedAt: string, problem: string | null, versions: Array<{ version: number, title: string, mapping: unknown, at: string, actor: { name: string } | null }> }> };

export type ContactsUpsertIntakeFormMutationVariables = Exact<{
  input: IntakeFormInput;
}>;


export type ContactsUpsertIntakeFormMutation = { upsertIntakeForm: { formKey: string, version: number } };

export type TaskFormQueryVariables = Exact<{
  key: string;
}>;


export type TaskFormQuery = { taskForm: { schema: unknown } | null };

export type DeployTaskFormsMutationVariables = Exact<{
  forms: Array<TaskFormInput> | TaskFormInput;
}>;


export type DeployTaskFormsMutation = { deployTaskForms: Array<{ key: string, version: number }> };

export type PeopleUserFragment = { id: string, name: string, email: string | null, roles: Array<string>, groups: Array<string>, active: boolean, mustChangePassword: boolean };

export type PeopleUsersQueryVariables = Exact<{
  f?: UserFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type PeopleUsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, email: string | null, roles: Array<string>, groups: Array<string>, active: boolean, mustChangePassword: boolean } }> } };

export type PeopleCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type PeopleCreateUserMutation = { createUser: { id: string, name: string, email: string | null, roles: Array<string>, groups: Array<string>, active: boolean, mustChangePassword: boolean } };

export type PeopleUpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type PeopleUpdateUserMutation = { updateUser: { id: string, name: string, email: string | null, roles: Array<string>, groups: Array<string>, active: boolean, mustChangePassword: boolean } };

export type PeopleSetUserRolesMutationVariables = Exact<{
  id: string | number;
  roles: Array<string> | string;
}>;


export type PeopleSetUserRolesMutation = { setUserRoles: { id: string, name: string, email: string | null, roles: Array<string>, groups: Array<string>, active: boolean, mustChangePassword: boolean } };

export type PeopleDeactivateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type PeopleDeactivateUserMutation = { deactivateUser: { id: string, name: string, email: string | null, roles: Array<string>, groups: Array<string>, active: boolean, mustChangePassword: boolean } };

export type PeopleResetPasswordMutationVariables = Exact<{
  id: string | number;
}>;


export type PeopleResetPasswordMutation = { resetPassword: string };

export type PeopleSetSkillsMutationVariables = Exact<{
  input: AgentInput;
}>;


export type PeopleSetSkillsMutation = { upsertAgent: { id: string, skills: Array<{ name: string, level: number }> } };

export type PeopleGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type PeopleGroupsQuery = { groups: Array<{ id: string, name: string, members: Array<{ id: string }> }> };

export type PeopleCreateGroupMutationVariables = Exact<{
  input: GroupInput;
}>;


export type PeopleCreateGroupMutation = { createGroup: { id: string } };

export type PeopleUpdateGroupMutationVariables = Exact<{
  input: GroupInput;
}>;


export type PeopleUpdateGroupMutation = { updateGroup: { id: string } };

export type PeopleSetGroupMembersMutationVariables = Exact<{
  id: string | number;
  members: Array<string | number> | string | number;
}>;


export type PeopleSetGroupMembersMutation = { setGroupMembers: { id: string } };

export type PeopleDeleteGroupMutationVariables = Exact<{
  id: string | number;
}>;


export type PeopleDeleteGroupMutation = { deleteGroup: boolean };

export type PeopleAuditLogQueryVariables = Exact<{
  f?: AuditFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type PeopleAuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, type: string, subjectType: string, subjectId: string, actorId: string | null, onBehalfOf: string | null, at: string, before: unknown, after: unknown } }> } };

export type PeopleQueuesQueryVariables = Exact<{ [key: string]: never; }>;


export type PeopleQueuesQuery = { queues: Array<{ name: string, channel: Channel, slaSeconds: number, slaTargetPercent: number, reservationTimeoutSeconds: number, agingPerMinute: number, serviceLevelRule: ServiceLevelRule, abandonGraceSeconds: number, dispositionCodes: Array<string>, businessHoursSla: boolean, cannedResponses: Array<{ title: string, text: string }>, escalation: Array<{ afterSeconds: number, lowerSkillLevelBy: number | null, addGroup: string | null, raisePriority: number | null, moveToQueue: string | null, widenToSites: Array<string> | null, widenToAllSites: boolean | null }>, site: { id: string } | null }> };

export type PeopleUpsertQueueMutationVariables = Exact<{
  input: QueueInput;
}>;


export type PeopleUpsertQueueMutation = { upsertQueue: { name: string } };

export type PeopleAgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type PeopleAgentsQuery = { agents: Array<{ id: string, name: string, site: { id: string } | null, skills: Array<{ name: string, level: number }>, capacity: { VOICE: number, CHAT: number, EMAIL: number, BACKOFFICE: number, total: number } }> };

export type PeopleUpsertAgentMutationVariables = Exact<{
  input: AgentInput;
}>;


export type PeopleUpsertAgentMutation = { upsertAgent: { id: string } };

export type PlanningQueuesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanningQueuesQuery = { queues: Array<{ name: string, channel: Channel, slaSeconds: number, site: { timeZone: string } | null }> };

export type PlanningViewQueryVariables = Exact<{
  queue: string;
  from: string;
  to: string;
  interval?: number | null | undefined;
}>;


export type PlanningViewQuery = { forecast: { timeZone: string, intervals: Array<{ start: string, arrivals: number, closed: boolean }>, history: Array<{ start: string, arrivals: number }>, accuracy: { wape: number | null, baselineWape: number | null, folds: number } }, staffingPlan: Array<{ start: string, forecastArrivals: number, averageHandleSeconds: number, requiredErlangC: number, requiredErlangA: number | null, rostered: number, present: number | null, gap: number }>, rosterShifts: Array<{ id: string, agentId: string, date: string, start: string, end: string, queue: string | null, breaks: Array<{ start: string, end: string }> }>, queuePlanning: { patienceSeconds: number | null } };

export type PlanningUpsertShiftMutationVariables = Exact<{
  input: RosterShiftInput;
}>;


export type PlanningUpsertShiftMutation = { upsertRosterShift: { id: string } };

export type PlanningDeleteShiftMutationVariables = Exact<{
  id: string | number;
}>;


export type PlanningDeleteShiftMutation = { deleteRosterShift: boolean };

export type PlanningImportRosterMutationVariables = Exact<{
  csv: string;
}>;


export type PlanningImportRosterMutation = { importRoster: number };

export type PlanningAdjustForecastMutationVariables = Exact<{
  input: ForecastAdjustmentInput;
}>;


export type PlanningAdjustForecastMutation = { adjustForecast: boolean };

export type PlanningDayScenarioQueryVariables = Exact<{
  date: string;
  queue?: string | null | undefined;
  interval?: number | null | undefined;
}>;


export type PlanningDayScenarioQuery = { daySimulationScenario: unknown };

export type PlanningSimulateMutationVariables = Exact<{
  scenario: unknown;
}>;


export type PlanningSimulateMutation = { simulate: { id: string } };

export type PlanningSimulationRunQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanningSimulationRunQuery = { simulationRun: { id: string, state: SimulationState, progress: number, result: unknown, error: string | null } | null };

export type TaskRowFragment = { id: string, name: string | null, state: TaskState, queue: string | null, priority: number, dueAt: string | null, slaDueAt: string | null, slaBreachedAt: string | null, createdAt: string, channel: Channel, assignee: { id: string, name: string } | null, processDefinition: { key: string } | null };

export type TasksQueryVariables = Exact<{
  filter?: TaskFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TasksQuery = { tasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string | null, state: TaskState, queue: string | null, priority: number, dueAt: string | null, slaDueAt: string | null, slaBreachedAt: string | null, createdAt: string, channel: Channel, assignee: { id: string, name: string } | null, processDefinition: { key: string } | null } }> } };

export type TaskEventsSubscriptionVariables = Exact<{
  queue?: string | null | undefined;
}>;


export type TaskEventsSubscription = { taskEvents: { type: string, task: { id: string, name: string | null, state: TaskState, queue: string | null, priority: number, dueAt: string | null, slaDueAt: string | null, slaBreachedAt: string | null, createdAt: string, channel: Channel, assignee: { id: string, name: string } | null, processDefinition: { key: string } | null } } };

export type ClaimTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type ClaimTaskMutation = { claimTask: { id: string } };

export type UnclaimTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type UnclaimTaskMutation = { unclaimTask: { id: string } };

export type TaskQueryVariables = Exact<{
  id: string | number;
}>;


export type TaskQuery = { task: { documentation: string | null, formKey: string | null, variables: unknown, elementId: string | null, candidateGroups: Array<string>, businessValue: number, id: string, name: string | null, state: TaskState, queue: string | null, priority: number, dueAt: string | null, slaDueAt: string | null, slaBreachedAt: string | null, createdAt: string, channel: Channel, skills: Array<{ name: string, level: number }>, processInstance: { id: string, businessKey: string | null, tasks: Array<{ id: string, name: string | null, elementId: string | null }>, history: Array<{ id: string, type: string, at: string, elementId: string | null, elementName: string | null, taskId: string | null, actor: { id: string, name: string } | null }> } | null, interactions: Array<{ id: string, channel: InteractionChannel, direction: InteractionDirection, subject: string | null, body: string | null, createdAt: string, attributes: unknown, attachments: Array<{ filename: string | null, contentType: string, size: number }>, customer: { name: string | null, email: string | null, phone: string | null } | null }>, assignee: { id: string, name: string } | null, processDefinition: { key: string } | null } | null };

export type AdminSitesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminSitesQuery = { sites: Array<{ id: string, name: string, timeZone: string, businessHours: Array<{ day: Weekday, open: string, close: string }>, holidays: Array<{ date: string, name: string }>, supervisors: Array<{ id: string }> }> };

export type AdminUpsertSiteMutationVariables = Exact<{
  input: SiteInput;
}>;


export type AdminUpsertSiteMutation = { upsertSite: { id: string } };

export type MySupervisedSitesQueryVariables = Exact<{ [key: string]: never; }>;


export type MySupervisedSitesQuery = { me: { id: string, supervisedSites: Array<{ id: string, name: string }> } };

export type AgentDeskQueryVariables = Exact<{
  id: string | number;
}>;


export type AgentDeskQuery = { agent: { id: string, name: string, presence: Presence, presenceReason: string | null, presenceSince: string, skills: Array<{ name: string, level: number }>, capacity: { total: number }, load: { total: number }, tasks: Array<{ id: string, name: string | null, state: TaskState, kind: TaskKind, channel: Channel, queue: string | null, callId: string | null, customer: unknown, pausedAt: string | null, onHold: boolean, holdSeconds: number, waitSeconds: number, customerCard: { customerId: string | null, name: string | null, phone: string | null, recentContacts: Array<{ id: string, channel: InteractionChannel, subject: string | null, at: string }>, openCases: Array<{ id: string, definitionKey: string, businessKey: string | null, startedAt: string }> } | null }>, wrapUp: Array<{ id: string, name: string | null, queue: string | null, dispositionCode: string | null, dispositionCodes: Array<string> }>, reservations: Array<{ id: string, state: ReservationState, createdAt: string, expiresAt: string, task: { id: string, name: string | null, queue: string | null, kind: TaskKind, channel: Channel, priority: number, skills: Array<{ name: string, level: number }> } }> } | null };

export type PresenceReasonsQueryVariables = Exact<{ [key: string]: never; }>;


export type PresenceReasonsQuery = { presenceReasons: Array<string> };

export type CallCommandMutationVariables = Exact<{
  taskId: string | number;
  command: CallCommand;
  target?: string | null | undefined;
}>;


export type CallCommandMutation = { callCommand: { id: string } };

export type SetDispositionMutationVariables = Exact<{
  taskId: string | number;
  code: string;
  note?: string | null | undefined;
}>;


export type SetDispositionMutation = { setDisposition: { id: string, dispositionCode: string | null } };

export type MyWorkSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyWorkSubscription = { myWork: { type: string } };

export type SetPresenceMutationVariables = Exact<{
  i: SetPresenceInput;
}>;


export type SetPresenceMutation = { setPresence: { id: string } };

export type AcceptReservationMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptReservationMutation = { acceptReservation: { id: string } };

export type RejectReservationMutationVariables = Exact<{
  id: string | number;
}>;


export type RejectReservationMutation = { rejectReservation: { id: string } };

export type ResumeTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type ResumeTaskMutation = { resumeTask: { id: string } };

export type ChangePasswordMutationVariables = Exact<{
  o: string;
  n: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type DefinitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DefinitionsQuery = { processDefinitions: Array<{ id: string, key: string, version: number, name: string | null, deployedAt: string, deployedBy: { name: string } | null }> };

export type DefinitionWarningsFragment = { id: string, warnings: Array<{ elementId: string, elementName: string | null, code: string, requirement: string }> };

export type CompareVersionsQueryVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type CompareVersionsQuery = { a: { bpmnXml: string } | null, b: { bpmnXml: string } | null };

export type NextTaskMutationVariables = Exact<{ [key: string]: never; }>;


export type NextTaskMutation = { nextTask: { id: string } | null };

export type InstanceFieldsFragment = { id: string, key: string, businessKey: string | null, state: InstanceState, variables: unknown, activeElementIds: Array<string>, startedAt: string, endedAt: string | null, endReason: string | null, tasks: Array<{ id: string, name: string | null, state: TaskState, elementId: string | null, assignee: { name: string } | null }>, incidents: Array<{ id: string, type: string, elementId: string | null, message: string | null }>, history: Array<{ id: string, type: string, at: string, elementId: string | null, elementName: string | null, taskId: string | null, actor: { name: string } | null }> };

export type InstanceQueryVariables = Exact<{
  id: string | number;
}>;


export type InstanceQuery = { processInstance: { id: string, key: string, businessKey: string | null, state: InstanceState, variables: unknown, activeElementIds: Array<string>, startedAt: string, endedAt: string | null, endReason: string | null, definition: { id: string, version: number, bpmnXml: string }, tasks: Array<{ id: string, name: string | null, state: TaskState, elementId: string | null, assignee: { name: string } | null }>, incidents: Array<{ id: string, type: string, elementId: string | null, message: string | null }>, history: Array<{ id: string, type: string, at: string, elementId: string | null, elementName: string | null, taskId: string | null, actor: { name: string } | null }> } | null };

export type InstanceEventsSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type InstanceEventsSubscription = { processInstanceEvents: { type: string, instance: { id: string, key: string, businessKey: string | null, state: InstanceState, variables: unknown, activeElementIds: Array<string>, startedAt: string, endedAt: string | null, endReason: string | null, tasks: Array<{ id: string, name: string | null, state: TaskState, elementId: string | null, assignee: { name: string } | null }>, incidents: Array<{ id: string, type: string, elementId: string | null, message: string | null }>, history: Array<{ id: string, type: string, at: string, elementId: string | null, elementName: string | null, taskId: string | null, actor: { name: string } | null }> } } };

export type CancelInstanceMutationVariables = Exact<{
  id: string | number;
  r?: string | null | undefined;
}>;


export type CancelInstanceMutation = { cancelProcessInstance: { id: string } };

export type RetryIncidentMutationVariables = Exact<{
  id: string | number;
}>;


export type RetryIncidentMutation = { retryIncident: { id: string } };

export type InstancesQueryVariables = Exact<{
  f?: ProcessInstanceFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type InstancesQuery = { processInstances: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, key: string, businessKey: string | null, state: InstanceState, startedAt: string, endedAt: string | null, definition: { version: number } } }> } };

export type ModelerDefinitionQueryVariables = Exact<{
  id: string | number;
}>;


export type ModelerDefinitionQuery = { processDefinition: { key: string, bpmnXml: string } | null };

export type DeployProcessMutationVariables = Exact<{
  x: string;
  n?: string | null | undefined;
}>;


export type DeployProcessMutation = { deployProcess: { id: string, key: string, version: number, warnings: Array<{ elementId: string, elementName: string | null, code: string, requirement: string }> } };

export type ReportQueuesQueryVariables = Exact<{
  f: ReportFilter;
}>;


export type ReportQueuesQuery = { queueReport: Array<{ queue: string, channel: Channel | null, start: string, end: string, total: boolean, overRange: boolean, offered: number, answered: number, abandoned: number, serviceLevelPercent: number | null, serviceLevelTargetPercent: number | null, averageSpeedOfAnswerSeconds: number | null, averageHandleSeconds: number | null, handled: number, backlog: number | null }> };

export type ReportAgentsQueryVariables = Exact<{
  f: ReportFilter;
}>;


export type ReportAgentsQuery = { agentReport: Array<{ agent: string, start: string, handled: number, averageHandleSeconds: number | null, occupancyPercent: number | null, availableSeconds: number, busySeconds: number, wrapUpSeconds: number, awaySeconds: number }> };

export type SignInMutationVariables = Exact<{
  u: string | number;
  p: string;
}>;


export type SignInMutation = { signIn: { token: string, mustChangePassword: boolean, user: { id: string, name: string, roles: Array<string>, groups: Array<string> } } };

export type SignInOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInOptionsQuery = { signInOptions: { localPasswords: boolean, singleSignOn: { providerName: string, loginPath: string } | null } };

export type RedeemSignInCodeMutationVariables = Exact<{
  code: string;
}>;


export type RedeemSignInCodeMutation = { redeemSignInCode: { token: string, mustChangePassword: boolean, user: { id: string, name: string, roles: Array<string>, groups: Array<string> } } };

export type BoardQueueFragment = { name: string, channel: Channel, slaSeconds: number, slaTargetPercent: number, stats: { waiting: number, reserved: number, assigned: number, paused: number, oldestWaitingSeconds: number, serviceLevelPercent: number | null, atRisk: number, handledToday: number, abandonedToday: number, estimatedWaitSeconds: number | null, agentsByPresence: Array<{ presence: Presence, count: number }>, hourly: Array<{ hour: string, arrived: number, handled: number, withinSla: number, abandoned: number }> } };

export type BoardQueuesQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardQueuesQuery = { queues: Array<{ name: string, channel: Channel, slaSeconds: number, slaTargetPercent: number, stats: { waiting: number, reserved: number, assigned: number, paused: number, oldestWaitingSeconds: number, serviceLevelPercent: number | null, atRisk: number, handledToday: number, abandonedToday: number, estimatedWaitSeconds: number | null, agentsByPresence: Array<{ presence: Presence, count: number }>, hourly: Array<{ hour: string, arrived: number, handled: number, withinSla: number, abandoned: number }> } }> };

export type BoardQueueStatsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BoardQueueStatsSubscription = { queueStats: Array<{ name: string, channel: Channel, slaSeconds: number, slaTargetPercent: number, stats: { waiting: number, reserved: number, assigned: number, paused: number, oldestWaitingSeconds: number, serviceLevelPercent: number | null, atRisk: number, handledToday: number, abandonedToday: number, estimatedWaitSeconds: number | null, agentsByPresence: Array<{ presence: Presence, count: number }>, hourly: Array<{ hour: string, arrived: number, handled: number, withinSla: number, abandoned: number }> } }> };

export type WaitingTodayQueryVariables = Exact<{ [key: string]: never; }>;


export type WaitingTodayQuery = { queues: Array<{ name: string, waitingToday: Array<{ at: string, waiting: number }> }> };

export type BoardAgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardAgentsQuery = { agents: Array<{ id: string, name: string, presence: Presence, presenceReason: string | null, load: { total: number }, capacity: { total: number }, tasks: Array<{ id: string, name: string | null, state: TaskState }> }> };

export type BoardTasksQueryVariables = Exact<{
  f?: TaskFilter | null | undefined;
}>;


export type BoardTasksQuery = { tasks: { totalCount: number, edges: Array<{ node: { id: string, name: string | null, state: TaskState, queue: string | null, priority: number, routingDecision: unknown, assignee: { id: string, name: string } | null, reservation: { agent: { id: string } } | null } }> } };

export type AssignTaskMutationVariables = Exact<{
  id: string | number;
  a: string | number;
}>;


export type AssignTaskMutation = { assignTask: { id: string } };

export type CompleteTaskMutationVariables = Exact<{
  id: string | number;
  v?: unknown;
}>;


export type CompleteTaskMutation = { completeTask: { id: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ContactFragmentDoc = new TypedDocumentString(`
    fragment Contact on Interaction {
  id
  channel
  direction
  subject
  body
  createdAt
  attributes
  attachments {
    filename
    contentType
    size
  }
  customer {
    name
    email
    phone
  }
}
    `, {"fragmentName":"Contact"}) as unknown as TypedDocumentString<ContactFragment, unknown>;
export const DeskChatFragmentDoc = new TypedDocumentString(`
    fragment DeskChat on ChatConversation {
  id
  queue
  state
  customerName
  customerEmail
  caseReference
  endReason
  task {
    id
    dispositionCodes
  }
  messages {
    seq
    author
    body
    at
  }
}
    `, {"fragmentName":"DeskChat"}) as unknown as TypedDocumentString<DeskChatFragment, unknown>;
export const ContactsInteractionFragmentDoc = new TypedDocumentString(`
    fragment ContactsInteraction on Interaction {
  id
  channel
  direction
  subject
  body
  attributes
  createdAt
  outcome
  caseReference
  attachments {
    filename
    contentType
    size
  }
  customer {
    id
    name
    email
    phone
  }
  case {
    id
    businessKey
  }
}
    `, {"fragmentName":"ContactsInteraction"}) as unknown as TypedDocumentString<ContactsInteractionFragment, unknown>;
export const ContactsRuleFragmentDoc = new TypedDocumentString(`
    fragment ContactsRule on ClassificationRule {
  id
  name
  position
  enabled
  version
  updatedAt
  problem
  updatedBy {
    name
  }
  match {
    channels
    attributes
    keywords
    subjectPattern
    bodyPattern
  }
  action {
    processKey
    messageName
    variables
    priority
    businessValue
  }
}
    `, {"fragmentName":"ContactsRule"}) as unknown as TypedDocumentString<ContactsRuleFragment, unknown>;
export const PeopleUserFragmentDoc = new TypedDocumentString(`
    fragment PeopleUser on User {
  id
  name
  email
  roles
  groups
  active
  mustChangePassword
}
    `, {"fragmentName":"PeopleUser"}) as unknown as TypedDocumentString<PeopleUserFragment, unknown>;
export const TaskRowFragmentDoc = new TypedDocumentString(`
    fragment TaskRow on Task {
  id
  name
  state
  queue
  priority
  dueAt
  slaDueAt
  slaBreachedAt
  createdAt
  assignee {
    id
    name
  }
  channel
  processDefinition {
    key
  }
}
    `, {"fragmentName":"TaskRow"}) as unknown as TypedDocumentString<TaskRowFragment, unknown>;
export const DefinitionWarningsFragmentDoc = new TypedDocumentString(`
    fragment DefinitionWarnings on ProcessDefinition {
  id
  warnings {
    elementId
    elementName
    code
    requirement
  }
}
    `, {"fragmentName":"DefinitionWarnings"}) as unknown as TypedDocumentString<DefinitionWarningsFragment, unknown>;
export const InstanceFieldsFragmentDoc = new TypedDocumentString(`
    fragment InstanceFields on ProcessInstance {
  id
  key
  businessKey
  state
  variables
  activeElementIds
  startedAt
  endedAt
  endReason
  tasks {
    id
    name
    state
    elementId
    assignee {
      name
    }
  }
  incidents {
    id
    type
    elementId
    message
  }
  history {
    id
    type
    at
    elementId
    elementName
    taskId
    actor {
      name
    }
  }
}
    `, {"fragmentName":"InstanceFields"}) as unknown as TypedDocumentString<InstanceFieldsFragment, unknown>;
export const BoardQueueFragmentDoc = new TypedDocumentString(`
    fragment BoardQueue on Queue {
  name
  channel
  slaSeconds
  slaTargetPercent
  stats {
    waiting
    reserved
    assigned
    paused
    oldestWaitingSeconds
    serviceLevelPercent
    atRisk
    handledToday
    abandonedToday
    estimatedWaitSeconds
    agentsByPresence {
      presence
      count
    }
    hourly {
      hour
      arrived
      handled
      withinSla
      abandoned
    }
  }
}
    `, {"fragmentName":"BoardQueue"}) as unknown as TypedDocumentString<BoardQueueFragment, unknown>;
export const CannedResponsesDocument = new TypedDocumentString(`
    query CannedResponses($id: ID!) {
  task(id: $id) {
    id
    cannedResponses {
      title
      text
    }
  }
}
    `) as unknown as TypedDocumentString<CannedResponsesQuery, CannedResponsesQueryVariables>;
export const ClusterNodesDocument = new TypedDocumentString(`
    query ClusterNodes {
  cluster {
    leaderTerm
    nodes {
      id
      host
      startedAt
      lastSeenAt
      role
      version
      stale
    }
  }
}
    `) as unknown as TypedDocumentString<ClusterNodesQuery, ClusterNodesQueryVariables>;
export const HeatMapDefinitionDocument = new TypedDocumentString(`
    query HeatMapDefinition($key: String!) {
  processDefinitions(key: $key) {
    id
    version
    name
    bpmnXml
  }
}
    `) as unknown as TypedDocumentString<HeatMapDefinitionQuery, HeatMapDefinitionQueryVariables>;
export const HeatMapReportDocument = new TypedDocumentString(`
    query HeatMapReport($filter: ReportFilter!, $key: String!) {
  processReport(filter: $filter, processKey: $key) {
    instancesStarted
    instancesCompleted
    instancesCancelled
    duration {
      p50Seconds
      p90Seconds
    }
    elements {
      elementId
      count
      waiting {
        meanSeconds
        p90Seconds
      }
      working {
        meanSeconds
        p90Seconds
      }
      total {
        meanSeconds
        p90Seconds
      }
    }
    slaBreachStarts {
      elementId
      count
    }
  }
}
    `) as unknown as TypedDocumentString<HeatMapReportQuery, HeatMapReportQueryVariables>;
export const StartFormModelDocument = new TypedDocumentString(`
    query StartFormModel($id: ID!) {
  processDefinition(id: $id) {
    bpmnXml
  }
}
    `) as unknown as TypedDocumentString<StartFormModelQuery, StartFormModelQueryVariables>;
export const StartProcessDocument = new TypedDocumentString(`
    mutation StartProcess($i: StartProcessInput!) {
  startProcess(input: $i) {
    id
    businessKey
  }
}
    `) as unknown as TypedDocumentString<StartProcessMutation, StartProcessMutationVariables>;
export const WhyWaitingDocument = new TypedDocumentString(`
    query WhyWaiting($id: ID!) {
  whyWaiting(taskId: $id) {
    waiting
    reasons {
      code
      requirement
    }
    skills {
      name
      level
      agents
      bestLevel
    }
    qualifiedAgents
    presentAgents
    freeAgents
    claimers
    nextEscalationAt
  }
}
    `) as unknown as TypedDocumentString<WhyWaitingQuery, WhyWaitingQueryVariables>;
export const SendChatMessageDocument = new TypedDocumentString(`
    mutation SendChatMessage($id: ID!, $body: String!) {
  sendChatMessage(conversationId: $id, body: $body) {
    seq
  }
}
    `) as unknown as TypedDocumentString<SendChatMessageMutation, SendChatMessageMutationVariables>;
export const CloseChatDocument = new TypedDocumentString(`
    mutation CloseChat($id: ID!, $code: String, $note: String) {
  closeChat(conversationId: $id, dispositionCode: $code, note: $note) {
    id
    state
    endReason
  }
}
    `) as unknown as TypedDocumentString<CloseChatMutation, CloseChatMutationVariables>;
export const ChatToCallbackDocument = new TypedDocumentString(`
    mutation ChatToCallback($id: ID!, $input: ChatCallbackInput!) {
  chatToCallback(conversationId: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ChatToCallbackMutation, ChatToCallbackMutationVariables>;
export const MyChatsDocument = new TypedDocumentString(`
    query MyChats {
  myChats {
    ...DeskChat
  }
}
    fragment DeskChat on ChatConversation {
  id
  queue
  state
  customerName
  customerEmail
  caseReference
  endReason
  task {
    id
    dispositionCodes
  }
  messages {
    seq
    author
    body
    at
  }
}`) as unknown as TypedDocumentString<MyChatsQuery, MyChatsQueryVariables>;
export const DeskChatByIdDocument = new TypedDocumentString(`
    query DeskChatById($id: ID!) {
  chat(id: $id) {
    ...DeskChat
  }
}
    fragment DeskChat on ChatConversation {
  id
  queue
  state
  customerName
  customerEmail
  caseReference
  endReason
  task {
    id
    dispositionCodes
  }
  messages {
    seq
    author
    body
    at
  }
}`) as unknown as TypedDocumentString<DeskChatByIdQuery, DeskChatByIdQueryVariables>;
export const MyChatEventsDocument = new TypedDocumentString(`
    subscription MyChatEvents {
  myChatEvents {
    type
    conversation {
      id
      state
      endReason
    }
    message {
      seq
      author
      body
      at
    }
  }
}
    `) as unknown as TypedDocumentString<MyChatEventsSubscription, MyChatEventsSubscriptionVariables>;
export const MyChatWorkDocument = new TypedDocumentString(`
    subscription MyChatWork {
  myWork {
    type
  }
}
    `) as unknown as TypedDocumentString<MyChatWorkSubscription, MyChatWorkSubscriptionVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const ContactsTaskExtrasDocument = new TypedDocumentString(`
    query ContactsTaskExtras($id: ID!) {
  task(id: $id) {
    id
    kind
    state
    assignee {
      id
    }
    callback {
      phone
      windowStart
      windowEnd
      attempts
      maxAttempts
      outcome
      readyAt
    }
    consultations {
      id
      state
      question
      answer
      answeredBy {
        id
        name
      }
      answeredAt
    }
    parentTask {
      id
      name
      processInstance {
        id
        businessKey
      }
    }
    interactions {
      ...ContactsInteraction
    }
  }
}
    fragment ContactsInteraction on Interaction {
  id
  channel
  direction
  subject
  body
  attributes
  createdAt
  outcome
  caseReference
  attachments {
    filename
    contentType
    size
  }
  customer {
    id
    name
    email
    phone
  }
  case {
    id
    businessKey
  }
}`) as unknown as TypedDocumentString<ContactsTaskExtrasQuery, ContactsTaskExtrasQueryVariables>;
export const ContactsWorkDocument = new TypedDocumentString(`
    subscription ContactsWork {
  myWork {
    type
    task {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ContactsWorkSubscription, ContactsWorkSubscriptionVariables>;
export const ContactsConsultDocument = new TypedDocumentString(`
    mutation ContactsConsult($id: ID!, $input: ConsultInput!) {
  consultTask(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContactsConsultMutation, ContactsConsultMutationVariables>;
export const ContactsAnswerConsultationDocument = new TypedDocumentString(`
    mutation ContactsAnswerConsultation($id: ID!, $answer: String!) {
  answerConsultation(id: $id, answer: $answer) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContactsAnswerConsultationMutation, ContactsAnswerConsultationMutationVariables>;
export const ContactsClaimCallbackDocument = new TypedDocumentString(`
    mutation ContactsClaimCallback($id: ID!) {
  claimTask(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContactsClaimCallbackMutation, ContactsClaimCallbackMutationVariables>;
export const ContactsSearchCustomersDocument = new TypedDocumentString(`
    query ContactsSearchCustomers($q: String!) {
  customers(search: $q) {
    id
    name
    email
    phone
  }
}
    `) as unknown as TypedDocumentString<ContactsSearchCustomersQuery, ContactsSearchCustomersQueryVariables>;
export const ContactsCustomerDocument = new TypedDocumentString(`
    query ContactsCustomer($id: ID!) {
  customer(id: $id) {
    id
    name
    email
    phone
    createdAt
    mergedInto
    interactions(first: 100) {
      totalCount
      edges {
        node {
          ...ContactsInteraction
        }
      }
    }
    cases {
      id
      businessKey
      key
      state
      startedAt
      endedAt
    }
    tasks {
      id
      name
      state
      createdAt
      completedAt
      kind
      channel
      assignee {
        name
      }
    }
    merges {
      sourceId
      sourceName
      sourceEmail
      sourcePhone
      interactionsMoved
      actor {
        name
      }
      at
    }
  }
}
    fragment ContactsInteraction on Interaction {
  id
  channel
  direction
  subject
  body
  attributes
  createdAt
  outcome
  caseReference
  attachments {
    filename
    contentType
    size
  }
  customer {
    id
    name
    email
    phone
  }
  case {
    id
    businessKey
  }
}`) as unknown as TypedDocumentString<ContactsCustomerQuery, ContactsCustomerQueryVariables>;
export const ContactsMergeCustomersDocument = new TypedDocumentString(`
    mutation ContactsMergeCustomers($s: ID!, $t: ID!) {
  mergeCustomers(sourceId: $s, targetId: $t) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContactsMergeCustomersMutation, ContactsMergeCustomersMutationVariables>;
export const ContactsInteractionDocument = new TypedDocumentString(`
    query ContactsInteraction($id: ID!) {
  interaction(id: $id) {
    ...ContactsInteraction
    messageId
    rule {
      id
      name
    }
  }
}
    fragment ContactsInteraction on Interaction {
  id
  channel
  direction
  subject
  body
  attributes
  createdAt
  outcome
  caseReference
  attachments {
    filename
    contentType
    size
  }
  customer {
    id
    name
    email
    phone
  }
  case {
    id
    businessKey
  }
}`) as unknown as TypedDocumentString<ContactsInteractionQuery, ContactsInteractionQueryVariables>;
export const ContactsCaseContactsDocument = new TypedDocumentString(`
    query ContactsCaseContacts($id: ID!) {
  interactions(filter: {processInstanceId: $id}, first: 100) {
    edges {
      node {
        ...ContactsInteraction
      }
    }
  }
}
    fragment ContactsInteraction on Interaction {
  id
  channel
  direction
  subject
  body
  attributes
  createdAt
  outcome
  caseReference
  attachments {
    filename
    contentType
    size
  }
  customer {
    id
    name
    email
    phone
  }
  case {
    id
    businessKey
  }
}`) as unknown as TypedDocumentString<ContactsCaseContactsQuery, ContactsCaseContactsQueryVariables>;
export const ContactsReplyDocument = new TypedDocumentString(`
    mutation ContactsReply($input: ReplyToInteractionInput!) {
  replyToInteraction(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContactsReplyMutation, ContactsReplyMutationVariables>;
export const ContactsRulesDocument = new TypedDocumentString(`
    query ContactsRules {
  classificationRules {
    ...ContactsRule
  }
}
    fragment ContactsRule on ClassificationRule {
  id
  name
  position
  enabled
  version
  updatedAt
  problem
  updatedBy {
    name
  }
  match {
    channels
    attributes
    keywords
    subjectPattern
    bodyPattern
  }
  action {
    processKey
    messageName
    variables
    priority
    businessValue
  }
}`) as unknown as TypedDocumentString<ContactsRulesQuery, ContactsRulesQueryVariables>;
export const ContactsRuleVersionsDocument = new TypedDocumentString(`
    query ContactsRuleVersions {
  classificationRules {
    id
    versions {
      version
      change
      snapshot
      actor {
        name
      }
      at
    }
  }
}
    `) as unknown as TypedDocumentString<ContactsRuleVersionsQuery, ContactsRuleVersionsQueryVariables>;
export const ContactsUpsertRuleDocument = new TypedDocumentString(`
    mutation ContactsUpsertRule($input: ClassificationRuleInput!) {
  upsertClassificationRule(input: $input) {
    ...ContactsRule
  }
}
    fragment ContactsRule on ClassificationRule {
  id
  name
  position
  enabled
  version
  updatedAt
  problem
  updatedBy {
    name
  }
  match {
    channels
    attributes
    keywords
    subjectPattern
    bodyPattern
  }
  action {
    processKey
    messageName
    variables
    priority
    businessValue
  }
}`) as unknown as TypedDocumentString<ContactsUpsertRuleMutation, ContactsUpsertRuleMutationVariables>;
export const ContactsDeleteRuleDocument = new TypedDocumentString(`
    mutation ContactsDeleteRule($id: ID!) {
  deleteClassificationRule(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContactsDeleteRuleMutation, ContactsDeleteRuleMutationVariables>;
export const ContactsIntakeFormsDocument = new TypedDocumentString(`
    query ContactsIntakeForms {
  intakeForms {
    formKey
    title
    schema
    mapping
    version
    updatedAt
    problem
    versions {
      version
      title
      mapping
      actor {
        name
      }
      at
    }
  }
}
    `) as unknown as TypedDocumentString<ContactsIntakeFormsQuery, ContactsIntakeFormsQueryVariables>;
export const ContactsUpsertIntakeFormDocument = new TypedDocumentString(`
    mutation ContactsUpsertIntakeForm($input: IntakeFormInput!) {
  upsertIntakeForm(input: $input) {
    formKey
    version
  }
}
    `) as unknown as TypedDocumentString<ContactsUpsertIntakeFormMutation, ContactsUpsertIntakeFormMutationVariables>;
export const TaskFormDocument = new TypedDocumentString(`
    query TaskForm($key: String!) {
  taskForm(key: $key) {
    schema
  }
}
    `) as unknown as TypedDocumentString<TaskFormQuery, TaskFormQueryVariables>;
export const DeployTaskFormsDocument = new TypedDocumentString(`
    mutation DeployTaskForms($forms: [TaskFormInput!]!) {
  deployTaskForms(forms: $forms) {
    key
    version
  }
}
    `) as unknown as TypedDocumentString<DeployTaskFormsMutation, DeployTaskFormsMutationVariables>;
export const PeopleUsersDocument = new TypedDocumentString(`
    query PeopleUsers($f: UserFilter, $after: String) {
  users(filter: $f, first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...PeopleUser
      }
    }
  }
}
    fragment PeopleUser on User {
  id
  name
  email
  roles
  groups
  active
  mustChangePassword
}`) as unknown as TypedDocumentString<PeopleUsersQuery, PeopleUsersQueryVariables>;
export const PeopleCreateUserDocument = new TypedDocumentString(`
    mutation PeopleCreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    ...PeopleUser
  }
}
    fragment PeopleUser on User {
  id
  name
  email
  roles
  groups
  active
  mustChangePassword
}`) as unknown as TypedDocumentString<PeopleCreateUserMutation, PeopleCreateUserMutationVariables>;
export const PeopleUpdateUserDocument = new TypedDocumentString(`
    mutation PeopleUpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    ...PeopleUser
  }
}
    fragment PeopleUser on User {
  id
  name
  email
  roles
  groups
  active
  mustChangePassword
}`) as unknown as TypedDocumentString<PeopleUpdateUserMutation, PeopleUpdateUserMutationVariables>;
export const PeopleSetUserRolesDocument = new TypedDocumentString(`
    mutation PeopleSetUserRoles($id: ID!, $roles: [String!]!) {
  setUserRoles(userId: $id, roles: $roles) {
    ...PeopleUser
  }
}
    fragment PeopleUser on User {
  id
  name
  email
  roles
  groups
  active
  mustChangePassword
}`) as unknown as TypedDocumentString<PeopleSetUserRolesMutation, PeopleSetUserRolesMutationVariables>;
export const PeopleDeactivateUserDocument = new TypedDocumentString(`
    mutation PeopleDeactivateUser($id: ID!) {
  deactivateUser(userId: $id) {
    ...PeopleUser
  }
}
    fragment PeopleUser on User {
  id
  name
  email
  roles
  groups
  active
  mustChangePassword
}`) as unknown as TypedDocumentString<PeopleDeactivateUserMutation, PeopleDeactivateUserMutationVariables>;
export const PeopleResetPasswordDocument = new TypedDocumentString(`
    mutation PeopleResetPassword($id: ID!) {
  resetPassword(userId: $id)
}
    `) as unknown as TypedDocumentString<PeopleResetPasswordMutation, PeopleResetPasswordMutationVariables>;
export const PeopleSetSkillsDocument = new TypedDocumentString(`
    mutation PeopleSetSkills($input: AgentInput!) {
  upsertAgent(input: $input) {
    id
    skills {
      name
      level
    }
  }
}
    `) as unknown as TypedDocumentString<PeopleSetSkillsMutation, PeopleSetSkillsMutationVariables>;
export const PeopleGroupsDocument = new TypedDocumentString(`
    query PeopleGroups {
  groups {
    id
    name
    members {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PeopleGroupsQuery, PeopleGroupsQueryVariables>;
export const PeopleCreateGroupDocument = new TypedDocumentString(`
    mutation PeopleCreateGroup($input: GroupInput!) {
  createGroup(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PeopleCreateGroupMutation, PeopleCreateGroupMutationVariables>;
export const PeopleUpdateGroupDocument = new TypedDocumentString(`
    mutation PeopleUpdateGroup($input: GroupInput!) {
  updateGroup(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PeopleUpdateGroupMutation, PeopleUpdateGroupMutationVariables>;
export const PeopleSetGroupMembersDocument = new TypedDocumentString(`
    mutation PeopleSetGroupMembers($id: ID!, $members: [ID!]!) {
  setGroupMembers(id: $id, members: $members) {
    id
  }
}
    `) as unknown as TypedDocumentString<PeopleSetGroupMembersMutation, PeopleSetGroupMembersMutationVariables>;
export const PeopleDeleteGroupDocument = new TypedDocumentString(`
    mutation PeopleDeleteGroup($id: ID!) {
  deleteGroup(id: $id)
}
    `) as unknown as TypedDocumentString<PeopleDeleteGroupMutation, PeopleDeleteGroupMutationVariables>;
export const PeopleAuditLogDocument = new TypedDocumentString(`
    query PeopleAuditLog($f: AuditFilter, $after: String) {
  auditLog(filter: $f, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        type
        subjectType
        subjectId
        actorId
        onBehalfOf
        at
        before
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PeopleAuditLogQuery, PeopleAuditLogQueryVariables>;
export const PeopleQueuesDocument = new TypedDocumentString(`
    query PeopleQueues {
  queues {
    name
    channel
    slaSeconds
    slaTargetPercent
    reservationTimeoutSeconds
    agingPerMinute
    serviceLevelRule
    abandonGraceSeconds
    dispositionCodes
    cannedResponses {
      title
      text
    }
    escalation {
      afterSeconds
      lowerSkillLevelBy
      addGroup
      raisePriority
      moveToQueue
      widenToSites
      widenToAllSites
    }
    site {
      id
    }
    businessHoursSla
  }
}
    `) as unknown as TypedDocumentString<PeopleQueuesQuery, PeopleQueuesQueryVariables>;
export const PeopleUpsertQueueDocument = new TypedDocumentString(`
    mutation PeopleUpsertQueue($input: QueueInput!) {
  upsertQueue(input: $input) {
    name
  }
}
    `) as unknown as TypedDocumentString<PeopleUpsertQueueMutation, PeopleUpsertQueueMutationVariables>;
export const PeopleAgentsDocument = new TypedDocumentString(`
    query PeopleAgents {
  agents {
    id
    name
    site {
      id
    }
    skills {
      name
      level
    }
    capacity {
      VOICE
      CHAT
      EMAIL
      BACKOFFICE
      total
    }
  }
}
    `) as unknown as TypedDocumentString<PeopleAgentsQuery, PeopleAgentsQueryVariables>;
export const PeopleUpsertAgentDocument = new TypedDocumentString(`
    mutation PeopleUpsertAgent($input: AgentInput!) {
  upsertAgent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PeopleUpsertAgentMutation, PeopleUpsertAgentMutationVariables>;
export const PlanningQueuesDocument = new TypedDocumentString(`
    query PlanningQueues {
  queues {
    name
    channel
    slaSeconds
    site {
      timeZone
    }
  }
}
    `) as unknown as TypedDocumentString<PlanningQueuesQuery, PlanningQueuesQueryVariables>;
export const PlanningViewDocument = new TypedDocumentString(`
    query PlanningView($queue: String!, $from: DateTime!, $to: DateTime!, $interval: Int) {
  forecast(
    input: {queue: $queue, from: $from, to: $to, intervalMinutes: $interval}
  ) {
    timeZone
    intervals {
      start
      arrivals
      closed
    }
    history {
      start
      arrivals
    }
    accuracy {
      wape
      baselineWape
      folds
    }
  }
  staffingPlan(queue: $queue, from: $from, to: $to, intervalMinutes: $interval) {
    start
    forecastArrivals
    averageHandleSeconds
    requiredErlangC
    requiredErlangA
    rostered
    present
    gap
  }
  rosterShifts(from: $from, to: $to) {
    id
    agentId
    date
    start
    end
    queue
    breaks {
      start
      end
    }
  }
  queuePlanning(queue: $queue) {
    patienceSeconds
  }
}
    `) as unknown as TypedDocumentString<PlanningViewQuery, PlanningViewQueryVariables>;
export const PlanningUpsertShiftDocument = new TypedDocumentString(`
    mutation PlanningUpsertShift($input: RosterShiftInput!) {
  upsertRosterShift(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PlanningUpsertShiftMutation, PlanningUpsertShiftMutationVariables>;
export const PlanningDeleteShiftDocument = new TypedDocumentString(`
    mutation PlanningDeleteShift($id: ID!) {
  deleteRosterShift(id: $id)
}
    `) as unknown as TypedDocumentString<PlanningDeleteShiftMutation, PlanningDeleteShiftMutationVariables>;
export const PlanningImportRosterDocument = new TypedDocumentString(`
    mutation PlanningImportRoster($csv: String!) {
  importRoster(csv: $csv)
}
    `) as unknown as TypedDocumentString<PlanningImportRosterMutation, PlanningImportRosterMutationVariables>;
export const PlanningAdjustForecastDocument = new TypedDocumentString(`
    mutation PlanningAdjustForecast($input: ForecastAdjustmentInput!) {
  adjustForecast(input: $input)
}
    `) as unknown as TypedDocumentString<PlanningAdjustForecastMutation, PlanningAdjustForecastMutationVariables>;
export const PlanningDayScenarioDocument = new TypedDocumentString(`
    query PlanningDayScenario($date: String!, $queue: String, $interval: Int) {
  daySimulationScenario(date: $date, queue: $queue, intervalMinutes: $interval)
}
    `) as unknown as TypedDocumentString<PlanningDayScenarioQuery, PlanningDayScenarioQueryVariables>;
export const PlanningSimulateDocument = new TypedDocumentString(`
    mutation PlanningSimulate($scenario: JSON!) {
  simulate(scenario: $scenario) {
    id
  }
}
    `) as unknown as TypedDocumentString<PlanningSimulateMutation, PlanningSimulateMutationVariables>;
export const PlanningSimulationRunDocument = new TypedDocumentString(`
    query PlanningSimulationRun($id: ID!) {
  simulationRun(id: $id) {
    id
    state
    progress
    result
    error
  }
}
    `) as unknown as TypedDocumentString<PlanningSimulationRunQuery, PlanningSimulationRunQueryVariables>;
export const TasksDocument = new TypedDocumentString(`
    query Tasks($filter: TaskFilter, $first: Int, $after: String) {
  tasks(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...TaskRow
      }
    }
  }
}
    fragment TaskRow on Task {
  id
  name
  state
  queue
  priority
  dueAt
  slaDueAt
  slaBreachedAt
  createdAt
  assignee {
    id
    name
  }
  channel
  processDefinition {
    key
  }
}`) as unknown as TypedDocumentString<TasksQuery, TasksQueryVariables>;
export const TaskEventsDocument = new TypedDocumentString(`
    subscription TaskEvents($queue: String) {
  taskEvents(queue: $queue) {
    type
    task {
      ...TaskRow
    }
  }
}
    fragment TaskRow on Task {
  id
  name
  state
  queue
  priority
  dueAt
  slaDueAt
  slaBreachedAt
  createdAt
  assignee {
    id
    name
  }
  channel
  processDefinition {
    key
  }
}`) as unknown as TypedDocumentString<TaskEventsSubscription, TaskEventsSubscriptionVariables>;
export const ClaimTaskDocument = new TypedDocumentString(`
    mutation ClaimTask($id: ID!) {
  claimTask(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ClaimTaskMutation, ClaimTaskMutationVariables>;
export const UnclaimTaskDocument = new TypedDocumentString(`
    mutation UnclaimTask($id: ID!) {
  unclaimTask(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<UnclaimTaskMutation, UnclaimTaskMutationVariables>;
export const TaskDocument = new TypedDocumentString(`
    query Task($id: ID!) {
  task(id: $id) {
    ...TaskRow
    documentation
    formKey
    variables
    elementId
    candidateGroups
    skills {
      name
      level
    }
    businessValue
    processInstance {
      id
      businessKey
      tasks {
        id
        name
        elementId
      }
      history {
        id
        type
        at
        elementId
        elementName
        taskId
        actor {
          id
          name
        }
      }
    }
    interactions {
      ...Contact
    }
  }
}
    fragment Contact on Interaction {
  id
  channel
  direction
  subject
  body
  createdAt
  attributes
  attachments {
    filename
    contentType
    size
  }
  customer {
    name
    email
    phone
  }
}
fragment TaskRow on Task {
  id
  name
  state
  queue
  priority
  dueAt
  slaDueAt
  slaBreachedAt
  createdAt
  assignee {
    id
    name
  }
  channel
  processDefinition {
    key
  }
}`) as unknown as TypedDocumentString<TaskQuery, TaskQueryVariables>;
export const AdminSitesDocument = new TypedDocumentString(`
    query AdminSites {
  sites {
    id
    name
    timeZone
    businessHours {
      day
      open
      close
    }
    holidays {
      date
      name
    }
    supervisors {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdminSitesQuery, AdminSitesQueryVariables>;
export const AdminUpsertSiteDocument = new TypedDocumentString(`
    mutation AdminUpsertSite($input: SiteInput!) {
  upsertSite(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminUpsertSiteMutation, AdminUpsertSiteMutationVariables>;
export const MySupervisedSitesDocument = new TypedDocumentString(`
    query MySupervisedSites {
  me {
    id
    supervisedSites {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MySupervisedSitesQuery, MySupervisedSitesQueryVariables>;
export const AgentDeskDocument = new TypedDocumentString(`
    query AgentDesk($id: ID!) {
  agent(id: $id) {
    id
    name
    presence
    presenceReason
    presenceSince
    skills {
      name
      level
    }
    capacity {
      total
    }
    load {
      total
    }
    tasks {
      id
      name
      state
      kind
      channel
      queue
      callId
      customer
      pausedAt
      onHold
      holdSeconds
      waitSeconds
      customerCard {
        customerId
        name
        phone
        recentContacts {
          id
          channel
          subject
          at
        }
        openCases {
          id
          definitionKey
          businessKey
          startedAt
        }
      }
    }
    wrapUp {
      id
      name
      queue
      dispositionCode
      dispositionCodes
    }
    reservations {
      id
      state
      createdAt
      expiresAt
      task {
        id
        name
        queue
        kind
        channel
        priority
        skills {
          name
          level
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgentDeskQuery, AgentDeskQueryVariables>;
export const PresenceReasonsDocument = new TypedDocumentString(`
    query PresenceReasons {
  presenceReasons
}
    `) as unknown as TypedDocumentString<PresenceReasonsQuery, PresenceReasonsQueryVariables>;
export const CallCommandDocument = new TypedDocumentString(`
    mutation CallCommand($taskId: ID!, $command: CallCommand!, $target: String) {
  callCommand(taskId: $taskId, command: $command, target: $target) {
    id
  }
}
    `) as unknown as TypedDocumentString<CallCommandMutation, CallCommandMutationVariables>;
export const SetDispositionDocument = new TypedDocumentString(`
    mutation SetDisposition($taskId: ID!, $code: String!, $note: String) {
  setDisposition(taskId: $taskId, code: $code, note: $note) {
    id
    dispositionCode
  }
}
    `) as unknown as TypedDocumentString<SetDispositionMutation, SetDispositionMutationVariables>;
export const MyWorkDocument = new TypedDocumentString(`
    subscription MyWork {
  myWork {
    type
  }
}
    `) as unknown as TypedDocumentString<MyWorkSubscription, MyWorkSubscriptionVariables>;
export const SetPresenceDocument = new TypedDocumentString(`
    mutation SetPresence($i: SetPresenceInput!) {
  setPresence(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetPresenceMutation, SetPresenceMutationVariables>;
export const AcceptReservationDocument = new TypedDocumentString(`
    mutation AcceptReservation($id: ID!) {
  acceptReservation(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AcceptReservationMutation, AcceptReservationMutationVariables>;
export const RejectReservationDocument = new TypedDocumentString(`
    mutation RejectReservation($id: ID!) {
  rejectReservation(id: $id, reason: "declined at desk") {
    id
  }
}
    `) as unknown as TypedDocumentString<RejectReservationMutation, RejectReservationMutationVariables>;
export const ResumeTaskDocument = new TypedDocumentString(`
    mutation ResumeTask($id: ID!) {
  resumeTask(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResumeTaskMutation, ResumeTaskMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($o: String!, $n: String!) {
  changePassword(oldPassword: $o, newPassword: $n)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const DefinitionsDocument = new TypedDocumentString(`
    query Definitions {
  processDefinitions {
    id
    key
    version
    name
    deployedAt
    deployedBy {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DefinitionsQuery, DefinitionsQueryVariables>;
export const CompareVersionsDocument = new TypedDocumentString(`
    query CompareVersions($a: ID!, $b: ID!) {
  a: processDefinition(id: $a) {
    bpmnXml
  }
  b: processDefinition(id: $b) {
    bpmnXml
  }
}
    `) as unknown as TypedDocumentString<CompareVersionsQuery, CompareVersionsQueryVariables>;
export const NextTaskDocument = new TypedDocumentString(`
    mutation NextTask {
  nextTask {
    id
  }
}
    `) as unknown as TypedDocumentString<NextTaskMutation, NextTaskMutationVariables>;
export const InstanceDocument = new TypedDocumentString(`
    query Instance($id: ID!) {
  processInstance(id: $id) {
    ...InstanceFields
    definition {
      id
      version
      bpmnXml
    }
  }
}
    fragment InstanceFields on ProcessInstance {
  id
  key
  businessKey
  state
  variables
  activeElementIds
  startedAt
  endedAt
  endReason
  tasks {
    id
    name
    state
    elementId
    assignee {
      name
    }
  }
  incidents {
    id
    type
    elementId
    message
  }
  history {
    id
    type
    at
    elementId
    elementName
    taskId
    actor {
      name
    }
  }
}`) as unknown as TypedDocumentString<InstanceQuery, InstanceQueryVariables>;
export const InstanceEventsDocument = new TypedDocumentString(`
    subscription InstanceEvents($id: ID!) {
  processInstanceEvents(id: $id) {
    type
    instance {
      ...InstanceFields
    }
  }
}
    fragment InstanceFields on ProcessInstance {
  id
  key
  businessKey
  state
  variables
  activeElementIds
  startedAt
  endedAt
  endReason
  tasks {
    id
    name
    state
    elementId
    assignee {
      name
    }
  }
  incidents {
    id
    type
    elementId
    message
  }
  history {
    id
    type
    at
    elementId
    elementName
    taskId
    actor {
      name
    }
  }
}`) as unknown as TypedDocumentString<InstanceEventsSubscription, InstanceEventsSubscriptionVariables>;
export const CancelInstanceDocument = new TypedDocumentString(`
    mutation CancelInstance($id: ID!, $r: String) {
  cancelProcessInstance(id: $id, reason: $r) {
    id
  }
}
    `) as unknown as TypedDocumentString<CancelInstanceMutation, CancelInstanceMutationVariables>;
export const RetryIncidentDocument = new TypedDocumentString(`
    mutation RetryIncident($id: ID!) {
  retryIncident(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RetryIncidentMutation, RetryIncidentMutationVariables>;
export const InstancesDocument = new TypedDocumentString(`
    query Instances($f: ProcessInstanceFilter, $after: String) {
  processInstances(filter: $f, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        key
        businessKey
        state
        startedAt
        endedAt
        definition {
          version
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InstancesQuery, InstancesQueryVariables>;
export const ModelerDefinitionDocument = new TypedDocumentString(`
    query ModelerDefinition($id: ID!) {
  processDefinition(id: $id) {
    key
    bpmnXml
  }
}
    `) as unknown as TypedDocumentString<ModelerDefinitionQuery, ModelerDefinitionQueryVariables>;
export const DeployProcessDocument = new TypedDocumentString(`
    mutation DeployProcess($x: String!, $n: String) {
  deployProcess(input: {bpmnXml: $x, name: $n}) {
    id
    key
    version
    warnings {
      elementId
      elementName
      code
      requirement
    }
  }
}
    `) as unknown as TypedDocumentString<DeployProcessMutation, DeployProcessMutationVariables>;
export const ReportQueuesDocument = new TypedDocumentString(`
    query ReportQueues($f: ReportFilter!) {
  queueReport(filter: $f) {
    queue
    channel
    start
    end
    total
    overRange
    offered
    answered
    abandoned
    serviceLevelPercent
    serviceLevelTargetPercent
    averageSpeedOfAnswerSeconds
    averageHandleSeconds
    handled
    backlog
  }
}
    `) as unknown as TypedDocumentString<ReportQueuesQuery, ReportQueuesQueryVariables>;
export const ReportAgentsDocument = new TypedDocumentString(`
    query ReportAgents($f: ReportFilter!) {
  agentReport(filter: $f) {
    agent
    start
    handled
    averageHandleSeconds
    occupancyPercent
    availableSeconds
    busySeconds
    wrapUpSeconds
    awaySeconds
  }
}
    `) as unknown as TypedDocumentString<ReportAgentsQuery, ReportAgentsQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($u: ID!, $p: String!) {
  signIn(userId: $u, password: $p) {
    token
    mustChangePassword
    user {
      id
      name
      roles
      groups
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignInOptionsDocument = new TypedDocumentString(`
    query SignInOptions {
  signInOptions {
    localPasswords
    singleSignOn {
      providerName
      loginPath
    }
  }
}
    `) as unknown as TypedDocumentString<SignInOptionsQuery, SignInOptionsQueryVariables>;
export const RedeemSignInCodeDocument = new TypedDocumentString(`
    mutation RedeemSignInCode($code: String!) {
  redeemSignInCode(code: $code) {
    token
    mustChangePassword
    user {
      id
      name
      roles
      groups
    }
  }
}
    `) as unknown as TypedDocumentString<RedeemSignInCodeMutation, RedeemSignInCodeMutationVariables>;
export const BoardQueuesDocument = new TypedDocumentString(`
    query BoardQueues {
  queues {
    ...BoardQueue
  }
}
    fragment BoardQueue on Queue {
  name
  channel
  slaSeconds
  slaTargetPercent
  stats {
    waiting
    reserved
    assigned
    paused
    oldestWaitingSeconds
    serviceLevelPercent
    atRisk
    handledToday
    abandonedToday
    estimatedWaitSeconds
    agentsByPresence {
      presence
      count
    }
    hourly {
      hour
      arrived
      handled
      withinSla
      abandoned
    }
  }
}`) as unknown as TypedDocumentString<BoardQueuesQuery, BoardQueuesQueryVariables>;
export const BoardQueueStatsDocument = new TypedDocumentString(`
    subscription BoardQueueStats {
  queueStats {
    ...BoardQueue
  }
}
    fragment BoardQueue on Queue {
  name
  channel
  slaSeconds
  slaTargetPercent
  stats {
    waiting
    reserved
    assigned
    paused
    oldestWaitingSeconds
    serviceLevelPercent
    atRisk
    handledToday
    abandonedToday
    estimatedWaitSeconds
    agentsByPresence {
      presence
      count
    }
    hourly {
      hour
      arrived
      handled
      withinSla
      abandoned
    }
  }
}`) as unknown as TypedDocumentString<BoardQueueStatsSubscription, BoardQueueStatsSubscriptionVariables>;
export const WaitingTodayDocument = new TypedDocumentString(`
    query WaitingToday {
  queues {
    name
    waitingToday {
      at
      waiting
    }
  }
}
    `) as unknown as TypedDocumentString<WaitingTodayQuery, WaitingTodayQueryVariables>;
export const BoardAgentsDocument = new TypedDocumentString(`
    query BoardAgents {
  agents {
    id
    name
    presence
    presenceReason
    load {
      total
    }
    capacity {
      total
    }
    tasks {
      id
      name
      state
    }
  }
}
    `) as unknown as TypedDocumentString<BoardAgentsQuery, BoardAgentsQueryVariables>;
export const BoardTasksDocument = new TypedDocumentString(`
    query BoardTasks($f: TaskFilter) {
  tasks(filter: $f, first: 50) {
    totalCount
    edges {
      node {
        id
        name
        state
        queue
        priority
        assignee {
          id
          name
        }
        reservation {
          agent {
            id
          }
        }
        routingDecision
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BoardTasksQuery, BoardTasksQueryVariables>;
export const AssignTaskDocument = new TypedDocumentString(`
    mutation AssignTask($id: ID!, $a: ID!) {
  assignTask(id: $id, agentId: $a) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssignTaskMutation, AssignTaskMutationVariables>;
export const CompleteTaskDocument = new TypedDocumentString(`
    mutation CompleteTask($id: ID!, $v: JSON) {
  completeTask(id: $id, variables: $v) {
    id
  }
}
    `) as unknown as TypedDocumentString<CompleteTaskMutation, CompleteTaskMutationVariables>;