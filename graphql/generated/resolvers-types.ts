import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserRecord, GroupRecord, SiteRecord, AuditRecord, DefinitionRecord, InstanceRecord, TaskRecord, HistoryRecord, TaskEventPayload, CorrelationResult as EngineCorrelationResult, LockedExternalTask, JobRecord, AgentRecord, CustomerCard as EngineCustomerCard, TaskFormRecord, QueueWithStats, QueueStats as EngineQueueStats, ReservationRecord, CtiEventResult as EngineCtiEventResult, InteractionRecord, CustomerRecord, CustomerMergeRecord, ClassificationRuleRecord, RuleVersionRecord, IntakeFormRecord, IntakeFormVersionRecord, WaitExplanation as EngineWaitExplanation, SimulationRun as EngineSimulationRun, ChatConversationRecord, ChatMessageRecord, ClusterNodeView, ClusterView } from '../../engine/index.ts';
import type { WorkEventPayload } from '../resolvers/work-event.ts';
import type { InstanceEventPayload } from '../resolvers/desk.ts';
import type { ChatEventPayload } from '../resolvers/chat.ts';
import type { GraphQLContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant as an ISO-8601 string in UTC, e.g. 2025-01-31T09:30:00.000Z. */
  DateTime: { input: number; output: number; }
  /** Arbitrary JSON data (variables, history details). */
  JSON: { input: unknown; output: unknown; }
};

/** A user who takes work. */
export type Agent = {
  __typename?: 'Agent';
  capacity: Capacity;
  groups: Array<Scalars['String']['output']>;
  /** The user id. */
  id: Scalars['ID']['output'];
  /** Since when the agent holds no work (longest idle is offered first). */
  idleSince?: Maybe<Scalars['DateTime']['output']>;
  /** Work held now (pending reservations, assigned and paused tasks), by channel. */
  load: Capacity;
  /** Offers that timed out in a row (AWAY after the queue's limit). */
  missedOffers: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  presence: Presence;
  presenceReason?: Maybe<Scalars['String']['output']>;
  presenceSince: Scalars['DateTime']['output'];
  /** Offers waiting for the agent's answer. */
  reservations: Array<Reservation>;
  /** The site the agent works at; routing offers site-bound work to agents of its sites. */
  site?: Maybe<Site>;
  skills: Array<AgentSkill>;
  /** Tasks the agent holds: reserved, assigned or paused. */
  tasks: Array<Task>;
  user: User;
  /** In WRAP_UP: the tasks the agent finished since its wrap-up began (each needs a code when its queue has dispositionCodes); otherwise []. */
  wrapUp: Array<Task>;
};

export type AgentFilter = {
  group?: InputMaybe<Scalars['String']['input']>;
  presence?: InputMaybe<Presence>;
  skill?: InputMaybe<Scalars['String']['input']>;
};

export type AgentInput = {
  capacity?: InputMaybe<CapacityInput>;
  email?: InputMaybe<Scalars['String']['input']>;
  groups?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The user id; the user is created when it does not exist. */
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The site the agent works at; moving needs rights on both sites. */
  site?: InputMaybe<Scalars['ID']['input']>;
  skills?: InputMaybe<Array<SkillInput>>;
};

/** One agent in one interval; figures in docs/reports.md. */
export type AgentInterval = {
  __typename?: 'AgentInterval';
  agent: Scalars['ID']['output'];
  availableSeconds: Scalars['Float']['output'];
  averageHandleSeconds?: Maybe<Scalars['Float']['output']>;
  awaySeconds: Scalars['Float']['output'];
  busySeconds: Scalars['Float']['output'];
  dispositions: Array<DispositionCount>;
  end: Scalars['DateTime']['output'];
  handled: Scalars['Int']['output'];
  handledBackoffice: Scalars['Int']['output'];
  handledChat: Scalars['Int']['output'];
  handledEmail: Scalars['Int']['output'];
  handledVoice: Scalars['Int']['output'];
  /** Handle time over staffed time (available, busy, wrap-up), 0-100. */
  occupancyPercent?: Maybe<Scalars['Float']['output']>;
  offersAccepted: Scalars['Int']['output'];
  /** Offers that timed out. */
  offersMissed: Scalars['Int']['output'];
  offersRejected: Scalars['Int']['output'];
  start: Scalars['DateTime']['output'];
  wrapUpSeconds: Scalars['Float']['output'];
};

/** A skill an agent has, with proficiency 1-10. */
export type AgentSkill = {
  __typename?: 'AgentSkill';
  level: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

/** Metadata of an attachment (its content is not kept). */
export type Attachment = {
  __typename?: 'Attachment';
  /** Checksum given by the source (the SMTP intake stores MD5). */
  checksum?: Maybe<Scalars['String']['output']>;
  /** MIME type. */
  contentType: Scalars['String']['output'];
  /** File name, if the sender gave one. */
  filename?: Maybe<Scalars['String']['output']>;
  /** Size in bytes. */
  size: Scalars['Int']['output'];
};

/** Metadata of an attachment. */
export type AttachmentInput = {
  /** A checksum of the content. */
  checksum?: InputMaybe<Scalars['String']['input']>;
  /** MIME type. */
  contentType?: InputMaybe<Scalars['String']['input']>;
  /** File name. */
  filename?: InputMaybe<Scalars['String']['input']>;
  /** Size in bytes. */
  size: Scalars['Int']['input'];
};

/** One change a person made to a user, group, agent, queue, classification rule or someone else's presence. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** Who the change counts for. */
  actor?: Maybe<User>;
  actorId?: Maybe<Scalars['ID']['output']>;
  /** The subject after the change (null when deleted). */
  after?: Maybe<Scalars['JSON']['output']>;
  at: Scalars['DateTime']['output'];
  /** The subject before the change (null when created). */
  before?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  /** The admin who acted for the actor through X-Act-As, if any. */
  onBehalfOf?: Maybe<Scalars['ID']['output']>;
  /** The user id, group id, queue name or rule id changed. */
  subjectId: Scalars['ID']['output'];
  /** USER, GROUP, AGENT, QUEUE, CLASSIFICATION_RULE, SITE or CUSTOMER. */
  subjectType: Scalars['String']['output'];
  /** What happened, e.g. user.created, user.roles-set, user.deactivated, user.reactivated, user.password-reset, group.members-set, agent.changed, agent.presence-set, queue.changed, rule.created. */
  type: Scalars['String']['output'];
};

/** A page of audit entries, newest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** What the audit log can be narrowed to. */
export type AuditFilter = {
  /** Changes by this user, or made by this admin for someone else. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  /** Exclusive. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
};

/** Opening hours on one weekday, local times of the site's zone. */
export type BusinessHours = {
  __typename?: 'BusinessHours';
  /** HH:MM; 24:00 is midnight. */
  close: Scalars['String']['output'];
  day: Weekday;
  /** HH:MM. */
  open: Scalars['String']['output'];
};

export type BusinessHoursInput = {
  close: Scalars['String']['input'];
  day: Weekday;
  open: Scalars['String']['input'];
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

/** What a callback task carries. */
export type Callback = {
  __typename?: 'Callback';
  /** Dial attempts made so far (an agent taking the callback is one attempt). */
  attempts: Scalars['Int']['output'];
  maxAttempts: Scalars['Int']['output'];
  /** Null while the callback is open or being dialled. */
  outcome?: Maybe<CallbackOutcome>;
  phone: Scalars['String']['output'];
  /** Not offered before this time (the window's opening, or the retry delay after no answer). */
  readyAt?: Maybe<Scalars['DateTime']['output']>;
  windowEnd: Scalars['DateTime']['output'];
  windowStart: Scalars['DateTime']['output'];
};

/** A request to be called back. */
export type CallbackInput = {
  /** Who asked: a JSON object with any of id, name, email, phone (matched to a customer record). */
  customer?: InputMaybe<Scalars['JSON']['input']>;
  /** The contact the request came with, if any. */
  interactionId?: InputMaybe<Scalars['ID']['input']>;
  /** Dial attempts before the callback is given up with NO_ANSWER (1-10, default 3). */
  maxAttempts?: InputMaybe<Scalars['Int']['input']>;
  /** The number to dial (default: customer.phone). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The queue whose agents call back. */
  queue: Scalars['String']['input'];
  /** The site whose hours the callback is offered in (default: its queue's). */
  site?: InputMaybe<Scalars['ID']['input']>;
  /** Skills the calling agent needs. */
  skills?: InputMaybe<Array<SkillInput>>;
  /** When the customer may be called until; a callback still waiting then is closed with WINDOW_MISSED. */
  windowEnd: Scalars['DateTime']['input'];
  /** When the customer may be called from (default: now). */
  windowStart?: InputMaybe<Scalars['DateTime']['input']>;
};

/** How a callback ended. */
export type CallbackOutcome =
  /** The customer answered (CALL_ANSWERED for the callback's callId). */
  | 'ANSWERED'
  /** Nobody answered on the last attempt the window or maxAttempts allowed. */
  | 'NO_ANSWER'
  /** The window closed before anyone took the callback. */
  | 'WINDOW_MISSED';

/** A ready-made reply text of a queue. */
export type CannedResponse = {
  __typename?: 'CannedResponse';
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** A ready-made reply text: a title (1-100 characters, distinct in the queue) and its text (1-4,000). */
export type CannedResponseInput = {
  text: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** How much work of each channel an agent takes at once, and in all. */
export type Capacity = {
  __typename?: 'Capacity';
  BACKOFFICE: Scalars['Int']['output'];
  CHAT: Scalars['Int']['output'];
  EMAIL: Scalars['Int']['output'];
  VOICE: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type CapacityInput = {
  BACKOFFICE?: InputMaybe<Scalars['Int']['input']>;
  CHAT?: InputMaybe<Scalars['Int']['input']>;
  EMAIL?: InputMaybe<Scalars['Int']['input']>;
  VOICE?: InputMaybe<Scalars['Int']['input']>;
  /** At most this many items at once across channels. */
  total?: InputMaybe<Scalars['Int']['input']>;
};

/** A front-line contact to take in. */
export type CaptureInteractionInput = {
  /** Attachment metadata. */
  attachments?: InputMaybe<Array<AttachmentInput>>;
  /** Source-specific data (a JSON object); classification rules can match on it. */
  attributes?: InputMaybe<Scalars['JSON']['input']>;
  /** The text. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** The case the contact is about, when known (its business key). */
  caseReference?: InputMaybe<Scalars['String']['input']>;
  /** The channel it came in on. */
  channel: InteractionChannel;
  /** Who it is from. */
  customer?: InputMaybe<CustomerInput>;
  /** Your id of the contact; capturing it again returns the first interaction and changes nothing. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Subject line or topic (a [CASE-...] tag in it joins that open case). */
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** One of the customer's open cases, as the call card lists it. */
export type CardCase = {
  __typename?: 'CardCase';
  businessKey?: Maybe<Scalars['String']['output']>;
  definitionKey: Scalars['String']['output'];
  /** The process instance id. */
  id: Scalars['ID']['output'];
  startedAt: Scalars['DateTime']['output'];
};

/** One of the customer's latest contacts, as the call card lists it. */
export type CardContact = {
  __typename?: 'CardContact';
  at: Scalars['DateTime']['output'];
  channel: InteractionChannel;
  direction: InteractionDirection;
  id: Scalars['ID']['output'];
  subject?: Maybe<Scalars['String']['output']>;
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
  phone: Scalars['String']['input'];
  /** The VOICE queue whose agents call back. */
  queue: Scalars['String']['input'];
  windowEnd: Scalars['DateTime']['input'];
  windowStart?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A chat conversation. */
export type ChatConversation = {
  __typename?: 'ChatConversation';
  /** The case the chat started or joined. */
  caseReference?: Maybe<Scalars['String']['output']>;
  customerEmail?: Maybe<Scalars['String']['output']>;
  /** The customer record the chat was matched to (by e-mail), if any. */
  customerId?: Maybe<Scalars['ID']['output']>;
  customerName?: Maybe<Scalars['String']['output']>;
  /** The wrap-up code the agent closed with, if any. */
  dispositionCode?: Maybe<Scalars['String']['output']>;
  dispositionNote?: Maybe<Scalars['String']['output']>;
  /** CLOSED_BY_AGENT, CUSTOMER_LEFT, CUSTOMER_TIMEOUT or CALLBACK. */
  endReason?: Maybe<Scalars['String']['output']>;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The CHAT interaction on the customer's timeline and the case; its body is the transcript once the chat ended. */
  interactionId?: Maybe<Scalars['ID']['output']>;
  /** Messages after afterSeq (default: all), oldest first. */
  messages: Array<ChatMessage>;
  queue: Scalars['String']['output'];
  startedAt: Scalars['DateTime']['output'];
  state: ChatState;
  /** The CHAT task the conversation is routed as. */
  task?: Maybe<Task>;
};


/** A chat conversation. */
export type ChatConversationMessagesArgs = {
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
};

/** A change in one of the viewer's chats. */
export type ChatEvent = {
  __typename?: 'ChatEvent';
  conversation: ChatConversation;
  /** The new message (chat.message). */
  message?: Maybe<ChatMessage>;
  /** chat.message or chat.ended. */
  type: Scalars['String']['output'];
};

/** One message of a chat. */
export type ChatMessage = {
  __typename?: 'ChatMessage';
  /** The agent who wrote it (author AGENT). */
  agent?: Maybe<User>;
  at: Scalars['DateTime']['output'];
  author: ChatAuthor;
  /** Plain text as written: render it as text, never as markup. */
  body: Scalars['String']['output'];
  /** Counts from 1 within the conversation. */
  seq: Scalars['Int']['output'];
};

/** OPEN while the customer and the desk talk; ENDED once either side ended it. */
export type ChatState =
  | 'ENDED'
  | 'OPEN';

/** A classification rule: which process a new contact starts. */
export type ClassificationRule = {
  __typename?: 'ClassificationRule';
  /** What it does. */
  action: RuleAction;
  /** Whether the rule is tried. */
  enabled: Scalars['Boolean']['output'];
  /** Opaque rule id. */
  id: Scalars['ID']['output'];
  /** What it matches. */
  match: RuleMatch;
  /** Unique name. */
  name: Scalars['String']['output'];
  /** Evaluation order (ascending). */
  position: Scalars['Int']['output'];
  /** Why the rule is skipped although enabled (a stored pattern RE2 cannot run, e.g. a back-reference or look-around); null when usable. */
  problem?: Maybe<Scalars['String']['output']>;
  /** When it was changed last. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who changed it last. */
  updatedBy?: Maybe<User>;
  /** Counts every change, from 1. */
  version: Scalars['Int']['output'];
  /** Every change, oldest first. */
  versions: Array<ClassificationRuleVersion>;
};

/** A new classification rule (no id) or a change of one. */
export type ClassificationRuleInput = {
  /** What it does. */
  action: RuleActionInput;
  /** Disabled rules are skipped (default true). */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The version the change is based on; a newer stored version is a CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The rule to change; omit to create one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** What the rule looks at. */
  match?: InputMaybe<RuleMatchInput>;
  /** Unique name. */
  name: Scalars['String']['input'];
  /** Rules are tried in ascending position. */
  position: Scalars['Int']['input'];
};

/** One audited change of a classification rule. */
export type ClassificationRuleVersion = {
  __typename?: 'ClassificationRuleVersion';
  /** Who made the change. */
  actor?: Maybe<User>;
  /** When. */
  at: Scalars['DateTime']['output'];
  /** CREATED, UPDATED or DELETED. */
  change: Scalars['String']['output'];
  /** The rule after the change (before it, for DELETED). */
  snapshot: Scalars['JSON']['output'];
  /** The version this change produced. */
  version: Scalars['Int']['output'];
};

/** The nodes serving this database. */
export type Cluster = {
  __typename?: 'Cluster';
  /** The highest leader term a live node reports; it increases at each takeover (0: no election yet). */
  leaderTerm: Scalars['Int']['output'];
  /** Most recently seen first; stale ones included (flagged) until pruned. */
  nodes: Array<ClusterNode>;
};

/** One server process on this database, as its heartbeats left it (docs/cluster.md). */
export type ClusterNode = {
  __typename?: 'ClusterNode';
  host: Scalars['String']['output'];
  /** CROSSDESK_NODE_ID (default: host name, process id and a random suffix). */
  id: Scalars['ID']['output'];
  /** Its last heartbeat (every CROSSDESK_NODE_HEARTBEAT_SECONDS). */
  lastSeenAt: Scalars['DateTime']['output'];
  /** The role it reported at its last heartbeat. */
  role: NodeRole;
  /** Not heard from for CROSSDESK_NODE_STALE_SECONDS: probably gone; removed after CROSSDESK_NODE_PRUNE_HOURS. */
  stale: Scalars['Boolean']['output'];
  startedAt: Scalars['DateTime']['output'];
  /** Crossdesk version it runs (package.json): two versions side by side mean a rolling upgrade. */
  version: Scalars['String']['output'];
};

/** Who may answer a consultation: any combination; none means anyone in the parent's queue. */
export type ConsultInput = {
  group?: InputMaybe<Scalars['String']['input']>;
  question: Scalars['String']['input'];
  skills?: InputMaybe<Array<SkillInput>>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** A question the holder of a task asked a colleague or a group. */
export type Consultation = {
  __typename?: 'Consultation';
  answer?: Maybe<Scalars['String']['output']>;
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  answeredBy?: Maybe<User>;
  /** The consultation task's id (it is routed like any task). */
  id: Scalars['ID']['output'];
  question: Scalars['String']['output'];
  state: TaskState;
  /** The consultation as a task (holder, reservation, history). */
  task: Task;
};

/** A message for a waiting instance or a message start event. */
export type CorrelateMessageInput = {
  /** Picks the instance whose correlation key matches. */
  correlationKey?: InputMaybe<Scalars['String']['input']>;
  /** The BPMN message name. */
  name: Scalars['String']['input'];
  /** Keep a message nothing waits for yet this long, for the first matching wait (outcome BUFFERED). */
  ttlSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Variables delivered with the message. */
  variables?: InputMaybe<Scalars['JSON']['input']>;
};

/** What a correlated message did. */
export type CorrelationOutcome =
  /** Nothing waits yet; kept for ttlSeconds. */
  | 'BUFFERED'
  /** Delivered to the one instance waiting for it. */
  | 'CORRELATED'
  /** Nothing waits and nothing starts; the message is dropped. */
  | 'NO_MATCH'
  /** Started a process at its message start event. */
  | 'STARTED';

/** The result of correlateMessage. */
export type CorrelationResult = {
  __typename?: 'CorrelationResult';
  /** What happened to the message. */
  outcome: CorrelationOutcome;
  /** The instance reached or started, if any. */
  processInstance?: Maybe<ProcessInstance>;
};

export type CreateUserInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  /** Groups to join; each must exist (createGroup). */
  groups?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The user id, also the sign-in name: 1-100 letters, digits, . _ @ -. */
  id: Scalars['ID']['input'];
  /** Display name (default: the id). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Roles to grant (default none); the role matrix decides who may grant which. */
  roles?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The site the user works at. */
  site?: InputMaybe<Scalars['ID']['input']>;
};

export type CtiEventInput = {
  agentId?: InputMaybe<Scalars['ID']['input']>;
  /** When it happened at the switch; events older than the last applied one of the same agent or call are ignored. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  callId?: InputMaybe<Scalars['ID']['input']>;
  customer?: InputMaybe<Scalars['JSON']['input']>;
  /** The platform's id of this event; the same id twice is applied once (default: derived from type, agent, call and time). */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  queue?: InputMaybe<Scalars['String']['input']>;
  skills?: InputMaybe<Array<SkillInput>>;
  type: CtiEventType;
};

/** The outcome of a CTI event. */
export type CtiEventResult = {
  __typename?: 'CtiEventResult';
  /** The agent, for agent events and answered calls. */
  agent?: Maybe<Agent>;
  eventId: Scalars['ID']['output'];
  outcome: CtiOutcome;
  /** The call's task, for call events. */
  task?: Maybe<Task>;
};

/** What the telephony platform reports. */
export type CtiEventType =
  | 'AGENT_LOGIN'
  | 'AGENT_LOGOUT'
  | 'AGENT_NOT_READY'
  | 'AGENT_READY'
  /** The platform dialled a callback (callId) and nobody answered: retried after a delay or closed. */
  | 'CALLBACK_NO_ANSWER'
  | 'CALL_ANSWERED'
  | 'CALL_ENDED'
  /** The call went on hold: hold time runs. */
  | 'CALL_HELD'
  | 'CALL_OFFERED'
  /** The call came off hold: its hold time is added to the task's `holdSeconds`. */
  | 'CALL_RESUMED'
  /** The agent's part of the call ended by a transfer (completed like CALL_ENDED; the new leg is a new CALL_OFFERED). */
  | 'CALL_TRANSFERRED'
  | 'WRAP_UP_ENDED';

/** What became of a CTI event. */
export type CtiOutcome =
  /** Applied. */
  | 'APPLIED'
  /** The same event id was applied before; nothing changed. */
  | 'DUPLICATE'
  /** Older than what is already known of its agent or call; nothing changed. */
  | 'STALE';

/** A customer: the person contacts come from, matched by id, e-mail or phone. */
export type Customer = {
  __typename?: 'Customer';
  /** Cases (process instances) the customer's contacts started or joined, newest first. */
  cases: Array<ProcessInstance>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Lower-cased e-mail address. */
  email?: Maybe<Scalars['String']['output']>;
  /** Set once the customer's personal data was erased (eraseCustomer): name, e-mail and phone stay empty for good. */
  erasedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The customer id (given by the source system, or generated). */
  id: Scalars['ID']['output'];
  /** The customer's contacts and our replies, newest first. */
  interactions: InteractionConnection;
  /** Set once this record was merged into another: that record's id (its timeline holds this one's contacts). */
  mergedInto?: Maybe<Scalars['ID']['output']>;
  /** Records merged into this one, oldest first. */
  merges: Array<CustomerMerge>;
  /** Display name. */
  name?: Maybe<Scalars['String']['output']>;
  /** Phone number, digits with an optional leading +. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Tasks of those cases and tasks linked to the customer's contacts, newest first. */
  tasks: Array<Task>;
};


/** A customer: the person contacts come from, matched by id, e-mail or phone. */
export type CustomerInteractionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Who a live contact is with: the customer record it was matched to (if any), latest contacts and open cases. */
export type CustomerCard = {
  __typename?: 'CustomerCard';
  /** The customer record's id (null when the contact named nobody a record could hold). */
  customerId?: Maybe<Scalars['ID']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  /** Up to 5 open cases, newest first. */
  openCases: Array<CardCase>;
  phone?: Maybe<Scalars['String']['output']>;
  /** The latest 5 contacts, newest first. */
  recentContacts: Array<CardContact>;
};

/** Who a contact is from; matched by id, then e-mail, then phone, else created. */
export type CustomerInput = {
  /** E-mail address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Your id of the customer (kept as the record's id when the record is new). */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Phone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** One audited merge of a customer record into this one. */
export type CustomerMerge = {
  __typename?: 'CustomerMerge';
  /** Who merged. */
  actor?: Maybe<User>;
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Contacts moved to this record. */
  interactionsMoved: Scalars['Int']['output'];
  /** Its e-mail before the merge. */
  sourceEmail?: Maybe<Scalars['String']['output']>;
  /** The record merged away (it keeps its e-mail and phone, so later contacts from them land here). */
  sourceId: Scalars['ID']['output'];
  /** Its name before the merge. */
  sourceName?: Maybe<Scalars['String']['output']>;
  /** Its phone before the merge. */
  sourcePhone?: Maybe<Scalars['String']['output']>;
};

/** A BPMN file to deploy. */
export type DeployProcessInput = {
  /** BPMN 2.0 XML with one executable process (at most 5 MB). */
  bpmnXml: Scalars['String']['input'];
  /** Forms the process's user tasks show; deployed with the process, in the same transaction. An unchanged form keeps its version. */
  forms?: InputMaybe<Array<TaskFormInput>>;
  /** A label for the deployment. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A user task of a deployed version whose requirements nobody in the workforce meets now (it would wait silently), or that names a group that does not exist. */
export type DeployWarning = {
  __typename?: 'DeployWarning';
  /** NO_AGENT_HAS_SKILL, NO_AGENT_HAS_ALL_SKILLS, NO_CANDIDATE, NO_CHANNEL_CAPACITY or UNKNOWN_GROUP. */
  code: Scalars['String']['output'];
  /** The user task concerned. */
  elementId: Scalars['String']['output'];
  /** Its name as modelled (may hold an expression). */
  elementName?: Maybe<Scalars['String']['output']>;
  /** The warning in English, e.g. `no agent has spanish:5`. */
  message: Scalars['String']['output'];
  /** The requirement nobody meets, as data: `spanish:5`, `billing:3 spanish:5`, the candidate groups and users (`legal, audit`), `VOICE`. */
  requirement: Scalars['String']['output'];
  /** The rule: crossdesk/no-agent-qualifies or crossdesk/unknown-group. */
  rule: Scalars['String']['output'];
};

/** A disposition code and how often it was chosen. */
export type DispositionCount = {
  __typename?: 'DispositionCount';
  code: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

/** Erlang A (callers hang up after an exponential patience) at the fewest agents that meet the targets. */
export type ErlangAStaffing = {
  __typename?: 'ErlangAStaffing';
  /** Share of arrivals that hang up before an answer. */
  abandonProbability: Scalars['Float']['output'];
  /** Agents needed at work (handling or ready) during the interval. */
  agents: Scalars['Int']['output'];
  /** Mean wait of the answered calls (those answered at once included), seconds. */
  averageSpeedOfAnswerSeconds: Scalars['Float']['output'];
  limitedBy: StaffingConstraint;
  /** Share of the agents' time spent handling contacts: A * (1 - abandonProbability) / agents. */
  occupancy: Scalars['Float']['output'];
  /** Agents to schedule so that `agents` are at work after shrinkage: ceil(agents / (1 - shrinkage)). */
  scheduledAgents: Scalars['Int']['output'];
  /** Share of all arrivals answered within targetSeconds; callers who hang up count against it. */
  serviceLevel: Scalars['Float']['output'];
  /** Share of arrivals that find every agent busy and queue. */
  waitProbability: Scalars['Float']['output'];
};

/** Erlang C (callers never hang up) at the fewest agents that meet the targets. */
export type ErlangCStaffing = {
  __typename?: 'ErlangCStaffing';
  /** Agents needed at work (handling or ready) during the interval. */
  agents: Scalars['Int']['output'];
  /** Mean wait of all calls (all are answered), seconds: C * AHT / (agents - A). */
  averageSpeedOfAnswerSeconds: Scalars['Float']['output'];
  limitedBy: StaffingConstraint;
  /** Share of the agents' time spent handling contacts: A / agents. */
  occupancy: Scalars['Float']['output'];
  /** Agents to schedule so that `agents` are at work after shrinkage: ceil(agents / (1 - shrinkage)). */
  scheduledAgents: Scalars['Int']['output'];
  /** Share of all arrivals answered within targetSeconds: 1 - C * exp(-(agents - A) * targetSeconds / AHT). */
  serviceLevel: Scalars['Float']['output'];
  /** Share of arrivals that find every agent busy and wait (Erlang C's C). */
  waitProbability: Scalars['Float']['output'];
};

/** A step that widens a waiting task's eligibility after it has waited afterSeconds. */
export type EscalationStep = {
  __typename?: 'EscalationStep';
  /** Members of this group become candidates too. */
  addGroup?: Maybe<Scalars['String']['output']>;
  afterSeconds: Scalars['Int']['output'];
  /** Required skill levels drop by this much (not below 1). */
  lowerSkillLevelBy?: Maybe<Scalars['Int']['output']>;
  /** The task moves to this queue. */
  moveToQueue?: Maybe<Scalars['String']['output']>;
  /** Base priority rises by this much. */
  raisePriority?: Maybe<Scalars['Int']['output']>;
  widenToAllSites?: Maybe<Scalars['Boolean']['output']>;
  widenToSites?: Maybe<Array<Scalars['ID']['output']>>;
};

export type EscalationStepInput = {
  addGroup?: InputMaybe<Scalars['String']['input']>;
  afterSeconds: Scalars['Int']['input'];
  lowerSkillLevelBy?: InputMaybe<Scalars['Int']['input']>;
  moveToQueue?: InputMaybe<Scalars['String']['input']>;
  raisePriority?: InputMaybe<Scalars['Int']['input']>;
  /** From this step on, agents of any site may take the task. */
  widenToAllSites?: InputMaybe<Scalars['Boolean']['input']>;
  /** From this step on, agents of these sites may take the task too. */
  widenToSites?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A service task's work, done by an outside worker that fetches and locks it by topic. */
export type ExternalTask = {
  __typename?: 'ExternalTask';
  /** The instance's business key. */
  businessKey?: Maybe<Scalars['String']['output']>;
  /** When the job was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The BPMN element id of the service task. */
  elementId: Scalars['String']['output'];
  /** The last failure reported. */
  errorMessage?: Maybe<Scalars['String']['output']>;
  /** The job id; pass it to completeExternalTask or failExternalTask. */
  id: Scalars['ID']['output'];
  /** When the worker's lock runs out. */
  lockExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The instance the work belongs to. */
  processInstance: ProcessInstance;
  /** Attempts left before the job becomes an incident. */
  retries: Scalars['Int']['output'];
  /** READY, LOCKED, FAILED or DONE. */
  state: JobState;
  /** The topic workers fetch by (crossdesk:topic or camunda:topic). */
  topic: Scalars['String']['output'];
  /** The instance's variables when the task was locked. */
  variables: Scalars['JSON']['output'];
  /** The worker holding the lock, if locked. */
  workerId?: Maybe<Scalars['String']['output']>;
};

/** Arrivals and handle time per interval: Holt-Winters on daily totals x intraday profile per weekday. */
export type Forecast = {
  __typename?: 'Forecast';
  accuracy: ForecastAccuracy;
  channel: Channel;
  /** The last week of history before the forecast's history ends, as it happened. */
  history: Array<ForecastInterval>;
  intervalMinutes: Scalars['Int']['output'];
  intervals: Array<ForecastInterval>;
  queue: Scalars['String']['output'];
  site?: Maybe<Scalars['ID']['output']>;
  /** The IANA zone the days and intervals follow. */
  timeZone: Scalars['String']['output'];
};

/** WAPE (sum of absolute errors / sum of actuals, 0..) over rolling one-week-ahead folds of the history. */
export type ForecastAccuracy = {
  __typename?: 'ForecastAccuracy';
  /** Seasonal-naive (same interval last week) on the same weeks. */
  baselineWape?: Maybe<Scalars['Float']['output']>;
  /** Held-out weeks measured (up to 4). */
  folds: Scalars['Int']['output'];
  /** The forecast's WAPE; null when the history is too short for a fold. */
  wape?: Maybe<Scalars['Float']['output']>;
};

/** A planner's percentage change to a day's forecast or to one interval of it (a campaign, a mailing). */
export type ForecastAdjustmentInput = {
  /** Default: the queue's channel. */
  channel?: InputMaybe<Channel>;
  /** Local date YYYY-MM-DD of the site. */
  date: Scalars['String']['input'];
  /** Start of one interval of that date; omit for the whole day. */
  intervalStart?: InputMaybe<Scalars['DateTime']['input']>;
  /** -100 to 1000; 0 removes the adjustment. Replaces an earlier one for the same day or interval. */
  percent: Scalars['Float']['input'];
  queue: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Default: the queue's site. */
  site?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * What to forecast: one queue (and channel) over [from, to), at most 35 days, in the calendar of a site
 * (time zone and holidays; default the queue's site, else UTC). docs/planning.md "Forecast".
 */
export type ForecastInput = {
  /** Default: the queue's channel. */
  channel?: InputMaybe<Channel>;
  from: Scalars['DateTime']['input'];
  /** Weeks of history the model learns from, 3 to 52; default 12. */
  historyWeeks?: InputMaybe<Scalars['Int']['input']>;
  /** 15, 30 or 60; default 15. */
  intervalMinutes?: InputMaybe<Scalars['Int']['input']>;
  queue: Scalars['String']['input'];
  /** The site whose time zone and holidays the days follow; default the queue's site. */
  site?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['DateTime']['input'];
};

/** One interval of a forecast or of its history. */
export type ForecastInterval = {
  __typename?: 'ForecastInterval';
  /** The planners' adjustment applied to this interval (day and interval adjustments compound), percent. */
  adjustmentPercent: Scalars['Float']['output'];
  /** Contacts expected (forecast, after adjustments) or that arrived (history). */
  arrivals: Scalars['Float']['output'];
  averageHandleSeconds: Scalars['Float']['output'];
  /** A site holiday: closed, nothing forecast. */
  closed: Scalars['Boolean']['output'];
  start: Scalars['DateTime']['output'];
};

/** A group of users. Candidate groups of tasks and queue escalation steps name it by id. */
export type Group = {
  __typename?: 'Group';
  /** What tasks, queues and users name: 1-100 letters, digits, _ . -; never changes. */
  id: Scalars['ID']['output'];
  /** The users in the group, by id. */
  members: Array<User>;
  /** Display name. */
  name: Scalars['String']['output'];
};

export type GroupInput = {
  id: Scalars['ID']['input'];
  /** Display name (default: the id). */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** One append-only record of what happened. */
export type HistoryEntry = {
  __typename?: 'HistoryEntry';
  /** Who did it (null for the engine itself). */
  actor?: Maybe<User>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** Details (variables, reasons, before/after); FORBIDDEN as the case's variables. */
  data?: Maybe<Scalars['JSON']['output']>;
  /** The BPMN element concerned, if any. */
  elementId?: Maybe<Scalars['String']['output']>;
  /** The name of the BPMN element concerned, as modelled (null when it has none). */
  elementName?: Maybe<Scalars['String']['output']>;
  /** Opaque, increasing entry id. */
  id: Scalars['ID']['output'];
  /** The id of the admin who acted for the actor (X-Act-As). */
  onBehalfOf?: Maybe<Scalars['String']['output']>;
  /** The task concerned, if any. */
  taskId?: Maybe<Scalars['ID']['output']>;
  /** e.g. instance.started, task.claimed, element.completed */
  type: Scalars['String']['output'];
};

/** A page of history entries, newest first. */
export type HistoryEntryConnection = {
  __typename?: 'HistoryEntryConnection';
  edges: Array<HistoryEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type HistoryEntryEdge = {
  __typename?: 'HistoryEntryEdge';
  cursor: Scalars['String']['output'];
  node: HistoryEntry;
};

/** What history can be searched by across instances. */
export type HistoryFilter = {
  /** Entries by this user. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  instanceId?: InputMaybe<Scalars['ID']['input']>;
  /** Exclusive. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** e.g. task.claimed, element.completed, incident.created */
  type?: InputMaybe<Scalars['String']['input']>;
};

/** A closed day of a site. */
export type Holiday = {
  __typename?: 'Holiday';
  /** YYYY-MM-DD in the site's zone. */
  date: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type HolidayInput = {
  date: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** Work that kept failing (a timer or an external task with no retries left). */
export type Incident = {
  __typename?: 'Incident';
  /** When the job was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The BPMN element the job belongs to. */
  elementId?: Maybe<Scalars['String']['output']>;
  /** The failed job's id; pass it to retryIncident. */
  id: Scalars['ID']['output'];
  /** The last failure message. */
  message?: Maybe<Scalars['String']['output']>;
  /** The instance that is stuck. */
  processInstance: ProcessInstance;
  /** TIMER or EXTERNAL */
  type: Scalars['String']['output'];
};

/** Lifecycle of a process instance. */
export type InstanceState =
  /** Running or waiting. */
  | 'ACTIVE'
  /** Stopped by cancelProcessInstance or a terminate end event. */
  | 'CANCELLED'
  /** Reached its end. */
  | 'COMPLETED';

/** A public web form posted to /intake/:formKey. */
export type IntakeForm = {
  __typename?: 'IntakeForm';
  /** The key in the URL. */
  formKey: Scalars['String']['output'];
  /** Which fields name the customer and the contact: customerName, customerEmail, customerPhone, subject, body. */
  mapping: Scalars['JSON']['output'];
  /** Stored field patterns RE2 cannot run, by path; those fields are checked without their pattern. Null when none. */
  problem?: Maybe<Scalars['String']['output']>;
  /** The form-js schema submissions are validated against. */
  schema: Scalars['JSON']['output'];
  /** Title (the interaction's subject unless the mapping names a field). */
  title: Scalars['String']['output'];
  /** When it was changed last. */
  updatedAt: Scalars['DateTime']['output'];
  /** Counts every change, from 1. */
  version: Scalars['Int']['output'];
  /** Every stored version, oldest first. */
  versions: Array<IntakeFormVersion>;
};

/** A public web form to store. */
export type IntakeFormInput = {
  /** The key in the URL (letters, digits, - and _). */
  formKey: Scalars['String']['input'];
  /** Field mapping: { customerName, customerEmail, customerPhone, subject, body } -> component keys. */
  mapping?: InputMaybe<Scalars['JSON']['input']>;
  /** A form-js schema (JSON with components). */
  schema: Scalars['JSON']['input'];
  /** Title. */
  title: Scalars['String']['input'];
};

/** One stored version of an intake form. */
export type IntakeFormVersion = {
  __typename?: 'IntakeFormVersion';
  /** Who stored it. */
  actor?: Maybe<User>;
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The field mapping at this version. */
  mapping: Scalars['JSON']['output'];
  /** The form-js schema at this version. */
  schema: Scalars['JSON']['output'];
  /** Title at this version. */
  title: Scalars['String']['output'];
  /** The version number, from 1. */
  version: Scalars['Int']['output'];
};

/** One front-line contact (or our reply to one). */
export type Interaction = {
  __typename?: 'Interaction';
  /** Attachment metadata. */
  attachments: Array<Attachment>;
  /** Source-specific data (form fields, mail recipients, call data). */
  attributes: Scalars['JSON']['output'];
  /** The text. */
  body?: Maybe<Scalars['String']['output']>;
  /** The case it started or joined. */
  case?: Maybe<ProcessInstance>;
  /** That case's reference (its business key), e.g. CASE-7K2M9QXD. */
  caseReference?: Maybe<Scalars['String']['output']>;
  /** The channel it came in on. */
  channel: InteractionChannel;
  /** When it was captured. */
  createdAt: Scalars['DateTime']['output'];
  /** Who it is from (or to). */
  customer?: Maybe<Customer>;
  /** INBOUND or OUTBOUND. */
  direction: InteractionDirection;
  /** The source system's id; the same externalId twice is one interaction. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** Opaque interaction id. */
  id: Scalars['ID']['output'];
  /** The mail's Message-ID. */
  messageId?: Maybe<Scalars['String']['output']>;
  /** What intake did with it. */
  outcome: InteractionOutcome;
  /** The classification rule that matched, if one did. */
  rule?: Maybe<ClassificationRule>;
  /** Subject line or topic. */
  subject?: Maybe<Scalars['String']['output']>;
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

/** A page of interactions. */
export type InteractionConnection = {
  __typename?: 'InteractionConnection';
  /** The interactions of this page. */
  edges: Array<InteractionEdge>;
  /** Where this page lies. */
  pageInfo: PageInfo;
  /** Interactions matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** INBOUND: the customer contacted us; OUTBOUND: our reply. */
export type InteractionDirection =
  /** From the customer. */
  | 'INBOUND'
  /** From us. */
  | 'OUTBOUND';

/** An interaction in a page of interactions. */
export type InteractionEdge = {
  __typename?: 'InteractionEdge';
  /** Opaque position of this interaction in the list. */
  cursor: Scalars['String']['output'];
  /** The interaction. */
  node: Interaction;
};

/** Narrows an interaction list; every field given must match. */
export type InteractionFilter = {
  /** Only this channel. */
  channel?: InputMaybe<InteractionChannel>;
  /** Only this customer's. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only those of this case (process instance id). */
  processInstanceId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive search in subject and body. */
  text?: InputMaybe<Scalars['String']['input']>;
};

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

/** State of a background job (timer or external task). */
export type JobState =
  /** Finished. */
  | 'DONE'
  /** Out of retries: an incident. */
  | 'FAILED'
  /** Held by a worker or a scheduler until its lock expires. */
  | 'LOCKED'
  /** Waiting to run or to be fetched. */
  | 'READY';

/** Commands. A failed command changes nothing. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Take the offered task. */
  acceptReservation: Task;
  /** Adjusts a day's or an interval's forecast by a percentage; stored and audited (supervisors). */
  adjustForecast: Scalars['Boolean']['output'];
  /** The holder of a consultation answers it; the answer returns to the parent task. Returns the completed consultation. */
  answerConsultation: Task;
  /** Assign a task to a user (supervisors). */
  assignTask: Task;
  /** Broadcast a signal to every waiting catch; returns the number of instances reached. */
  broadcastSignal: Scalars['Int']['output'];
  /**
   * Asks the telephony platform to hang up, hold, take off hold or transfer the viewer's call (or, for a
   * supervisor, anyone's). Queued as a signed `call.command` webhook; the call's state changes when the
   * platform's CTI events confirm it. Errors: BAD_USER_INPUT (not a call, HOLD on hold, UNHOLD not on
   * hold, TRANSFER without target), TASK_NOT_ACTIVE, TASK_NOT_ASSIGNEE, NOT_FOUND.
   */
  callCommand: Task;
  /** Cancel a running instance (supervisors). */
  cancelProcessInstance: ProcessInstance;
  /** Cancels a run (one still waiting ends at once, a running one within a fraction of a second). */
  cancelSimulation: SimulationRun;
  /** Takes in a front-line contact: joins its open case or starts one by the classification rules (agents, integrators, supervisors). */
  captureInteraction: Interaction;
  /**
   * Change your own password (not with X-Act-As). The new one needs 10-256 characters and must be hard to
   * guess (zxcvbn score 3 of 4: no common passwords, keyboard walks or your own id/name). Revokes your other
   * tokens; a token that had to change the password becomes a full session. BAD_USER_INPUT names the field
   * (oldPassword wrong, newPassword too weak); wrong old passwords are throttled like signIn (RATE_LIMITED).
   */
  changePassword: Scalars['Boolean']['output'];
  /** The chat becomes a callback for its customer (a CALLBACK task) and ends; returns the callback task. */
  chatToCallback: Task;
  /** Take a task: candidates (and supervisors) may claim a task nobody holds. */
  claimTask: Task;
  /** The agent holding the chat (or a supervisor) ends it, with an optional disposition code and note; its task completes and the transcript joins the case. */
  closeChat: ChatConversation;
  /** The worker holding the lock reports the work done; the variables flow into the instance. */
  completeExternalTask: ExternalTask;
  /** Complete the viewer's task; the variables flow into the instance. */
  completeTask: Task;
  /** The holder of a task (or a supervisor) asks a colleague or a group; returns the consultation task. */
  consultTask: Task;
  /** Deliver a message to the instance waiting for it, or start a process with a message start event. */
  correlateMessage: CorrelationResult;
  /** Create a group (supervisors, admins). */
  createGroup: Group;
  /**
   * Create a user (the role matrix: admins anyone, supervisors experts and agents). The user has no password
   * until resetPassword gives a one-time one. BAD_USER_INPUT (field id, reason TAKEN) when the id exists.
   */
  createUser: User;
  /** A telephony event (integrators; also POST /cti/events with an HMAC signature). */
  ctiEvent: CtiEventResult;
  /**
   * Deactivate a user: they cannot sign in, their tokens and open subscriptions end, their offers are withdrawn
   * and their held back-office work goes back to its queue with its age. History keeps naming them.
   */
  deactivateUser: User;
  /** Deletes a classification rule; its versions stay (designers). */
  deleteClassificationRule: ClassificationRule;
  /**
   * Delete a group. CONFLICT (reason GROUP_IN_USE, with queues, rules and tasks) while a queue's escalation step,
   * a classification rule or an open task names it.
   */
  deleteGroup: Scalars['Boolean']['output'];
  deleteRosterShift: Scalars['Boolean']['output'];
  /** Deploy a BPMN file (designers). Identical XML returns the existing version. */
  deployProcess: ProcessDefinition;
  /** Deploy forms on their own (designers): each changed form becomes a new version. */
  deployTaskForms: Array<TaskForm>;
  /** Erases a customer's personal data (admins): names, e-mail, phone, contact texts, chat transcripts and values their cases copied; rows stay, so counts and reports stay whole. Audited; a second call is harmless. NOT_FOUND for an unknown id. */
  eraseCustomer: Scalars['Boolean']['output'];
  /** The worker reports a failure; retries 0 (or running out) raises an incident. */
  failExternalTask: ExternalTask;
  /** Lock up to maxTasks (default 10) jobs of a topic for a worker (integrators); waitSeconds long-polls. */
  fetchAndLockExternalTasks: Array<ExternalTask>;
  /**
   * Imports a roster CSV (header agent,date,start,end[,breaks][,queue][,site]; breaks as 12:00-12:30;15:00-15:15),
   * all or nothing: errors come back as BAD_USER_INPUT with extensions.errors [{ line, message }]. At most
   * 256 KB and 5000 rows. Returns the number of shifts stored.
   */
  importRoster: Scalars['Int']['output'];
  /** Merges customer `sourceId` into `targetId` (supervisors): its contacts, cases and tasks join the target's timeline; audited. */
  mergeCustomers: Customer;
  /** Pull: the best task the viewer may take now, claimed atomically; null when there is none. */
  nextTask?: Maybe<Task>;
  /**
   * Exchange the one-time code that /auth/oidc/callback handed the web app (in the URL fragment) for a session,
   * as signIn gives. Needs no token. Each code works once, for CROSSDESK_OIDC_CODE_SECONDS (60):
   * SIGN_IN_CODE_INVALID after.
   */
  redeemSignInCode: SignInResult;
  /** Decline an offer; the task is routed to someone else. */
  rejectReservation: Reservation;
  /** Answers a contact by mail, threaded so the customer's reply returns to the case (experts, agents, supervisors). */
  replyToInteraction: Interaction;
  /** A customer asks to be called back inside a window; an outbound VOICE task of kind CALLBACK whose age counts from now. */
  requestCallback: Task;
  /**
   * Give a user a server-generated one-time password (admins) and answer it. The user's tokens are revoked and
   * their sign-in back-off lifted; signing in with it gives mustChangePassword = true.
   */
  resetPassword: Scalars['String']['output'];
  /** Resume a paused task the viewer holds. */
  resumeTask: Task;
  /** Give an incident's job fresh retries so it runs again (supervisors, integrators). */
  retryIncident: Incident;
  /** Revoke every token of a user (admins); answers how many were live. Their open subscriptions end within seconds. */
  revokeTokens: Scalars['Int']['output'];
  /** The agent holding the chat answers the customer (CHAT_ENDED once it ended; size limit CROSSDESK_CHAT_MAX_MESSAGE_CHARS). */
  sendChatMessage: ChatMessage;
  /**
   * Codes how a contact ended, for any task of a queue with dispositionCodes (calls in wrap-up, chats, mail):
   * its holder (or whoever held it when it ended) or a supervisor; the code must be one of the queue's.
   * A later call replaces the code. Errors: BAD_USER_INPUT (unknown code, queue without codes, note over
   * 2,000 characters), TASK_NOT_ASSIGNEE, TASK_NOT_ACTIVE (not taken yet), NOT_FOUND.
   */
  setDisposition: Task;
  /** Make these users the group's members; each one joining or leaving is a CHANGE_GROUPS change under the role matrix. */
  setGroupMembers: Group;
  /** Change the viewer's presence (or another agent's, for supervisors). */
  setPresence: Agent;
  setQueuePlanning: QueuePlanning;
  /** Replace a user's roles (role matrix rows GRANT_ROLE and REVOKE_ROLE for each role added or removed). */
  setUserRoles: User;
  /** Sign in with user id and password (web app). Needs no token. Throttled: RATE_LIMITED with retryAfterSeconds. */
  signIn: SignInResult;
  /** End the caller's session: this token stops working; its open subscriptions end. Works while a password change is required. */
  signOut: Scalars['Boolean']['output'];
  /**
   * Starts simulating a scenario in the background (supervisors): { seed hours policy acceptSeconds
   * intervalMinutes warmupHours queues: [...] agents: [...] } as docs/planning.md describes. A bad scenario
   * is refused at once with BAD_USER_INPUT naming the field; poll simulationRun for progress and result.
   */
  simulate: SimulationRun;
  /** Start the latest version of a process. */
  startProcess: ProcessInstance;
  /** Report a BPMN error from the viewer's task (caught by an error boundary event). */
  throwTaskError: Task;
  /** Raise a BPMN escalation from the viewer's task. */
  throwTaskEscalation: Task;
  /** Give a held task back to its queue (its assignee or a supervisor). */
  unclaimTask: Task;
  /** Rename a group (supervisors, admins). */
  updateGroup: Group;
  /** Change a user's name, e-mail, groups or activity (role matrix rows EDIT_PROFILE, CHANGE_GROUPS, DEACTIVATE_USER). */
  updateUser: User;
  /** Create or change an agent (supervisors, admins). */
  upsertAgent: Agent;
  /** Creates or changes a classification rule (designers). */
  upsertClassificationRule: ClassificationRule;
  /** Creates or changes a public web form (designers). */
  upsertIntakeForm: IntakeForm;
  /** Create or change a queue (supervisors, admins). */
  upsertQueue: Queue;
  /** Adds or replaces an agent's shift of a day; audited. */
  upsertRosterShift: RosterShift;
  /** Creates or changes a site (admins). */
  upsertSite: Site;
};


/** Commands. A failed command changes nothing. */
export type MutationAcceptReservationArgs = {
  id: Scalars['ID']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationAdjustForecastArgs = {
  input: ForecastAdjustmentInput;
};


/** Commands. A failed command changes nothing. */
export type MutationAnswerConsultationArgs = {
  answer: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationAssignTaskArgs = {
  agentId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationBroadcastSignalArgs = {
  name: Scalars['String']['input'];
  variables?: InputMaybe<Scalars['JSON']['input']>;
};


/** Commands. A failed command changes nothing. */
export type MutationCallCommandArgs = {
  command: CallCommand;
  target?: InputMaybe<Scalars['String']['input']>;
  taskId: Scalars['ID']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationCancelProcessInstanceArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Commands. A failed command changes nothing. */
export type MutationCancelSimulationArgs = {
  id: Scalars['ID']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationCaptureInteractionArgs = {
  input: CaptureInteractionInput;
};


/** Commands. A failed command changes nothing. */
export type MutationChangePasswordArgs = {
  newPassword: Scalars['String']['input'];
  oldPassword: Scalars['String']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationChatToCallbackArgs = {
  conversationId: Scalars['ID']['input'];
  input: ChatCallbackInput;
};


/** Commands. A failed command changes nothing. */
export type MutationClaimTaskArgs = {
  id: Scalars['ID']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationCloseChatArgs = {
  conversationId: Scalars['ID']['input'];
  dispositionCode?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};


/** Commands. A failed command changes nothing. */
export type MutationCompleteExternalTaskArgs = {
  id: Scalars['ID']['input'];
  variables?: InputMaybe<Scalars['JSON']['input']>;
  workerId: Scalars['String']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationCompleteTaskArgs = {
  id: Scalars['ID']['input'];
  variables?: InputMaybe<Scalars['JSON']['input']>;
};


/** Commands. A failed command changes nothing. */
export type MutationConsultTaskArgs = {
  id: Scalars['ID']['input'];
  input: ConsultInput;
};


/** Commands. A failed command changes nothing. */
export type MutationCorrelateMessageArgs = {
  input: CorrelateMessageInput;
};


/** Commands. A failed command changes nothing. */
export type MutationCreateGroupArgs = {
  input: GroupInput;
};


/** Commands. A failed command changes nothing. */
export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


/** Commands. A failed command changes nothing. */
export type MutationCtiEventArgs = {
  input: CtiEventInput;
};


/** Commands. A failed command changes nothing. */
export type MutationDeactivateUserArgs = {
  userId: Scalars['ID']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationDeleteClassificationRuleArgs = {
  id: Scalars['ID']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationDeleteGroupArgs = {
  id: Scalars['ID']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationDeleteRosterShiftArgs = {
  id: Scalars['ID']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationDeployProcessArgs = {
  input: DeployProcessInput;
};


/** Commands. A failed command changes nothing. */
export type MutationDeployTaskFormsArgs = {
  forms: Array<TaskFormInput>;
};


/** Commands. A failed command changes nothing. */
export type MutationEraseCustomerArgs = {
  id: Scalars['ID']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationFailExternalTaskArgs = {
  id: Scalars['ID']['input'];
  message: Scalars['String']['input'];
  retries?: InputMaybe<Scalars['Int']['input']>;
  retryAfterSeconds?: InputMaybe<Scalars['Int']['input']>;
  workerId: Scalars['String']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationFetchAndLockExternalTasksArgs = {
  lockSeconds?: InputMaybe<Scalars['Int']['input']>;
  maxTasks?: InputMaybe<Scalars['Int']['input']>;
  topic: Scalars['String']['input'];
  waitSeconds?: InputMaybe<Scalars['Int']['input']>;
  workerId: Scalars['String']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationImportRosterArgs = {
  csv: Scalars['String']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationMergeCustomersArgs = {
  sourceId: Scalars['ID']['input'];
  targetId: Scalars['ID']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationRedeemSignInCodeArgs = {
  code: Scalars['String']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationRejectReservationArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Commands. A failed command changes nothing. */
export type MutationReplyToInteractionArgs = {
  input: ReplyToInteractionInput;
};


/** Commands. A failed command changes nothing. */
export type MutationRequestCallbackArgs = {
  input: CallbackInput;
};


/** Commands. A failed command changes nothing. */
export type MutationResetPasswordArgs = {
  userId: Scalars['ID']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationResumeTaskArgs = {
  id: Scalars['ID']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationRetryIncidentArgs = {
  id: Scalars['ID']['input'];
  retries?: InputMaybe<Scalars['Int']['input']>;
};


/** Commands. A failed command changes nothing. */
export type MutationRevokeTokensArgs = {
  userId: Scalars['ID']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationSendChatMessageArgs = {
  body: Scalars['String']['input'];
  conversationId: Scalars['ID']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationSetDispositionArgs = {
  code: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  taskId: Scalars['ID']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationSetGroupMembersArgs = {
  id: Scalars['ID']['input'];
  members: Array<Scalars['ID']['input']>;
};


/** Commands. A failed command changes nothing. */
export type MutationSetPresenceArgs = {
  input: SetPresenceInput;
};


/** Commands. A failed command changes nothing. */
export type MutationSetQueuePlanningArgs = {
  input: QueuePlanningInput;
};


/** Commands. A failed command changes nothing. */
export type MutationSetUserRolesArgs = {
  roles: Array<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationSignInArgs = {
  password: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationSimulateArgs = {
  scenario: Scalars['JSON']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationStartProcessArgs = {
  input: StartProcessInput;
};


/** Commands. A failed command changes nothing. */
export type MutationThrowTaskErrorArgs = {
  id: Scalars['ID']['input'];
  input: TaskEventInput;
};


/** Commands. A failed command changes nothing. */
export type MutationThrowTaskEscalationArgs = {
  id: Scalars['ID']['input'];
  input: TaskEventInput;
};


/** Commands. A failed command changes nothing. */
export type MutationUnclaimTaskArgs = {
  id: Scalars['ID']['input'];
};


/** Commands. A failed command changes nothing. */
export type MutationUpdateGroupArgs = {
  input: GroupInput;
};


/** Commands. A failed command changes nothing. */
export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};


/** Commands. A failed command changes nothing. */
export type MutationUpsertAgentArgs = {
  input: AgentInput;
};


/** Commands. A failed command changes nothing. */
export type MutationUpsertClassificationRuleArgs = {
  input: ClassificationRuleInput;
};


/** Commands. A failed command changes nothing. */
export type MutationUpsertIntakeFormArgs = {
  input: IntakeFormInput;
};


/** Commands. A failed command changes nothing. */
export type MutationUpsertQueueArgs = {
  input: QueueInput;
};


/** Commands. A failed command changes nothing. */
export type MutationUpsertRosterShiftArgs = {
  input: RosterShiftInput;
};


/** Commands. A failed command changes nothing. */
export type MutationUpsertSiteArgs = {
  input: SiteInput;
};

/** What a node does: the LEADER routes; a STANDBY serves requests and takes over when the leader dies. */
export type NodeRole =
  | 'LEADER'
  | 'STANDBY';

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** One interval of a staffing plan: the forecast, the agents it needs and the roster beside it. */
export type PlanInterval = {
  __typename?: 'PlanInterval';
  /** Agents needed at work (before shrinkage) by Erlang C. */
  agentsErlangC: Scalars['Int']['output'];
  averageHandleSeconds: Scalars['Float']['output'];
  closed: Scalars['Boolean']['output'];
  forecastArrivals: Scalars['Float']['output'];
  /** rostered - requiredErlangC: negative is a shortfall. */
  gap: Scalars['Int']['output'];
  /** Agents logged in at the interval's middle (telephony agent events); null for intervals not yet begun. */
  present?: Maybe<Scalars['Int']['output']>;
  /** The same by Erlang A (callers hang up after the queue's patience); null when the queue has no patience. */
  requiredErlangA?: Maybe<Scalars['Int']['output']>;
  /** Agents to schedule (after the queue's shrinkage) by Erlang C, as the staffing calculator gives them. */
  requiredErlangC: Scalars['Int']['output'];
  /** Rostered shifts working at the interval's middle (breaks left out) that count for the queue. */
  rostered: Scalars['Int']['output'];
  start: Scalars['DateTime']['output'];
};

/** Where an agent stands: OFFLINE AVAILABLE BUSY WRAP_UP AWAY. */
export type Presence =
  | 'AVAILABLE'
  | 'AWAY'
  | 'BUSY'
  | 'OFFLINE'
  | 'WRAP_UP';

/** Agents of one presence. */
export type PresenceCount = {
  __typename?: 'PresenceCount';
  count: Scalars['Int']['output'];
  presence: Presence;
};

/** One deployed, immutable version of an executable process. */
export type ProcessDefinition = {
  __typename?: 'ProcessDefinition';
  /** The deployed BPMN 2.0 XML, as uploaded. */
  bpmnXml: Scalars['String']['output'];
  /** When this version was deployed. */
  deployedAt: Scalars['DateTime']['output'];
  /** Who deployed it (null for the server itself, e.g. the demo seed). */
  deployedBy?: Maybe<User>;
  /** `<key>:<version>`, e.g. complaint-handling:3. */
  id: Scalars['ID']['output'];
  /** The BPMN process id; versions share it. */
  key: Scalars['String']['output'];
  /** The process name from the model (or the deployment name). */
  name?: Maybe<Scalars['String']['output']>;
  /** 1 for the first deployment of a key, then counting up. */
  version: Scalars['Int']['output'];
  /**
   * User tasks whose literal requirements (skills at level, skills together, candidate groups and users,
   * channel capacity) no agent meets, checked against the agents as they are now. `deployProcess`
   * returns them with the new version; expressions are left out (known only when a task is created).
   */
  warnings: Array<DeployWarning>;
};

/** Instance durations (seconds) of the completed instances. */
export type ProcessDurationFigures = {
  __typename?: 'ProcessDurationFigures';
  meanSeconds?: Maybe<Scalars['Float']['output']>;
  p50Seconds?: Maybe<Scalars['Float']['output']>;
  p90Seconds?: Maybe<Scalars['Float']['output']>;
  p99Seconds?: Maybe<Scalars['Float']['output']>;
};

/** One element of a process over a report's instances (docs/reports.md, Processes). */
export type ProcessElementFigures = {
  __typename?: 'ProcessElementFigures';
  /** Visits of the element (its path count). */
  count: Scalars['Int']['output'];
  /** The BPMN element id. */
  elementId: Scalars['String']['output'];
  /** From entering the element to leaving it. */
  total: TimeFigures;
  /** Time waiting: a user task from creation to its answer (claim or accepted offer); events all their time. */
  waiting: TimeFigures;
  /** Time worked: a user task from its answer to its end; service and script tasks all their time. */
  working: TimeFigures;
};

/** One running or finished case of a process definition. */
export type ProcessInstance = {
  __typename?: 'ProcessInstance';
  /** Elements currently waiting or running. */
  activeElementIds: Array<Scalars['String']['output']>;
  /** The caller's own reference for the case (order number, ticket id). */
  businessKey?: Maybe<Scalars['String']['output']>;
  /** The definition version this instance runs. */
  definition: ProcessDefinition;
  /** Why it ended early (the cancel reason), if it did. */
  endReason?: Maybe<Scalars['String']['output']>;
  /** When it completed or was cancelled. */
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What happened to the instance and its tasks, oldest first. */
  history: Array<HistoryEntry>;
  /** Opaque instance id. */
  id: Scalars['ID']['output'];
  /** Jobs that failed for good and wait for someone to retry them. */
  incidents: Array<Incident>;
  /** The process key (BPMN process id). */
  key: Scalars['String']['output'];
  /** When the instance started. */
  startedAt: Scalars['DateTime']['output'];
  /** Who started it (null for timers, signals and messages). */
  startedBy?: Maybe<User>;
  /** ACTIVE, COMPLETED or CANCELLED. */
  state: InstanceState;
  /** Every task the instance ever had, oldest first. */
  tasks: Array<Task>;
  /** The instance's current variables; null with FORBIDDEN when the caller may not read this case's data (docs/api.md, read rules). */
  variables?: Maybe<Scalars['JSON']['output']>;
};

/** A page of process instances. */
export type ProcessInstanceConnection = {
  __typename?: 'ProcessInstanceConnection';
  /** The instances of this page. */
  edges: Array<ProcessInstanceEdge>;
  /** Where this page lies. */
  pageInfo: PageInfo;
  /** Instances matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An instance in a page of instances. */
export type ProcessInstanceEdge = {
  __typename?: 'ProcessInstanceEdge';
  /** Opaque position of this instance in the list. */
  cursor: Scalars['String']['output'];
  /** The instance. */
  node: ProcessInstance;
};

/** A change to one process instance or to one of its tasks. */
export type ProcessInstanceEvent = {
  __typename?: 'ProcessInstanceEvent';
  /** The instance as it is now. */
  instance: ProcessInstance;
  /** e.g. instance.changed, instance.completed, task.claimed, task.completed. */
  type: Scalars['String']['output'];
};

/** Narrows an instance list; every field given must match. */
export type ProcessInstanceFilter = {
  /** Instances with exactly this business key. */
  businessKey?: InputMaybe<Scalars['String']['input']>;
  /** Instances of this process key. */
  processKey?: InputMaybe<Scalars['String']['input']>;
  /** Instances in this state. */
  state?: InputMaybe<InstanceState>;
};

/** Instances started and completed in one interval. */
export type ProcessInterval = {
  __typename?: 'ProcessInterval';
  completed: Scalars['Int']['output'];
  start: Scalars['DateTime']['output'];
  started: Scalars['Int']['output'];
};

/**
 * Where one process spends its time, over the instances that ended in the range (started: those that
 * started in it). Built from the process facts the change feed writes (docs/reports.md, Processes).
 */
export type ProcessReport = {
  __typename?: 'ProcessReport';
  duration: ProcessDurationFigures;
  /** Every element visited, by element id. */
  elements: Array<ProcessElementFigures>;
  from: Scalars['DateTime']['output'];
  /** Incidents raised by the instances. */
  incidents: Scalars['Int']['output'];
  instancesCancelled: Scalars['Int']['output'];
  instancesCompleted: Scalars['Int']['output'];
  instancesStarted: Scalars['Int']['output'];
  instancesWithIncidents: Scalars['Int']['output'];
  /** Per interval when intervalMinutes is given (at most 2000, else BAD_USER_INPUT), else empty. */
  intervals: Array<ProcessInterval>;
  processKey: Scalars['String']['output'];
  /** Elements where the first SLA breach of an instance started, most first. */
  slaBreachStarts: Array<SlaBreachStart>;
  to: Scalars['DateTime']['output'];
};

/** Reads. Any signed-in user may read. */
export type Query = {
  __typename?: 'Query';
  /** One agent. */
  agent?: Maybe<Agent>;
  /** Agent figures per interval from the rollups (supervisors, admins; their sites). Bounded like queueReport. */
  agentReport: Array<AgentInterval>;
  /** Agents, optionally filtered. */
  agents: Array<Agent>;
  /** The audit trail (supervisors and admins), newest first. */
  auditLog: AuditEntryConnection;
  /** One chat, for the agent holding it or a supervisor. */
  chat?: Maybe<ChatConversation>;
  /** Classification rules in evaluation order. */
  classificationRules: Array<ClassificationRule>;
  /** The cluster's nodes and leader term. Supervisors and integrators (and admins). */
  cluster: Cluster;
  /** A customer with their timeline. */
  customer?: Maybe<Customer>;
  /** Customers whose name or e-mail contains `search`, or whose phone contains its digits (at least 2 characters; at most 50 results), by name; experts and agents find those of their work. */
  customers: Array<Customer>;
  /**
   * The simulate scenario of a site's local day (supervisors): every queue of the site (of the queue's site
   * when a queue is named) with its forecast, the back-office backlog, and the roster's shifts of the day with
   * the agents' skills, capacities and breaks (docs/planning.md "Simulating a day"). Pass it to simulate,
   * changing only its policy to compare policies.
   */
  daySimulationScenario: Scalars['JSON']['output'];
  /** Forecast of arrivals and handle time per interval, with its backtested accuracy (supervisors). */
  forecast: Forecast;
  /** Every group, by id (anyone signed in). */
  groups: Array<Group>;
  /** History across instances (supervisors and admins), newest first. */
  historySearch: HistoryEntryConnection;
  /** Open incidents, optionally of one instance. */
  incidents: Array<Incident>;
  /** Public web forms. */
  intakeForms: Array<IntakeForm>;
  /** One interaction. */
  interaction?: Maybe<Interaction>;
  /** Interactions, newest first. */
  interactions: InteractionConnection;
  /** The signed-in user. */
  me: User;
  /** The chats the viewer holds now (their open CHAT tasks), oldest first. */
  myChats: Array<ChatConversation>;
  /** The reasons an agent may give for AWAY (CROSSDESK_PRESENCE_REASONS). */
  presenceReasons: Array<Scalars['String']['output']>;
  /** One definition version by id (`key:version`). */
  processDefinition?: Maybe<ProcessDefinition>;
  /** Deployed definitions, newest first. */
  processDefinitions: Array<ProcessDefinition>;
  /** One instance by id. */
  processInstance?: Maybe<ProcessInstance>;
  /** Instances, newest first. */
  processInstances: ProcessInstanceConnection;
  /** Figures of one process (supervisors, designers, admins). */
  processReport: ProcessReport;
  /** One queue. */
  queue?: Maybe<Queue>;
  /** A queue's planning settings (defaults until set). */
  queuePlanning: QueuePlanning;
  /** Queue figures per interval from the rollups (supervisors, admins; their sites). More than CROSSDESK_REPORT_MAX_ROWS rows: BAD_USER_INPUT. */
  queueReport: Array<QueueInterval>;
  /** Queues with their live figures. */
  queues: Array<Queue>;
  /** Roster shifts overlapping [from, to), at most 2000 (supervisors). */
  rosterShifts: Array<RosterShift>;
  /** How people sign in here. Needs no token. */
  signInOptions: SignInOptions;
  /** A simulation run of this node by id, or null when unknown or forgotten (supervisors). */
  simulationRun?: Maybe<SimulationRun>;
  /** Every site. */
  sites: Array<Site>;
  /** The agents one interval needs, by Erlang C and Erlang A (supervisors, integrators; pure calculation, nothing stored). */
  staffing: StaffingResult;
  /** Per interval: forecast, agents required by Erlang C and A, rostered and present (supervisors). intervalMinutes default 30. */
  staffingPlan: Array<PlanInterval>;
  /** One task by id. */
  task?: Maybe<Task>;
  /** The latest version of a task form. */
  taskForm?: Maybe<TaskForm>;
  /** The latest version of every task form. */
  taskForms: Array<TaskForm>;
  /** Tasks, by default highest priority first. */
  tasks: TaskConnection;
  /** Users (supervisors and admins), by id. */
  users: UserConnection;
  /** Why a task is still waiting: which requirement nobody meets, or who could take it and why they have not (supervisors). */
  whyWaiting: WaitExplanation;
};


/** Reads. Any signed-in user may read. */
export type QueryAgentArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Any signed-in user may read. */
export type QueryAgentReportArgs = {
  filter: ReportFilter;
};


/** Reads. Any signed-in user may read. */
export type QueryAgentsArgs = {
  filter?: InputMaybe<AgentFilter>;
};


/** Reads. Any signed-in user may read. */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Any signed-in user may read. */
export type QueryChatArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Any signed-in user may read. */
export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Any signed-in user may read. */
export type QueryCustomersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search: Scalars['String']['input'];
};


/** Reads. Any signed-in user may read. */
export type QueryDaySimulationScenarioArgs = {
  date: Scalars['String']['input'];
  intervalMinutes?: InputMaybe<Scalars['Int']['input']>;
  queue?: InputMaybe<Scalars['String']['input']>;
  site?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads. Any signed-in user may read. */
export type QueryForecastArgs = {
  input: ForecastInput;
};


/** Reads. Any signed-in user may read. */
export type QueryHistorySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HistoryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Any signed-in user may read. */
export type QueryIncidentsArgs = {
  processInstanceId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads. Any signed-in user may read. */
export type QueryInteractionArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Any signed-in user may read. */
export type QueryInteractionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InteractionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Any signed-in user may read. */
export type QueryProcessDefinitionArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Any signed-in user may read. */
export type QueryProcessDefinitionsArgs = {
  key?: InputMaybe<Scalars['String']['input']>;
};


/** Reads. Any signed-in user may read. */
export type QueryProcessInstanceArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Any signed-in user may read. */
export type QueryProcessInstancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProcessInstanceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Any signed-in user may read. */
export type QueryProcessReportArgs = {
  filter: ReportFilter;
  processKey: Scalars['String']['input'];
};


/** Reads. Any signed-in user may read. */
export type QueryQueueArgs = {
  name: Scalars['String']['input'];
};


/** Reads. Any signed-in user may read. */
export type QueryQueuePlanningArgs = {
  queue: Scalars['String']['input'];
};


/** Reads. Any signed-in user may read. */
export type QueryQueueReportArgs = {
  filter: ReportFilter;
};


/** Reads. Any signed-in user may read. */
export type QueryRosterShiftsArgs = {
  from: Scalars['DateTime']['input'];
  site?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['DateTime']['input'];
};


/** Reads. Any signed-in user may read. */
export type QuerySimulationRunArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Any signed-in user may read. */
export type QueryStaffingArgs = {
  input: StaffingInput;
};


/** Reads. Any signed-in user may read. */
export type QueryStaffingPlanArgs = {
  from: Scalars['DateTime']['input'];
  intervalMinutes?: InputMaybe<Scalars['Int']['input']>;
  queue: Scalars['String']['input'];
  site?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['DateTime']['input'];
};


/** Reads. Any signed-in user may read. */
export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Any signed-in user may read. */
export type QueryTaskFormArgs = {
  key: Scalars['String']['input'];
};


/** Reads. Any signed-in user may read. */
export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Any signed-in user may read. */
export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Any signed-in user may read. */
export type QueryWhyWaitingArgs = {
  taskId: Scalars['ID']['input'];
};

/** A named stream of work with its service-level target. */
export type Queue = {
  __typename?: 'Queue';
  /** Callers who hang up within this many seconds are short abandons (left out by EXCLUDE_SHORT_ABANDONS). */
  abandonGraceSeconds: Scalars['Int']['output'];
  /** Priority points a waiting task gains per minute. */
  agingPerMinute: Scalars['Float']['output'];
  /** The SLA of its tasks counts the site's business hours. */
  businessHoursSla: Scalars['Boolean']['output'];
  /** Reply texts the desk offers for this queue's chat and mail replies. */
  cannedResponses: Array<CannedResponse>;
  channel: Channel;
  /** The codes wrap-ups of this queue's work choose from; when there are any, wrap-up ends only with one. */
  dispositionCodes: Array<Scalars['String']['output']>;
  escalation: Array<EscalationStep>;
  /** Consecutive missed offers after which an agent is set AWAY. */
  maxMissedOffers: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** A paused task not resumed this long after its agent is free goes back to the queue. */
  pauseReturnSeconds: Scalars['Int']['output'];
  reservationTimeoutSeconds: Scalars['Int']['output'];
  /** How abandoned calls count towards the service level. */
  serviceLevelRule: ServiceLevelRule;
  /** The site the queue belongs to; its tasks inherit it. */
  site?: Maybe<Site>;
  /** Live work: answered within this many seconds; back-office: finished by the task's SLA deadline. */
  slaSeconds: Scalars['Int']['output'];
  slaTargetPercent: Scalars['Int']['output'];
  stats: QueueStats;
  /** Waiting tasks sampled today (UTC) every CROSSDESK_SAMPLE_SECONDS, oldest first, at most 288 points (beyond that, the peak of each 5 minutes): the board's chart over the day. */
  waitingToday: Array<QueueSample>;
};

/** One hour of a queue's day; outcomes count in the hour they happened (answer, abandon, completion). */
export type QueueHour = {
  __typename?: 'QueueHour';
  abandoned: Scalars['Int']['output'];
  answered: Scalars['Int']['output'];
  arrived: Scalars['Int']['output'];
  /** Calls answered and other work completed. */
  handled: Scalars['Int']['output'];
  /** The start of the hour. */
  hour: Scalars['DateTime']['output'];
  /** Calls answered or abandoned. */
  offered: Scalars['Int']['output'];
  /** The hour's service level under the queue's rule, 0-100; null when nothing counts. */
  serviceLevelPercent?: Maybe<Scalars['Float']['output']>;
  /** Abandoned within abandonGraceSeconds. */
  shortAbandoned: Scalars['Int']['output'];
  /** What met the service level under the queue's rule. */
  withinSla: Scalars['Int']['output'];
};

export type QueueInput = {
  /** 0-3600, default 5. */
  abandonGraceSeconds?: InputMaybe<Scalars['Int']['input']>;
  agingPerMinute?: InputMaybe<Scalars['Float']['input']>;
  /** Count the SLA of its tasks in the site's business hours (default false). */
  businessHoursSla?: InputMaybe<Scalars['Boolean']['input']>;
  /** Replaces the list (at most 50). */
  cannedResponses?: InputMaybe<Array<CannedResponseInput>>;
  channel?: InputMaybe<Channel>;
  /** Replaces the list (at most 50 codes of 1-100 letters, digits, _ . -); [] clears it. */
  dispositionCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  escalation?: InputMaybe<Array<EscalationStepInput>>;
  maxMissedOffers?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  pauseReturnSeconds?: InputMaybe<Scalars['Int']['input']>;
  reservationTimeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Default EXCLUDE_SHORT_ABANDONS. */
  serviceLevelRule?: InputMaybe<ServiceLevelRule>;
  /** The site the queue belongs to. */
  site?: InputMaybe<Scalars['ID']['input']>;
  slaSeconds?: InputMaybe<Scalars['Int']['input']>;
  slaTargetPercent?: InputMaybe<Scalars['Int']['input']>;
};

/** One queue and channel in one interval; figures in docs/reports.md. */
export type QueueInterval = {
  __typename?: 'QueueInterval';
  abandoned: Scalars['Int']['output'];
  answered: Scalars['Int']['output'];
  averageHandleSeconds?: Maybe<Scalars['Float']['output']>;
  averageHoldSeconds?: Maybe<Scalars['Float']['output']>;
  averageSpeedOfAnswerSeconds?: Maybe<Scalars['Float']['output']>;
  /** Other work (not live contacts) completed, and of that by its SLA deadline or not. */
  backOfficeCompleted: Scalars['Int']['output'];
  /** Tasks in the queue at the interval's end (arrived or moved in, not yet ended or moved out). */
  backlog?: Maybe<Scalars['Int']['output']>;
  /** Null on a total row over queues. */
  channel?: Maybe<Channel>;
  end: Scalars['DateTime']['output'];
  escalations: Scalars['Int']['output'];
  /** Work completed (answered contacts ended, other work completed). */
  handled: Scalars['Int']['output'];
  /** Centre occupancy in the interval: handle time over staffed agent time, 0-100. */
  occupancyPercent?: Maybe<Scalars['Float']['output']>;
  /** Live contacts that ended waiting: answered + abandoned. */
  offered: Scalars['Int']['output'];
  /** A total over the whole range (each queue's, and everything's); false on per-interval rows. */
  overRange: Scalars['Boolean']['output'];
  /** The queue, or `*` on a total row over queues. */
  queue: Scalars['String']['output'];
  /** Under the queue's serviceLevelRule, 0-100; null when nothing counts. */
  serviceLevelPercent?: Maybe<Scalars['Float']['output']>;
  /** The queue's slaTargetPercent (null on totals over queues). */
  serviceLevelTargetPercent?: Maybe<Scalars['Float']['output']>;
  /** Abandoned within the queue's abandonGraceSeconds. */
  shortAbandoned: Scalars['Int']['output'];
  slaBreached: Scalars['Int']['output'];
  slaMet: Scalars['Int']['output'];
  start: Scalars['DateTime']['output'];
  /** A total row (filter.totals). */
  total: Scalars['Boolean']['output'];
  /** Tasks moved out of this queue to another. */
  transfers: Scalars['Int']['output'];
  /** Median wait of answered contacts: the upper edge of its histogram bin (5, 10, 20, 30, 60, 120, 300, 600, 1800, 3600 s). */
  waitP50Seconds?: Maybe<Scalars['Float']['output']>;
  waitP90Seconds?: Maybe<Scalars['Float']['output']>;
};

/** What the staffing plan feeds the calculator for a queue besides its SLA (slaSeconds, slaTargetPercent). */
export type QueuePlanning = {
  __typename?: 'QueuePlanning';
  /** Largest share of time agents spend handling contacts, 0.1 to 1 (default 0.85). */
  maxOccupancy: Scalars['Float']['output'];
  /** Callers' mean patience, seconds (default 120); null: no Erlang A. */
  patienceSeconds?: Maybe<Scalars['Float']['output']>;
  queue: Scalars['String']['output'];
  /** Share of paid time agents are not available, 0 to 0.9 (default 0.3). */
  shrinkage: Scalars['Float']['output'];
};

export type QueuePlanningInput = {
  maxOccupancy: Scalars['Float']['input'];
  patienceSeconds?: InputMaybe<Scalars['Float']['input']>;
  queue: Scalars['String']['input'];
  shrinkage: Scalars['Float']['input'];
};

/** How many tasks waited in a queue at one instant. */
export type QueueSample = {
  __typename?: 'QueueSample';
  at: Scalars['DateTime']['output'];
  waiting: Scalars['Int']['output'];
};

/** Live figures of a queue. */
export type QueueStats = {
  __typename?: 'QueueStats';
  /** Calls abandoned today (the caller hung up while waiting). */
  abandonedToday: Scalars['Int']['output'];
  /** Agents with the queue's skills by presence. */
  agentsByPresence: Array<PresenceCount>;
  /** Calls answered today. */
  answeredToday: Scalars['Int']['output'];
  /** Arrivals per hour over the last 15 minutes. */
  arrivalsPerHour: Scalars['Float']['output'];
  /** Tasks held by agents (ASSIGNED). */
  assigned: Scalars['Int']['output'];
  /** Calls waiting longer than slaSeconds (already missing the service level), and other open tasks less than a quarter of slaSeconds from their SLA deadline, or past it. */
  atRisk: Scalars['Int']['output'];
  /** Average handling time of today's completed tasks. */
  averageHandleSeconds?: Maybe<Scalars['Float']['output']>;
  /** Estimated wait of the next arrival: max(0, queued + 1 - free slots) × average handle time / slots of the staffed agents who serve the queue (docs/routing.md); null when nobody serves it. */
  estimatedWaitSeconds?: Maybe<Scalars['Int']['output']>;
  /** Tasks completed today. */
  handledToday: Scalars['Int']['output'];
  /** Today by hour (UTC), oldest first: hours without work are left out. */
  hourly: Array<QueueHour>;
  /** Calls that ended waiting today: answered or abandoned. */
  offeredToday: Scalars['Int']['output'];
  /** Age of the oldest waiting task. */
  oldestWaitingSeconds: Scalars['Int']['output'];
  /** Tasks paused for live work. */
  paused: Scalars['Int']['output'];
  /** Agents needed (Erlang C) to hold the service-level target at the observed load; voice queues only. */
  requiredAgents?: Maybe<Scalars['Int']['output']>;
  /** Tasks offered to an agent right now. */
  reserved: Scalars['Int']['output'];
  /** Today's service level under the queue's serviceLevelRule, 0-100: calls answered within slaSeconds against calls offered (answered or abandoned), other work completed by its SLA deadline against work completed; null before anything counts. */
  serviceLevelPercent?: Maybe<Scalars['Float']['output']>;
  /** Of those, abandoned within the queue's abandonGraceSeconds. */
  shortAbandonedToday: Scalars['Int']['output'];
  /** Tasks waiting for an agent (QUEUED or RESERVED). */
  waiting: Scalars['Int']['output'];
};

/** A mail reply to a customer's contact. */
export type ReplyToInteractionInput = {
  /** Plain-text body. */
  body: Scalars['String']['input'];
  /** The interaction answered. */
  interactionId: Scalars['ID']['input'];
  /** Subject; default: Re: <subject> [<case reference>]. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** The task the reply is written from (the reply is listed on it). */
  taskId?: InputMaybe<Scalars['ID']['input']>;
};

/** What a report covers (docs/reports.md). Intervals start at local times of `timeZone`. */
export type ReportFilter = {
  /** Only these agents (agentReport). */
  agents?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these channels (queueReport). */
  channels?: InputMaybe<Array<Channel>>;
  /** Start of the range (rounded down to 15 minutes). */
  from: Scalars['DateTime']['input'];
  /** Only agents of these groups (agentReport). */
  groups?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Interval size: a multiple of 15 that divides a day, or whole days (default 30); processReport: without it, no intervals. */
  intervalMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Only these queues (queueReport). */
  queues?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only these sites (and always only the sites the caller supervises). */
  sites?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** An IANA zone (Europe/Berlin) or a site id whose zone to use; default UTC. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** End of the range (exclusive). */
  to: Scalars['DateTime']['input'];
  /** queueReport: add total rows (total: true): all queues per interval (queue `*`), each queue over the range, everything over the range. */
  totals?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A time-boxed offer of one task to one agent. */
export type Reservation = {
  __typename?: 'Reservation';
  agent: User;
  createdAt: Scalars['DateTime']['output'];
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  state: ReservationState;
  task: Task;
};

/** A reservation's life: PENDING, then ACCEPTED, REJECTED, TIMED_OUT or RESCINDED. */
export type ReservationState =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REJECTED'
  | 'RESCINDED'
  | 'TIMED_OUT';

/** One agent's shift on one local day of its site (one shift per agent and day). */
export type RosterShift = {
  __typename?: 'RosterShift';
  agentId: Scalars['ID']['output'];
  breaks: Array<ShiftBreak>;
  /** Local date YYYY-MM-DD. */
  date: Scalars['String']['output'];
  end: Scalars['String']['output'];
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The queue the agent is planned on; null: counted for every queue of its site. */
  queue?: Maybe<Scalars['String']['output']>;
  site?: Maybe<Scalars['ID']['output']>;
  /** Local HH:MM; an end at or before the start ends the next day. */
  start: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
};

export type RosterShiftInput = {
  agentId: Scalars['ID']['input'];
  breaks?: InputMaybe<Array<ShiftBreakInput>>;
  date: Scalars['String']['input'];
  end: Scalars['String']['input'];
  /** Omit for a new shift; with an id, the shift may move to another agent or day. */
  id?: InputMaybe<Scalars['ID']['input']>;
  queue?: InputMaybe<Scalars['String']['input']>;
  /** Default: the agent's site. */
  site?: InputMaybe<Scalars['ID']['input']>;
  start: Scalars['String']['input'];
};

/** What a rule does. */
export type RuleAction = {
  __typename?: 'RuleAction';
  /** businessValue variable. */
  businessValue?: Maybe<Scalars['Int']['output']>;
  /** Message delivered. */
  messageName?: Maybe<Scalars['String']['output']>;
  /** priority variable. */
  priority?: Maybe<Scalars['Int']['output']>;
  /** Process started. */
  processKey?: Maybe<Scalars['String']['output']>;
  /** Variable mapping. */
  variables?: Maybe<Scalars['JSON']['output']>;
};

/** What a matching rule does: exactly one of processKey and messageName. */
export type RuleActionInput = {
  /** The new case's `businessValue` variable (0-100). */
  businessValue?: InputMaybe<Scalars['Int']['input']>;
  /** Deliver this message; the process with that message start event starts. */
  messageName?: InputMaybe<Scalars['String']['input']>;
  /** The new case's `priority` variable (0-100). */
  priority?: InputMaybe<Scalars['Int']['input']>;
  /** Start the latest version of this process. */
  processKey?: InputMaybe<Scalars['String']['input']>;
  /** Process variable -> source (subject, body, channel, customer.email, attributes.x) or { value: literal } (a JSON object). */
  variables?: InputMaybe<Scalars['JSON']['input']>;
};

/** What a rule matches. */
export type RuleMatch = {
  __typename?: 'RuleMatch';
  /** Attribute values. */
  attributes?: Maybe<Scalars['JSON']['output']>;
  /** Body pattern. */
  bodyPattern?: Maybe<Scalars['String']['output']>;
  /** Channels. */
  channels?: Maybe<Array<InteractionChannel>>;
  /** Keywords. */
  keywords?: Maybe<Array<Scalars['String']['output']>>;
  /** Subject pattern. */
  subjectPattern?: Maybe<Scalars['String']['output']>;
};

/** What a classification rule looks at; every part given must match. */
export type RuleMatchInput = {
  /** Attributes that must equal these string values (a JSON object). */
  attributes?: InputMaybe<Scalars['JSON']['input']>;
  /** A regular expression (case-insensitive, at most 200 characters) the body must match. */
  bodyPattern?: InputMaybe<Scalars['String']['input']>;
  /** Any of these channels. */
  channels?: InputMaybe<Array<InteractionChannel>>;
  /** Any of these words (case-insensitive) in subject or body. */
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A regular expression (case-insensitive, at most 200 characters) the subject must match. */
  subjectPattern?: InputMaybe<Scalars['String']['input']>;
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
  agentId?: InputMaybe<Scalars['ID']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  state: Presence;
};

/** A break inside a shift, local HH:MM. */
export type ShiftBreak = {
  __typename?: 'ShiftBreak';
  end: Scalars['String']['output'];
  start: Scalars['String']['output'];
};

export type ShiftBreakInput = {
  end: Scalars['String']['input'];
  start: Scalars['String']['input'];
};

/** How people sign in on this server (the web app's sign-in page asks before anyone is signed in). */
export type SignInOptions = {
  __typename?: 'SignInOptions';
  /** False when CROSSDESK_LOCAL_PASSWORDS=false: signIn is refused (LOCAL_PASSWORDS_DISABLED), admins included. */
  localPasswords: Scalars['Boolean']['output'];
  /** Single sign-on, when configured: the provider's display name and the route that starts it; else null. */
  singleSignOn?: Maybe<SingleSignOn>;
};

/** A successful sign-in. */
export type SignInResult = {
  __typename?: 'SignInResult';
  /** The password was reset: the token may only changePassword (or signOut) until it is changed. */
  mustChangePassword: Scalars['Boolean']['output'];
  /** Bearer token: lives CROSSDESK_SESSION_HOURS (12) and ends after CROSSDESK_SESSION_IDLE_MINUTES (60) without use. */
  token: Scalars['String']['output'];
  /** The signed-in user. */
  user: User;
};

/**
 * A simulated contact-centre day through the production router (docs/planning.md). Runs are kept in the
 * memory of the node that started them (a bounded number, oldest finished forgotten first) and are lost
 * on restart.
 */
export type SimulationRun = {
  __typename?: 'SimulationRun';
  createdAt: Scalars['DateTime']['output'];
  /** Why it FAILED. */
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Share of the day simulated, 0..1. */
  progress: Scalars['Float']['output'];
  /**
   * The figures once DONE, null before: { policy seed hours queues: [{ name channel offered answered abandoned
   * completed serviceLevel averageSpeedOfAnswerSeconds abandonRate completedWithinSla }] agents: { count
   * occupancy pauses } intervals: [{ start queues occupancy pauses }] run: { events wallMs speedUp } }.
   */
  result?: Maybe<Scalars['JSON']['output']>;
  state: SimulationState;
};

/** Where a simulation run stands: RUNNING (or waiting for its turn, progress 0) until DONE, FAILED or CANCELLED. */
export type SimulationState =
  | 'CANCELLED'
  | 'DONE'
  | 'FAILED'
  | 'RUNNING';

/** An OpenID Connect provider people sign in through (docs/api.md, Single sign-on). */
export type SingleSignOn = {
  __typename?: 'SingleSignOn';
  /** Where the browser goes to sign in: /auth/oidc/login. */
  loginPath: Scalars['String']['output'];
  /** The name on the "Sign in with <provider>" button (CROSSDESK_OIDC_PROVIDER_NAME). */
  providerName: Scalars['String']['output'];
};

/**
 * A place where agents work: a branch office, a disaster-recovery centre, an outsourced team. Its time
 * zone, weekly hours and holidays decide business time (SLA of queues that ask for it, callback windows).
 */
export type Site = {
  __typename?: 'Site';
  /** Opening hours per weekday; none: the site counts calendar time. */
  businessHours: Array<BusinessHours>;
  holidays: Array<Holiday>;
  /** 1-60 lower-case letters, digits and dashes; never changes. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Users who supervise the site: they see and change its agents, queues, tasks and figures. */
  supervisors: Array<User>;
  /** IANA time zone, e.g. Europe/Paris. */
  timeZone: Scalars['String']['output'];
};

/** Creates or changes a site; on an existing site what is left out keeps its value. */
export type SiteInput = {
  /** Replaces the weekly hours when given. */
  businessHours?: InputMaybe<Array<BusinessHoursInput>>;
  /** Replaces the holidays when given. */
  holidays?: InputMaybe<Array<HolidayInput>>;
  id: Scalars['ID']['input'];
  /** Needed to create. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Replaces who supervises the site when given (user ids). */
  supervisors?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** IANA time zone, needed to create; an unknown zone is BAD_USER_INPUT. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** How many agents meet one required skill. */
export type SkillCoverage = {
  __typename?: 'SkillCoverage';
  /** Agents with the skill at this level or higher. */
  agents: Scalars['Int']['output'];
  /** The highest level anyone has (null: nobody has the skill). */
  bestLevel?: Maybe<Scalars['Int']['output']>;
  level: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

export type SkillInput = {
  /** Proficiency 1-10. */
  level: Scalars['Int']['input'];
  name: Scalars['String']['input'];
};

/** A required skill and its minimum proficiency (1-10). */
export type SkillRequirement = {
  __typename?: 'SkillRequirement';
  /** Minimum proficiency, 1-10. */
  level: Scalars['Int']['output'];
  /** The skill's name, e.g. billing. */
  name: Scalars['String']['output'];
};

/** An element where instances' first SLA breach started, with how many. */
export type SlaBreachStart = {
  __typename?: 'SlaBreachStart';
  count: Scalars['Int']['output'];
  elementId: Scalars['String']['output'];
};

/** What set the number of agents: the target missed with one agent fewer. */
export type StaffingConstraint =
  | 'ABANDONMENT'
  | 'AVERAGE_SPEED_OF_ANSWER'
  | 'MAX_OCCUPANCY'
  /** Nothing arrives: no agent is needed. */
  | 'NO_ARRIVALS'
  | 'SERVICE_LEVEL'
  /** Erlang C only: the fewest agents above the offered load already meet every target (fewer and the queue grows without bound). */
  | 'STABILITY';

/**
 * One interval to staff. Fractions are 0..1. Give serviceLevelTarget, averageSpeedOfAnswerTargetSeconds
 * or both; with patienceSeconds, Erlang A is computed beside Erlang C. Bounds: docs/planning.md.
 */
export type StaffingInput = {
  /** Contacts arriving in the interval, per hour (0 to 1,000,000). */
  arrivalsPerHour: Scalars['Float']['input'];
  /** Average handle time of one contact (talk, hold and wrap-up), seconds (1 to 86,400). */
  averageHandleSeconds: Scalars['Float']['input'];
  /** Alternative or extra target: the largest mean wait of answered contacts, seconds. */
  averageSpeedOfAnswerTargetSeconds?: InputMaybe<Scalars['Float']['input']>;
  /** Contacts an agent handles at once (chat), 1 to 20; default 1. Staffed as effective handle time = averageHandleSeconds / concurrency. */
  concurrency?: InputMaybe<Scalars['Int']['input']>;
  /** Erlang A only (needs patienceSeconds): the largest share of arrivals allowed to abandon (above 0, at most 0.99). */
  maxAbandonProbability?: InputMaybe<Scalars['Float']['input']>;
  /** The largest share of the agents' time spent handling contacts (0.1 to 1); more agents are staffed if needed. */
  maxOccupancy?: InputMaybe<Scalars['Float']['input']>;
  /** Mean time a caller waits before hanging up, seconds (1 to 86,400). Asks for Erlang A; omit it for Erlang C alone. */
  patienceSeconds?: InputMaybe<Scalars['Float']['input']>;
  /** Share of ALL arrivals to answer within targetSeconds (above 0, at most 0.9999); abandoned contacts count against it. */
  serviceLevelTarget?: InputMaybe<Scalars['Float']['input']>;
  /** Share of paid time agents are not available (breaks, training, absence), 0 to 0.9; default 0. */
  shrinkage?: InputMaybe<Scalars['Float']['input']>;
  /** The service-level threshold: a contact counts as answered in time if answered within this many seconds (0 to 86,400). */
  targetSeconds: Scalars['Float']['input'];
};

/** The staff one interval needs. */
export type StaffingResult = {
  __typename?: 'StaffingResult';
  /** The concurrency applied (1 when not given). */
  concurrency: Scalars['Int']['output'];
  /** averageHandleSeconds / concurrency: the handle time the formulas use. */
  effectiveHandleSeconds: Scalars['Float']['output'];
  /** Null without patienceSeconds. */
  erlangA?: Maybe<ErlangAStaffing>;
  erlangC: ErlangCStaffing;
  /** Offered load A: arrivals per second * effectiveHandleSeconds, in Erlangs. */
  offeredLoadErlangs: Scalars['Float']['output'];
  /** The shrinkage applied (0 when not given). */
  shrinkage: Scalars['Float']['output'];
};

/** What to start. */
export type StartProcessInput = {
  /** Your own reference for the case. */
  businessKey?: InputMaybe<Scalars['String']['input']>;
  /** The process key (BPMN process id); the latest version starts. */
  key: Scalars['String']['input'];
  /** Initial variables (a JSON object). */
  variables?: InputMaybe<Scalars['JSON']['input']>;
};

/** Live updates over SSE (Accept: text/event-stream). */
export type Subscription = {
  __typename?: 'Subscription';
  /** Messages and ends of the chats the viewer holds, as they happen. */
  myChatEvents: ChatEvent;
  /** Offers to the viewer and changes to the viewer's own work. */
  myWork: WorkEvent;
  /** Changes to one instance: its state, tasks and history (the instance view follows it live). */
  processInstanceEvents: ProcessInstanceEvent;
  /** All queues with their figures, pushed when they change (at most once a second). */
  queueStats: Array<Queue>;
  /** Changes to tasks the viewer may see (candidate, assignee; supervisors see all), optionally of one queue. */
  taskEvents: TaskEvent;
};


/** Live updates over SSE (Accept: text/event-stream). */
export type SubscriptionProcessInstanceEventsArgs = {
  id: Scalars['ID']['input'];
};


/** Live updates over SSE (Accept: text/event-stream). */
export type SubscriptionTaskEventsArgs = {
  queue?: InputMaybe<Scalars['String']['input']>;
};

/** A work item: one waiting user-task execution. */
export type Task = {
  __typename?: 'Task';
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who holds the task. */
  assignee?: Maybe<User>;
  /** 0-100 (crossdesk:businessValue); weighs priority in routing. */
  businessValue: Scalars['Int']['output'];
  callId?: Maybe<Scalars['ID']['output']>;
  /** Set on callbacks (kind CALLBACK). */
  callback?: Maybe<Callback>;
  /** Groups whose members may take the task (camunda:candidateGroups). */
  candidateGroups: Array<Scalars['String']['output']>;
  /** Users who may take the task (camunda:candidateUsers). */
  candidateUsers: Array<Scalars['String']['output']>;
  /** The reply texts of the task's queue. */
  cannedResponses: Array<CannedResponse>;
  /** BACKOFFICE for BPMN user tasks unless crossdesk:channel says otherwise; VOICE for calls. */
  channel: Channel;
  /** When its current assignee took it. */
  claimedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was completed. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who completed it. */
  completedBy?: Maybe<User>;
  /** Questions asked from this task, oldest first. */
  consultations: Array<Consultation>;
  /** When the task was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who the live work or callback is with; FORBIDDEN as Task.variables for a caller who may not read this task's data. */
  customer?: Maybe<Scalars['JSON']['output']>;
  /** The customer card: for the task's holder, the agent it is offered to, and supervisors (null when the task names nobody). */
  customerCard?: Maybe<CustomerCard>;
  dispositionAt?: Maybe<Scalars['DateTime']['output']>;
  dispositionBy?: Maybe<User>;
  /** The wrap-up code chosen with setDisposition (one of the queue's dispositionCodes). */
  dispositionCode?: Maybe<Scalars['String']['output']>;
  /** The codes of the task's queue ([] when a wrap-up needs none). */
  dispositionCodes: Array<Scalars['String']['output']>;
  dispositionNote?: Maybe<Scalars['String']['output']>;
  /** The user task's BPMN documentation: what to do. */
  documentation?: Maybe<Scalars['String']['output']>;
  /** Due date (camunda:dueDate). */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The task's effective priority now (see docs/routing.md). */
  effectivePriority: Scalars['Float']['output'];
  /** The BPMN element id of the user task (null for live work such as a call). */
  elementId?: Maybe<Scalars['String']['output']>;
  /** When the task entered its queue; its age counts from here. */
  enqueuedAt: Scalars['DateTime']['output'];
  /** How many of its queue's escalation steps apply. */
  escalationLevel: Scalars['Int']['output'];
  /** Follow-up date (camunda:followUpDate). */
  followUpAt?: Maybe<Scalars['DateTime']['output']>;
  /** Which form the web app shows (camunda:formKey). */
  formKey?: Maybe<Scalars['String']['output']>;
  /** Time its holders spent working on it (stops while paused). */
  handlingSeconds: Scalars['Int']['output'];
  /** What happened to this task, oldest first. */
  history: Array<HistoryEntry>;
  /** Calls: time on hold so far, seconds (the running hold included). */
  holdSeconds: Scalars['Int']['output'];
  /** Opaque task id. */
  id: Scalars['ID']['output'];
  /** Contacts and replies of this task's case, and those linked to the task itself, oldest first. */
  interactions: Array<Interaction>;
  /** May be paused when its agent is needed for live work (crossdesk:interruptible). */
  interruptible: Scalars['Boolean']['output'];
  kind: TaskKind;
  /** The user task's name, with expressions filled in. */
  name?: Maybe<Scalars['String']['output']>;
  /** Calls: on hold now (the platform confirmed CALL_HELD). */
  onHold: Scalars['Boolean']['output'];
  /** Variables the task was completed with (FORBIDDEN as variables). */
  output?: Maybe<Scalars['JSON']['output']>;
  /** For a consultation: the task it was asked from. */
  parentTask?: Maybe<Task>;
  pausedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 0-100, higher first (camunda:priority). */
  priority: Scalars['Int']['output'];
  /** The definition version that created the task (null for live work). */
  processDefinition?: Maybe<ProcessDefinition>;
  /** The instance the task belongs to (null for live work that no process created). */
  processInstance?: Maybe<ProcessInstance>;
  /** The queue the task entered (crossdesk:queue). */
  queue?: Maybe<Scalars['String']['output']>;
  /** The pending offer of this task, if any. */
  reservation?: Maybe<Reservation>;
  /** Why the router offered or gave the task to its agent: candidates considered, their scores, exclusions. */
  routingDecision?: Maybe<Scalars['JSON']['output']>;
  /** The site the work belongs to (its queue's unless the model or capture named another). */
  site?: Maybe<Site>;
  /** Sites whose agents may take it now; null: any site. */
  siteScope?: Maybe<Array<Scalars['ID']['output']>>;
  /** Skills an agent needs (crossdesk:skills). */
  skills: Array<SkillRequirement>;
  /** When the SLA deadline passed with the task still open. */
  slaBreachedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Service-level deadline (creation + crossdesk:sla). */
  slaDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** QUEUED, RESERVED, ASSIGNED, PAUSED, COMPLETED or CANCELLED. */
  state: TaskState;
  /** The instance's current variables; null with FORBIDDEN when the caller may not read this task's data (docs/api.md, read rules). */
  variables?: Maybe<Scalars['JSON']['output']>;
  /** How long the contact waited before it was answered or taken (still waiting: until now), seconds. */
  waitSeconds: Scalars['Int']['output'];
};

/** A page of tasks. */
export type TaskConnection = {
  __typename?: 'TaskConnection';
  /** The tasks of this page. */
  edges: Array<TaskEdge>;
  /** Where this page lies. */
  pageInfo: PageInfo;
  /** Tasks matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A task in a page of tasks. */
export type TaskEdge = {
  __typename?: 'TaskEdge';
  /** Opaque position of this task in the list. */
  cursor: Scalars['String']['output'];
  /** The task. */
  node: Task;
};

/** A change to a task, pushed to subscribers. */
export type TaskEvent = {
  __typename?: 'TaskEvent';
  /** The task as it is after the change. */
  task: Task;
  /** task.created, task.claimed, task.unclaimed, task.assigned, task.completed, task.cancelled, task.slaBreached; task.priorityRaised (escalation); with routing also task.reserved, task.paused, task.resumed, task.requeued, task.escalated */
  type: Scalars['String']['output'];
};

/** A BPMN error or escalation raised from a task. */
export type TaskEventInput = {
  /** Error code (matches errorCode) or escalation code/id. */
  code: Scalars['String']['input'];
  /** A human-readable explanation. */
  message?: InputMaybe<Scalars['String']['input']>;
  /** Variables delivered with the event. */
  variables?: InputMaybe<Scalars['JSON']['input']>;
};

/** Narrows a task list; every field given must match. */
export type TaskFilter = {
  /** User id of the assignee. */
  assignee?: InputMaybe<Scalars['ID']['input']>;
  /** Tasks naming this candidate group. */
  candidateGroup?: InputMaybe<Scalars['String']['input']>;
  /** Tasks naming this candidate user. */
  candidateUser?: InputMaybe<Scalars['String']['input']>;
  /** Tasks due before this instant. */
  dueBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only tasks the viewer can take now (queued, a candidate or no candidates named, every required skill, a channel it has capacity for, a callback inside its window), offers made to the viewer, and its own open tasks; never work someone else holds or has on offer. */
  eligible?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only the viewer's own tasks. */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Tasks of this instance. */
  processInstanceId?: InputMaybe<Scalars['ID']['input']>;
  /** Tasks of this process key. */
  processKey?: InputMaybe<Scalars['String']['input']>;
  /** Tasks in this queue. */
  queue?: InputMaybe<Scalars['String']['input']>;
  /** Order (default PRIORITY). */
  sort?: InputMaybe<TaskSort>;
  /** Tasks in this state. */
  state?: InputMaybe<TaskState>;
  /** Tasks in any of these states. */
  states?: InputMaybe<Array<TaskState>>;
  /** Case-insensitive search in name and documentation. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only tasks nobody holds. */
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One version of a form that user tasks show (camunda:formKey): a form-js schema. */
export type TaskForm = {
  __typename?: 'TaskForm';
  deployedAt: Scalars['DateTime']['output'];
  deployedBy?: Maybe<User>;
  key: Scalars['String']['output'];
  /** The process definition it was deployed with, if any. */
  processDefinition?: Maybe<ProcessDefinition>;
  /** The form-js schema. */
  schema: Scalars['JSON']['output'];
  version: Scalars['Int']['output'];
};

/** A form to deploy. */
export type TaskFormInput = {
  /** The key user tasks name in camunda:formKey. */
  key: Scalars['String']['input'];
  /** A form-js schema with keyed input components. */
  schema: Scalars['JSON']['input'];
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

/** Mean and 90th percentile of a time, in seconds (null without visits). */
export type TimeFigures = {
  __typename?: 'TimeFigures';
  meanSeconds?: Maybe<Scalars['Float']['output']>;
  p90Seconds?: Maybe<Scalars['Float']['output']>;
};

export type UpdateUserInput = {
  /** false deactivates (as deactivateUser), true reactivates. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** An empty string clears it. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the user's groups; each must exist. */
  groups?: InputMaybe<Array<Scalars['String']['input']>>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** Moves the user to this site (empty string: no site); needs rights on both sites. */
  site?: InputMaybe<Scalars['ID']['input']>;
};

/** A person or automation account. */
export type User = {
  __typename?: 'User';
  /** False once deactivated: the user cannot sign in, their history stays. */
  active: Scalars['Boolean']['output'];
  /** When the user was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Mail address, if known. */
  email?: Maybe<Scalars['String']['output']>;
  /** Groups the user belongs to; tasks name candidate groups. */
  groups: Array<Scalars['String']['output']>;
  /** The user id (also the sign-in name). */
  id: Scalars['ID']['output'];
  /** True after resetPassword until the user changes the one-time password. */
  mustChangePassword: Scalars['Boolean']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Roles held: designer, expert, agent, supervisor, integrator, admin (admin holds every role). */
  roles: Array<Scalars['String']['output']>;
  /** The site the user works at. */
  site?: Maybe<Site>;
  /** The sites the user supervises; a supervisor of particular sites sees only those. */
  supervisedSites: Array<Site>;
};

/** A page of users, by id. */
export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  /** Users matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A user in a page of users. */
export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

/** What the users list can be narrowed to. */
export type UserFilter = {
  /** Only active (true) or deactivated (false) users. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Members of this group. */
  group?: InputMaybe<Scalars['String']['input']>;
  /** Users holding this role. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** Part of the id, name or e-mail (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** The answer to the supervisor's "why is this task still waiting?". */
export type WaitExplanation = {
  __typename?: 'WaitExplanation';
  /** Users without an agent record who may claim it from their inbox. */
  claimers: Scalars['Int']['output'];
  /** Of those, with room for it now. */
  freeAgents: Scalars['Int']['output'];
  /** When the queue's next escalation step applies (lower levels, more groups). */
  nextEscalationAt?: Maybe<Scalars['DateTime']['output']>;
  /** Of those, AVAILABLE or BUSY now. */
  presentAgents: Scalars['Int']['output'];
  /** Agents who meet every requirement, whatever their presence. */
  qualifiedAgents: Scalars['Int']['output'];
  /** What keeps it waiting, most fundamental first. */
  reasons: Array<WaitReason>;
  /** Whose site may take it and when that widens (null: work of no site). */
  siteRule?: Maybe<Scalars['String']['output']>;
  /** Per required skill (levels after escalation). */
  skills: Array<SkillCoverage>;
  task: Task;
  /** True when the task is QUEUED. */
  waiting: Scalars['Boolean']['output'];
};

/** One reason a task waits. */
export type WaitReason = {
  __typename?: 'WaitReason';
  code: WaitReasonCode;
  /** The reason in English. */
  message: Scalars['String']['output'];
  /** The data the reason is about: `spanish:5`, candidates `legal, zoe`, presences `OFFLINE 2, AWAY 1`, an ISO instant, agent ids, a task state. */
  requirement?: Maybe<Scalars['String']['output']>;
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

/** What changed in the viewer's own work. */
export type WorkEvent = {
  __typename?: 'WorkEvent';
  agent?: Maybe<Agent>;
  reservation?: Maybe<Reservation>;
  task?: Maybe<Task>;
  /** reservation.offered, reservation.accepted, reservation.rejected, reservation.timedOut, reservation.rescinded, task.assigned, task.paused, task.resumed, task.completed, presence.changed, consultation.answered (task: the task the consultation was asked from). */
  type: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Agent: ResolverTypeWrapper<AgentRecord>;
  AgentFilter: AgentFilter;
  AgentInput: AgentInput;
  AgentInterval: ResolverTypeWrapper<AgentInterval>;
  AgentSkill: ResolverTypeWrapper<AgentSkill>;
  Attachment: ResolverTypeWrapper<Attachment>;
  AttachmentInput: AttachmentInput;
  AuditEntry: ResolverTypeWrapper<AuditRecord>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditFilter: AuditFilter;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BusinessHours: ResolverTypeWrapper<BusinessHours>;
  BusinessHoursInput: BusinessHoursInput;
  CallCommand: CallCommand;
  Callback: ResolverTypeWrapper<TaskRecord>;
  CallbackInput: CallbackInput;
  CallbackOutcome: CallbackOutcome;
  CannedResponse: ResolverTypeWrapper<CannedResponse>;
  CannedResponseInput: CannedResponseInput;
  Capacity: ResolverTypeWrapper<Capacity>;
  CapacityInput: CapacityInput;
  CaptureInteractionInput: CaptureInteractionInput;
  CardCase: ResolverTypeWrapper<CardCase>;
  CardContact: ResolverTypeWrapper<CardContact>;
  Channel: Channel;
  ChatAuthor: ChatAuthor;
  ChatCallbackInput: ChatCallbackInput;
  ChatConversation: ResolverTypeWrapper<ChatConversationRecord>;
  ChatEvent: ResolverTypeWrapper<ChatEventPayload>;
  ChatMessage: ResolverTypeWrapper<ChatMessageRecord>;
  ChatState: ChatState;
  ClassificationRule: ResolverTypeWrapper<ClassificationRuleRecord>;
  ClassificationRuleInput: ClassificationRuleInput;
  ClassificationRuleVersion: ResolverTypeWrapper<RuleVersionRecord>;
  Cluster: ResolverTypeWrapper<ClusterView>;
  ClusterNode: ResolverTypeWrapper<ClusterNodeView>;
  ConsultInput: ConsultInput;
  Consultation: ResolverTypeWrapper<TaskRecord>;
  CorrelateMessageInput: CorrelateMessageInput;
  CorrelationOutcome: CorrelationOutcome;
  CorrelationResult: ResolverTypeWrapper<EngineCorrelationResult>;
  CreateUserInput: CreateUserInput;
  CtiEventInput: CtiEventInput;
  CtiEventResult: ResolverTypeWrapper<EngineCtiEventResult>;
  CtiEventType: CtiEventType;
  CtiOutcome: CtiOutcome;
  Customer: ResolverTypeWrapper<CustomerRecord>;
  CustomerCard: ResolverTypeWrapper<EngineCustomerCard>;
  CustomerInput: CustomerInput;
  CustomerMerge: ResolverTypeWrapper<CustomerMergeRecord>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeployProcessInput: DeployProcessInput;
  DeployWarning: ResolverTypeWrapper<DeployWarning>;
  DispositionCount: ResolverTypeWrapper<DispositionCount>;
  ErlangAStaffing: ResolverTypeWrapper<ErlangAStaffing>;
  ErlangCStaffing: ResolverTypeWrapper<ErlangCStaffing>;
  EscalationStep: ResolverTypeWrapper<EscalationStep>;
  EscalationStepInput: EscalationStepInput;
  ExternalTask: ResolverTypeWrapper<LockedExternalTask>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Forecast: ResolverTypeWrapper<Forecast>;
  ForecastAccuracy: ResolverTypeWrapper<ForecastAccuracy>;
  ForecastAdjustmentInput: ForecastAdjustmentInput;
  ForecastInput: ForecastInput;
  ForecastInterval: ResolverTypeWrapper<ForecastInterval>;
  Group: ResolverTypeWrapper<GroupRecord>;
  GroupInput: GroupInput;
  HistoryEntry: ResolverTypeWrapper<HistoryRecord>;
  HistoryEntryConnection: ResolverTypeWrapper<Omit<HistoryEntryConnection, 'edges'> & { edges: Array<ResolversTypes['HistoryEntryEdge']> }>;
  HistoryEntryEdge: ResolverTypeWrapper<Omit<HistoryEntryEdge, 'node'> & { node: ResolversTypes['HistoryEntry'] }>;
  HistoryFilter: HistoryFilter;
  Holiday: ResolverTypeWrapper<Holiday>;
  HolidayInput: HolidayInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Incident: ResolverTypeWrapper<JobRecord>;
  InstanceState: InstanceState;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntakeForm: ResolverTypeWrapper<IntakeFormRecord>;
  IntakeFormInput: IntakeFormInput;
  IntakeFormVersion: ResolverTypeWrapper<IntakeFormVersionRecord>;
  Interaction: ResolverTypeWrapper<InteractionRecord>;
  InteractionChannel: InteractionChannel;
  InteractionConnection: ResolverTypeWrapper<Omit<InteractionConnection, 'edges'> & { edges: Array<ResolversTypes['InteractionEdge']> }>;
  InteractionDirection: InteractionDirection;
  InteractionEdge: ResolverTypeWrapper<Omit<InteractionEdge, 'node'> & { node: ResolversTypes['Interaction'] }>;
  InteractionFilter: InteractionFilter;
  InteractionOutcome: InteractionOutcome;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  JobState: JobState;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NodeRole: NodeRole;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PlanInterval: ResolverTypeWrapper<PlanInterval>;
  Presence: Presence;
  PresenceCount: ResolverTypeWrapper<PresenceCount>;
  ProcessDefinition: ResolverTypeWrapper<DefinitionRecord>;
  ProcessDurationFigures: ResolverTypeWrapper<ProcessDurationFigures>;
  ProcessElementFigures: ResolverTypeWrapper<ProcessElementFigures>;
  ProcessInstance: ResolverTypeWrapper<InstanceRecord>;
  ProcessInstanceConnection: ResolverTypeWrapper<Omit<ProcessInstanceConnection, 'edges'> & { edges: Array<ResolversTypes['ProcessInstanceEdge']> }>;
  ProcessInstanceEdge: ResolverTypeWrapper<Omit<ProcessInstanceEdge, 'node'> & { node: ResolversTypes['ProcessInstance'] }>;
  ProcessInstanceEvent: ResolverTypeWrapper<InstanceEventPayload>;
  ProcessInstanceFilter: ProcessInstanceFilter;
  ProcessInterval: ResolverTypeWrapper<ProcessInterval>;
  ProcessReport: ResolverTypeWrapper<ProcessReport>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Queue: ResolverTypeWrapper<QueueWithStats>;
  QueueHour: ResolverTypeWrapper<QueueHour>;
  QueueInput: QueueInput;
  QueueInterval: ResolverTypeWrapper<QueueInterval>;
  QueuePlanning: ResolverTypeWrapper<QueuePlanning>;
  QueuePlanningInput: QueuePlanningInput;
  QueueSample: ResolverTypeWrapper<QueueSample>;
  QueueStats: ResolverTypeWrapper<EngineQueueStats>;
  ReplyToInteractionInput: ReplyToInteractionInput;
  ReportFilter: ReportFilter;
  Reservation: ResolverTypeWrapper<ReservationRecord>;
  ReservationState: ReservationState;
  RosterShift: ResolverTypeWrapper<RosterShift>;
  RosterShiftInput: RosterShiftInput;
  RuleAction: ResolverTypeWrapper<RuleAction>;
  RuleActionInput: RuleActionInput;
  RuleMatch: ResolverTypeWrapper<RuleMatch>;
  RuleMatchInput: RuleMatchInput;
  ServiceLevelRule: ServiceLevelRule;
  SetPresenceInput: SetPresenceInput;
  ShiftBreak: ResolverTypeWrapper<ShiftBreak>;
  ShiftBreakInput: ShiftBreakInput;
  SignInOptions: ResolverTypeWrapper<SignInOptions>;
  SignInResult: ResolverTypeWrapper<Omit<SignInResult, 'user'> & { user: ResolversTypes['User'] }>;
  SimulationRun: ResolverTypeWrapper<EngineSimulationRun>;
  SimulationState: SimulationState;
  SingleSignOn: ResolverTypeWrapper<SingleSignOn>;
  Site: ResolverTypeWrapper<SiteRecord>;
  SiteInput: SiteInput;
  SkillCoverage: ResolverTypeWrapper<SkillCoverage>;
  SkillInput: SkillInput;
  SkillRequirement: ResolverTypeWrapper<SkillRequirement>;
  SlaBreachStart: ResolverTypeWrapper<SlaBreachStart>;
  StaffingConstraint: StaffingConstraint;
  StaffingInput: StaffingInput;
  StaffingResult: ResolverTypeWrapper<StaffingResult>;
  StartProcessInput: StartProcessInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Task: ResolverTypeWrapper<TaskRecord>;
  TaskConnection: ResolverTypeWrapper<Omit<TaskConnection, 'edges'> & { edges: Array<ResolversTypes['TaskEdge']> }>;
  TaskEdge: ResolverTypeWrapper<Omit<TaskEdge, 'node'> & { node: ResolversTypes['Task'] }>;
  TaskEvent: ResolverTypeWrapper<TaskEventPayload>;
  TaskEventInput: TaskEventInput;
  TaskFilter: TaskFilter;
  TaskForm: ResolverTypeWrapper<TaskFormRecord>;
  TaskFormInput: TaskFormInput;
  TaskKind: TaskKind;
  TaskSort: TaskSort;
  TaskState: TaskState;
  TimeFigures: ResolverTypeWrapper<TimeFigures>;
  UpdateUserInput: UpdateUserInput;
  User: ResolverTypeWrapper<UserRecord>;
  UserConnection: ResolverTypeWrapper<Omit<UserConnection, 'edges'> & { edges: Array<ResolversTypes['UserEdge']> }>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  UserFilter: UserFilter;
  WaitExplanation: ResolverTypeWrapper<EngineWaitExplanation>;
  WaitReason: ResolverTypeWrapper<WaitReason>;
  WaitReasonCode: WaitReasonCode;
  Weekday: Weekday;
  WorkEvent: ResolverTypeWrapper<WorkEventPayload>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agent: AgentRecord;
  AgentFilter: AgentFilter;
  AgentInput: AgentInput;
  AgentInterval: AgentInterval;
  AgentSkill: AgentSkill;
  Attachment: Attachment;
  AttachmentInput: AttachmentInput;
  AuditEntry: AuditRecord;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditFilter: AuditFilter;
  Boolean: Scalars['Boolean']['output'];
  BusinessHours: BusinessHours;
  BusinessHoursInput: BusinessHoursInput;
  Callback: TaskRecord;
  CallbackInput: CallbackInput;
  CannedResponse: CannedResponse;
  CannedResponseInput: CannedResponseInput;
  Capacity: Capacity;
  CapacityInput: CapacityInput;
  CaptureInteractionInput: CaptureInteractionInput;
  CardCase: CardCase;
  CardContact: CardContact;
  ChatCallbackInput: ChatCallbackInput;
  ChatConversation: ChatConversationRecord;
  ChatEvent: ChatEventPayload;
  ChatMessage: ChatMessageRecord;
  ClassificationRule: ClassificationRuleRecord;
  ClassificationRuleInput: ClassificationRuleInput;
  ClassificationRuleVersion: RuleVersionRecord;
  Cluster: ClusterView;
  ClusterNode: ClusterNodeView;
  ConsultInput: ConsultInput;
  Consultation: TaskRecord;
  CorrelateMessageInput: CorrelateMessageInput;
  CorrelationResult: EngineCorrelationResult;
  CreateUserInput: CreateUserInput;
  CtiEventInput: CtiEventInput;
  CtiEventResult: EngineCtiEventResult;
  Customer: CustomerRecord;
  CustomerCard: EngineCustomerCard;
  CustomerInput: CustomerInput;
  CustomerMerge: CustomerMergeRecord;
  DateTime: Scalars['DateTime']['output'];
  DeployProcessInput: DeployProcessInput;
  DeployWarning: DeployWarning;
  DispositionCount: DispositionCount;
  ErlangAStaffing: ErlangAStaffing;
  ErlangCStaffing: ErlangCStaffing;
  EscalationStep: EscalationStep;
  EscalationStepInput: EscalationStepInput;
  ExternalTask: LockedExternalTask;
  Float: Scalars['Float']['output'];
  Forecast: Forecast;
  ForecastAccuracy: ForecastAccuracy;
  ForecastAdjustmentInput: ForecastAdjustmentInput;
  ForecastInput: ForecastInput;
  ForecastInterval: ForecastInterval;
  Group: GroupRecord;
  GroupInput: GroupInput;
  HistoryEntry: HistoryRecord;
  HistoryEntryConnection: Omit<HistoryEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['HistoryEntryEdge']> };
  HistoryEntryEdge: Omit<HistoryEntryEdge, 'node'> & { node: ResolversParentTypes['HistoryEntry'] };
  HistoryFilter: HistoryFilter;
  Holiday: Holiday;
  HolidayInput: HolidayInput;
  ID: Scalars['ID']['output'];
  Incident: JobRecord;
  Int: Scalars['Int']['output'];
  IntakeForm: IntakeFormRecord;
  IntakeFormInput: IntakeFormInput;
  IntakeFormVersion: IntakeFormVersionRecord;
  Interaction: InteractionRecord;
  InteractionConnection: Omit<InteractionConnection, 'edges'> & { edges: Array<ResolversParentTypes['InteractionEdge']> };
  InteractionEdge: Omit<InteractionEdge, 'node'> & { node: ResolversParentTypes['Interaction'] };
  InteractionFilter: InteractionFilter;
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PlanInterval: PlanInterval;
  PresenceCount: PresenceCount;
  ProcessDefinition: DefinitionRecord;
  ProcessDurationFigures: ProcessDurationFigures;
  ProcessElementFigures: ProcessElementFigures;
  ProcessInstance: InstanceRecord;
  ProcessInstanceConnection: Omit<ProcessInstanceConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProcessInstanceEdge']> };
  ProcessInstanceEdge: Omit<ProcessInstanceEdge, 'node'> & { node: ResolversParentTypes['ProcessInstance'] };
  ProcessInstanceEvent: InstanceEventPayload;
  ProcessInstanceFilter: ProcessInstanceFilter;
  ProcessInterval: ProcessInterval;
  ProcessReport: ProcessReport;
  Query: Record<PropertyKey, never>;
  Queue: QueueWithStats;
  QueueHour: QueueHour;
  QueueInput: QueueInput;
  QueueInterval: QueueInterval;
  QueuePlanning: QueuePlanning;
  QueuePlanningInput: QueuePlanningInput;
  QueueSample: QueueSample;
  QueueStats: EngineQueueStats;
  ReplyToInteractionInput: ReplyToInteractionInput;
  ReportFilter: ReportFilter;
  Reservation: ReservationRecord;
  RosterShift: RosterShift;
  RosterShiftInput: RosterShiftInput;
  RuleAction: RuleAction;
  RuleActionInput: RuleActionInput;
  RuleMatch: RuleMatch;
  RuleMatchInput: RuleMatchInput;
  SetPresenceInput: SetPresenceInput;
  ShiftBreak: ShiftBreak;
  ShiftBreakInput: ShiftBreakInput;
  SignInOptions: SignInOptions;
  SignInResult: Omit<SignInResult, 'user'> & { user: ResolversParentTypes['User'] };
  SimulationRun: EngineSimulationRun;
  SingleSignOn: SingleSignOn;
  Site: SiteRecord;
  SiteInput: SiteInput;
  SkillCoverage: SkillCoverage;
  SkillInput: SkillInput;
  SkillRequirement: SkillRequirement;
  SlaBreachStart: SlaBreachStart;
  StaffingInput: StaffingInput;
  StaffingResult: StaffingResult;
  StartProcessInput: StartProcessInput;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Task: TaskRecord;
  TaskConnection: Omit<TaskConnection, 'edges'> & { edges: Array<ResolversParentTypes['TaskEdge']> };
  TaskEdge: Omit<TaskEdge, 'node'> & { node: ResolversParentTypes['Task'] };
  TaskEvent: TaskEventPayload;
  TaskEventInput: TaskEventInput;
  TaskFilter: TaskFilter;
  TaskForm: TaskFormRecord;
  TaskFormInput: TaskFormInput;
  TimeFigures: TimeFigures;
  UpdateUserInput: UpdateUserInput;
  User: UserRecord;
  UserConnection: Omit<UserConnection, 'edges'> & { edges: Array<ResolversParentTypes['UserEdge']> };
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  UserFilter: UserFilter;
  WaitExplanation: EngineWaitExplanation;
  WaitReason: WaitReason;
  WorkEvent: WorkEventPayload;
};

export type AgentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Agent'] = ResolversParentTypes['Agent']> = {
  capacity?: Resolver<ResolversTypes['Capacity'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idleSince?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  load?: Resolver<ResolversTypes['Capacity'], ParentType, ContextType>;
  missedOffers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  presence?: Resolver<ResolversTypes['Presence'], ParentType, ContextType>;
  presenceReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  presenceSince?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reservations?: Resolver<Array<ResolversTypes['Reservation']>, ParentType, ContextType>;
  site?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['AgentSkill']>, ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  wrapUp?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
};

export type AgentIntervalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AgentInterval'] = ResolversParentTypes['AgentInterval']> = {
  agent?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  availableSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  averageHandleSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  awaySeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  busySeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  dispositions?: Resolver<Array<ResolversTypes['DispositionCount']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  handled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  handledBackoffice?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  handledChat?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  handledEmail?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  handledVoice?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  occupancyPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  offersAccepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offersMissed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offersRejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  wrapUpSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type AgentSkillResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AgentSkill'] = ResolversParentTypes['AgentSkill']> = {
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AttachmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment']> = {
  checksum?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  actorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type BusinessHoursResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BusinessHours'] = ResolversParentTypes['BusinessHours']> = {
  close?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CallbackResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Callback'] = ResolversParentTypes['Callback']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxAttempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['CallbackOutcome']>, ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readyAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  windowEnd?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  windowStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CannedResponseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CannedResponse'] = ResolversParentTypes['CannedResponse']> = {
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CapacityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Capacity'] = ResolversParentTypes['Capacity']> = {
  BACKOFFICE?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  CHAT?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  EMAIL?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  VOICE?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CardCaseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CardCase'] = ResolversParentTypes['CardCase']> = {
  businessKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  definitionKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CardContactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CardContact'] = ResolversParentTypes['CardContact']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['InteractionChannel'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['InteractionDirection'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ChatConversationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChatConversation'] = ResolversParentTypes['ChatConversation']> = {
  caseReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customerEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  customerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dispositionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dispositionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interactionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  messages?: Resolver<Array<ResolversTypes['ChatMessage']>, ParentType, ContextType, Partial<ChatConversationMessagesArgs>>;
  queue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ChatState'], ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
};

export type ChatEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChatEvent'] = ResolversParentTypes['ChatEvent']> = {
  conversation?: Resolver<ResolversTypes['ChatConversation'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['ChatMessage']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChatMessageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChatMessage'] = ResolversParentTypes['ChatMessage']> = {
  agent?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  author?: Resolver<ResolversTypes['ChatAuthor'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClassificationRuleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClassificationRule'] = ResolversParentTypes['ClassificationRule']> = {
  action?: Resolver<ResolversTypes['RuleAction'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['RuleMatch'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  problem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['ClassificationRuleVersion']>, ParentType, ContextType>;
};

export type ClassificationRuleVersionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClassificationRuleVersion'] = ResolversParentTypes['ClassificationRuleVersion']> = {
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  snapshot?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClusterResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Cluster'] = ResolversParentTypes['Cluster']> = {
  leaderTerm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ClusterNode']>, ParentType, ContextType>;
};

export type ClusterNodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClusterNode'] = ResolversParentTypes['ClusterNode']> = {
  host?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['NodeRole'], ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConsultationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Consultation'] = ResolversParentTypes['Consultation']> = {
  answer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  answeredBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['TaskState'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
};

export type CorrelationResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CorrelationResult'] = ResolversParentTypes['CorrelationResult']> = {
  outcome?: Resolver<ResolversTypes['CorrelationOutcome'], ParentType, ContextType>;
  processInstance?: Resolver<Maybe<ResolversTypes['ProcessInstance']>, ParentType, ContextType>;
};

export type CtiEventResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CtiEventResult'] = ResolversParentTypes['CtiEventResult']> = {
  agent?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['CtiOutcome'], ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
};

export type CustomerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = {
  cases?: Resolver<Array<ResolversTypes['ProcessInstance']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  erasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interactions?: Resolver<ResolversTypes['InteractionConnection'], ParentType, ContextType, Partial<CustomerInteractionsArgs>>;
  mergedInto?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  merges?: Resolver<Array<ResolversTypes['CustomerMerge']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
};

export type CustomerCardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CustomerCard'] = ResolversParentTypes['CustomerCard']> = {
  customerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  openCases?: Resolver<Array<ResolversTypes['CardCase']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recentContacts?: Resolver<Array<ResolversTypes['CardContact']>, ParentType, ContextType>;
};

export type CustomerMergeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CustomerMerge'] = ResolversParentTypes['CustomerMerge']> = {
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  interactionsMoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourcePhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeployWarningResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeployWarning'] = ResolversParentTypes['DeployWarning']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  elementId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  elementName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requirement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DispositionCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DispositionCount'] = ResolversParentTypes['DispositionCount']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ErlangAStaffingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ErlangAStaffing'] = ResolversParentTypes['ErlangAStaffing']> = {
  abandonProbability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  agents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageSpeedOfAnswerSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  limitedBy?: Resolver<ResolversTypes['StaffingConstraint'], ParentType, ContextType>;
  occupancy?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scheduledAgents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceLevel?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  waitProbability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ErlangCStaffingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ErlangCStaffing'] = ResolversParentTypes['ErlangCStaffing']> = {
  agents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageSpeedOfAnswerSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  limitedBy?: Resolver<ResolversTypes['StaffingConstraint'], ParentType, ContextType>;
  occupancy?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scheduledAgents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceLevel?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  waitProbability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type EscalationStepResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EscalationStep'] = ResolversParentTypes['EscalationStep']> = {
  addGroup?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  afterSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lowerSkillLevelBy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  moveToQueue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  raisePriority?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  widenToAllSites?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  widenToSites?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
};

export type ExternalTaskResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExternalTask'] = ResolversParentTypes['ExternalTask']> = {
  businessKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  elementId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  errorMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lockExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  processInstance?: Resolver<ResolversTypes['ProcessInstance'], ParentType, ContextType>;
  retries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['JobState'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variables?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  workerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ForecastResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Forecast'] = ResolversParentTypes['Forecast']> = {
  accuracy?: Resolver<ResolversTypes['ForecastAccuracy'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ForecastInterval']>, ParentType, ContextType>;
  intervalMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  intervals?: Resolver<Array<ResolversTypes['ForecastInterval']>, ParentType, ContextType>;
  queue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  site?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ForecastAccuracyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ForecastAccuracy'] = ResolversParentTypes['ForecastAccuracy']> = {
  baselineWape?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  folds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wape?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ForecastIntervalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ForecastInterval'] = ResolversParentTypes['ForecastInterval']> = {
  adjustmentPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  arrivals?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  averageHandleSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  closed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type GroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Group'] = ResolversParentTypes['Group']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HistoryEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HistoryEntry'] = ResolversParentTypes['HistoryEntry']> = {
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  data?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  elementId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  elementName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  taskId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HistoryEntryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HistoryEntryConnection'] = ResolversParentTypes['HistoryEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['HistoryEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HistoryEntryEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HistoryEntryEdge'] = ResolversParentTypes['HistoryEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HistoryEntry'], ParentType, ContextType>;
};

export type HolidayResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Holiday'] = ResolversParentTypes['Holiday']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IncidentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Incident'] = ResolversParentTypes['Incident']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  elementId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  processInstance?: Resolver<ResolversTypes['ProcessInstance'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IntakeFormResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IntakeForm'] = ResolversParentTypes['IntakeForm']> = {
  formKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mapping?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  problem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  schema?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['IntakeFormVersion']>, ParentType, ContextType>;
};

export type IntakeFormVersionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IntakeFormVersion'] = ResolversParentTypes['IntakeFormVersion']> = {
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  mapping?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  schema?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InteractionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Interaction'] = ResolversParentTypes['Interaction']> = {
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  attributes?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  case?: Resolver<Maybe<ResolversTypes['ProcessInstance']>, ParentType, ContextType>;
  caseReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['InteractionChannel'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['InteractionDirection'], ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  messageId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['InteractionOutcome'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['ClassificationRule']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type InteractionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InteractionConnection'] = ResolversParentTypes['InteractionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InteractionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InteractionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InteractionEdge'] = ResolversParentTypes['InteractionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Interaction'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptReservation?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationAcceptReservationArgs, 'id'>>;
  adjustForecast?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationAdjustForecastArgs, 'input'>>;
  answerConsultation?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationAnswerConsultationArgs, 'answer' | 'id'>>;
  assignTask?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationAssignTaskArgs, 'agentId' | 'id'>>;
  broadcastSignal?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationBroadcastSignalArgs, 'name'>>;
  callCommand?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationCallCommandArgs, 'command' | 'taskId'>>;
  cancelProcessInstance?: Resolver<ResolversTypes['ProcessInstance'], ParentType, ContextType, RequireFields<MutationCancelProcessInstanceArgs, 'id'>>;
  cancelSimulation?: Resolver<ResolversTypes['SimulationRun'], ParentType, ContextType, RequireFields<MutationCancelSimulationArgs, 'id'>>;
  captureInteraction?: Resolver<ResolversTypes['Interaction'], ParentType, ContextType, RequireFields<MutationCaptureInteractionArgs, 'input'>>;
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'newPassword' | 'oldPassword'>>;
  chatToCallback?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationChatToCallbackArgs, 'conversationId' | 'input'>>;
  claimTask?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationClaimTaskArgs, 'id'>>;
  closeChat?: Resolver<ResolversTypes['ChatConversation'], ParentType, ContextType, RequireFields<MutationCloseChatArgs, 'conversationId'>>;
  completeExternalTask?: Resolver<ResolversTypes['ExternalTask'], ParentType, ContextType, RequireFields<MutationCompleteExternalTaskArgs, 'id' | 'workerId'>>;
  completeTask?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationCompleteTaskArgs, 'id'>>;
  consultTask?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationConsultTaskArgs, 'id' | 'input'>>;
  correlateMessage?: Resolver<ResolversTypes['CorrelationResult'], ParentType, ContextType, RequireFields<MutationCorrelateMessageArgs, 'input'>>;
  createGroup?: Resolver<ResolversTypes['Group'], ParentType, ContextType, RequireFields<MutationCreateGroupArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  ctiEvent?: Resolver<ResolversTypes['CtiEventResult'], ParentType, ContextType, RequireFields<MutationCtiEventArgs, 'input'>>;
  deactivateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationDeactivateUserArgs, 'userId'>>;
  deleteClassificationRule?: Resolver<ResolversTypes['ClassificationRule'], ParentType, ContextType, RequireFields<MutationDeleteClassificationRuleArgs, 'id'>>;
  deleteGroup?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteGroupArgs, 'id'>>;
  deleteRosterShift?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteRosterShiftArgs, 'id'>>;
  deployProcess?: Resolver<ResolversTypes['ProcessDefinition'], ParentType, ContextType, RequireFields<MutationDeployProcessArgs, 'input'>>;
  deployTaskForms?: Resolver<Array<ResolversTypes['TaskForm']>, ParentType, ContextType, RequireFields<MutationDeployTaskFormsArgs, 'forms'>>;
  eraseCustomer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationEraseCustomerArgs, 'id'>>;
  failExternalTask?: Resolver<ResolversTypes['ExternalTask'], ParentType, ContextType, RequireFields<MutationFailExternalTaskArgs, 'id' | 'message' | 'workerId'>>;
  fetchAndLockExternalTasks?: Resolver<Array<ResolversTypes['ExternalTask']>, ParentType, ContextType, RequireFields<MutationFetchAndLockExternalTasksArgs, 'topic' | 'workerId'>>;
  importRoster?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationImportRosterArgs, 'csv'>>;
  mergeCustomers?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationMergeCustomersArgs, 'sourceId' | 'targetId'>>;
  nextTask?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  redeemSignInCode?: Resolver<ResolversTypes['SignInResult'], ParentType, ContextType, RequireFields<MutationRedeemSignInCodeArgs, 'code'>>;
  rejectReservation?: Resolver<ResolversTypes['Reservation'], ParentType, ContextType, RequireFields<MutationRejectReservationArgs, 'id'>>;
  replyToInteraction?: Resolver<ResolversTypes['Interaction'], ParentType, ContextType, RequireFields<MutationReplyToInteractionArgs, 'input'>>;
  requestCallback?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationRequestCallbackArgs, 'input'>>;
  resetPassword?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'userId'>>;
  resumeTask?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationResumeTaskArgs, 'id'>>;
  retryIncident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationRetryIncidentArgs, 'id'>>;
  revokeTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationRevokeTokensArgs, 'userId'>>;
  sendChatMessage?: Resolver<ResolversTypes['ChatMessage'], ParentType, ContextType, RequireFields<MutationSendChatMessageArgs, 'body' | 'conversationId'>>;
  setDisposition?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationSetDispositionArgs, 'code' | 'taskId'>>;
  setGroupMembers?: Resolver<ResolversTypes['Group'], ParentType, ContextType, RequireFields<MutationSetGroupMembersArgs, 'id' | 'members'>>;
  setPresence?: Resolver<ResolversTypes['Agent'], ParentType, ContextType, RequireFields<MutationSetPresenceArgs, 'input'>>;
  setQueuePlanning?: Resolver<ResolversTypes['QueuePlanning'], ParentType, ContextType, RequireFields<MutationSetQueuePlanningArgs, 'input'>>;
  setUserRoles?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetUserRolesArgs, 'roles' | 'userId'>>;
  signIn?: Resolver<ResolversTypes['SignInResult'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'password' | 'userId'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  simulate?: Resolver<ResolversTypes['SimulationRun'], ParentType, ContextType, RequireFields<MutationSimulateArgs, 'scenario'>>;
  startProcess?: Resolver<ResolversTypes['ProcessInstance'], ParentType, ContextType, RequireFields<MutationStartProcessArgs, 'input'>>;
  throwTaskError?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationThrowTaskErrorArgs, 'id' | 'input'>>;
  throwTaskEscalation?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationThrowTaskEscalationArgs, 'id' | 'input'>>;
  unclaimTask?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationUnclaimTaskArgs, 'id'>>;
  updateGroup?: Resolver<ResolversTypes['Group'], ParentType, ContextType, RequireFields<MutationUpdateGroupArgs, 'input'>>;
  updateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'input'>>;
  upsertAgent?: Resolver<ResolversTypes['Agent'], ParentType, ContextType, RequireFields<MutationUpsertAgentArgs, 'input'>>;
  upsertClassificationRule?: Resolver<ResolversTypes['ClassificationRule'], ParentType, ContextType, RequireFields<MutationUpsertClassificationRuleArgs, 'input'>>;
  upsertIntakeForm?: Resolver<ResolversTypes['IntakeForm'], ParentType, ContextType, RequireFields<MutationUpsertIntakeFormArgs, 'input'>>;
  upsertQueue?: Resolver<ResolversTypes['Queue'], ParentType, ContextType, RequireFields<MutationUpsertQueueArgs, 'input'>>;
  upsertRosterShift?: Resolver<ResolversTypes['RosterShift'], ParentType, ContextType, RequireFields<MutationUpsertRosterShiftArgs, 'input'>>;
  upsertSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationUpsertSiteArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PlanIntervalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanInterval'] = ResolversParentTypes['PlanInterval']> = {
  agentsErlangC?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageHandleSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  closed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  forecastArrivals?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  gap?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  present?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  requiredErlangA?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  requiredErlangC?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rostered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PresenceCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PresenceCount'] = ResolversParentTypes['PresenceCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  presence?: Resolver<ResolversTypes['Presence'], ParentType, ContextType>;
};

export type ProcessDefinitionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProcessDefinition'] = ResolversParentTypes['ProcessDefinition']> = {
  bpmnXml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deployedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deployedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['DeployWarning']>, ParentType, ContextType>;
};

export type ProcessDurationFiguresResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProcessDurationFigures'] = ResolversParentTypes['ProcessDurationFigures']> = {
  meanSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p50Seconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90Seconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p99Seconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ProcessElementFiguresResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProcessElementFigures'] = ResolversParentTypes['ProcessElementFigures']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  elementId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['TimeFigures'], ParentType, ContextType>;
  waiting?: Resolver<ResolversTypes['TimeFigures'], ParentType, ContextType>;
  working?: Resolver<ResolversTypes['TimeFigures'], ParentType, ContextType>;
};

export type ProcessInstanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProcessInstance'] = ResolversParentTypes['ProcessInstance']> = {
  activeElementIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  businessKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['ProcessDefinition'], ParentType, ContextType>;
  endReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['HistoryEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incidents?: Resolver<Array<ResolversTypes['Incident']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['InstanceState'], ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  variables?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type ProcessInstanceConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProcessInstanceConnection'] = ResolversParentTypes['ProcessInstanceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProcessInstanceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProcessInstanceEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProcessInstanceEdge'] = ResolversParentTypes['ProcessInstanceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProcessInstance'], ParentType, ContextType>;
};

export type ProcessInstanceEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProcessInstanceEvent'] = ResolversParentTypes['ProcessInstanceEvent']> = {
  instance?: Resolver<ResolversTypes['ProcessInstance'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProcessIntervalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProcessInterval'] = ResolversParentTypes['ProcessInterval']> = {
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  started?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProcessReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProcessReport'] = ResolversParentTypes['ProcessReport']> = {
  duration?: Resolver<ResolversTypes['ProcessDurationFigures'], ParentType, ContextType>;
  elements?: Resolver<Array<ResolversTypes['ProcessElementFigures']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  incidents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  instancesCancelled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  instancesCompleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  instancesStarted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  instancesWithIncidents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  intervals?: Resolver<Array<ResolversTypes['ProcessInterval']>, ParentType, ContextType>;
  processKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slaBreachStarts?: Resolver<Array<ResolversTypes['SlaBreachStart']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agent?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType, RequireFields<QueryAgentArgs, 'id'>>;
  agentReport?: Resolver<Array<ResolversTypes['AgentInterval']>, ParentType, ContextType, RequireFields<QueryAgentReportArgs, 'filter'>>;
  agents?: Resolver<Array<ResolversTypes['Agent']>, ParentType, ContextType, Partial<QueryAgentsArgs>>;
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<QueryAuditLogArgs>>;
  chat?: Resolver<Maybe<ResolversTypes['ChatConversation']>, ParentType, ContextType, RequireFields<QueryChatArgs, 'id'>>;
  classificationRules?: Resolver<Array<ResolversTypes['ClassificationRule']>, ParentType, ContextType>;
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customers?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomersArgs, 'search'>>;
  daySimulationScenario?: Resolver<ResolversTypes['JSON'], ParentType, ContextType, RequireFields<QueryDaySimulationScenarioArgs, 'date'>>;
  forecast?: Resolver<ResolversTypes['Forecast'], ParentType, ContextType, RequireFields<QueryForecastArgs, 'input'>>;
  groups?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType>;
  historySearch?: Resolver<ResolversTypes['HistoryEntryConnection'], ParentType, ContextType, Partial<QueryHistorySearchArgs>>;
  incidents?: Resolver<Array<ResolversTypes['Incident']>, ParentType, ContextType, Partial<QueryIncidentsArgs>>;
  intakeForms?: Resolver<Array<ResolversTypes['IntakeForm']>, ParentType, ContextType>;
  interaction?: Resolver<Maybe<ResolversTypes['Interaction']>, ParentType, ContextType, RequireFields<QueryInteractionArgs, 'id'>>;
  interactions?: Resolver<ResolversTypes['InteractionConnection'], ParentType, ContextType, Partial<QueryInteractionsArgs>>;
  me?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  myChats?: Resolver<Array<ResolversTypes['ChatConversation']>, ParentType, ContextType>;
  presenceReasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  processDefinition?: Resolver<Maybe<ResolversTypes['ProcessDefinition']>, ParentType, ContextType, RequireFields<QueryProcessDefinitionArgs, 'id'>>;
  processDefinitions?: Resolver<Array<ResolversTypes['ProcessDefinition']>, ParentType, ContextType, Partial<QueryProcessDefinitionsArgs>>;
  processInstance?: Resolver<Maybe<ResolversTypes['ProcessInstance']>, ParentType, ContextType, RequireFields<QueryProcessInstanceArgs, 'id'>>;
  processInstances?: Resolver<ResolversTypes['ProcessInstanceConnection'], ParentType, ContextType, Partial<QueryProcessInstancesArgs>>;
  processReport?: Resolver<ResolversTypes['ProcessReport'], ParentType, ContextType, RequireFields<QueryProcessReportArgs, 'filter' | 'processKey'>>;
  queue?: Resolver<Maybe<ResolversTypes['Queue']>, ParentType, ContextType, RequireFields<QueryQueueArgs, 'name'>>;
  queuePlanning?: Resolver<ResolversTypes['QueuePlanning'], ParentType, ContextType, RequireFields<QueryQueuePlanningArgs, 'queue'>>;
  queueReport?: Resolver<Array<ResolversTypes['QueueInterval']>, ParentType, ContextType, RequireFields<QueryQueueReportArgs, 'filter'>>;
  queues?: Resolver<Array<ResolversTypes['Queue']>, ParentType, ContextType>;
  rosterShifts?: Resolver<Array<ResolversTypes['RosterShift']>, ParentType, ContextType, RequireFields<QueryRosterShiftsArgs, 'from' | 'to'>>;
  signInOptions?: Resolver<ResolversTypes['SignInOptions'], ParentType, ContextType>;
  simulationRun?: Resolver<Maybe<ResolversTypes['SimulationRun']>, ParentType, ContextType, RequireFields<QuerySimulationRunArgs, 'id'>>;
  sites?: Resolver<Array<ResolversTypes['Site']>, ParentType, ContextType>;
  staffing?: Resolver<ResolversTypes['StaffingResult'], ParentType, ContextType, RequireFields<QueryStaffingArgs, 'input'>>;
  staffingPlan?: Resolver<Array<ResolversTypes['PlanInterval']>, ParentType, ContextType, RequireFields<QueryStaffingPlanArgs, 'from' | 'queue' | 'to'>>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<QueryTaskArgs, 'id'>>;
  taskForm?: Resolver<Maybe<ResolversTypes['TaskForm']>, ParentType, ContextType, RequireFields<QueryTaskFormArgs, 'key'>>;
  taskForms?: Resolver<Array<ResolversTypes['TaskForm']>, ParentType, ContextType>;
  tasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, Partial<QueryTasksArgs>>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, Partial<QueryUsersArgs>>;
  whyWaiting?: Resolver<ResolversTypes['WaitExplanation'], ParentType, ContextType, RequireFields<QueryWhyWaitingArgs, 'taskId'>>;
};

export type QueueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Queue'] = ResolversParentTypes['Queue']> = {
  abandonGraceSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  agingPerMinute?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  businessHoursSla?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cannedResponses?: Resolver<Array<ResolversTypes['CannedResponse']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  dispositionCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  escalation?: Resolver<Array<ResolversTypes['EscalationStep']>, ParentType, ContextType>;
  maxMissedOffers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pauseReturnSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reservationTimeoutSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceLevelRule?: Resolver<ResolversTypes['ServiceLevelRule'], ParentType, ContextType>;
  site?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType>;
  slaSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slaTargetPercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stats?: Resolver<ResolversTypes['QueueStats'], ParentType, ContextType>;
  waitingToday?: Resolver<Array<ResolversTypes['QueueSample']>, ParentType, ContextType>;
};

export type QueueHourResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QueueHour'] = ResolversParentTypes['QueueHour']> = {
  abandoned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  answered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  arrived?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  handled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hour?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  offered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceLevelPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  shortAbandoned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withinSla?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueueIntervalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QueueInterval'] = ResolversParentTypes['QueueInterval']> = {
  abandoned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  answered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageHandleSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageHoldSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageSpeedOfAnswerSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  backOfficeCompleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  backlog?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  escalations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  handled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  occupancyPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  offered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overRange?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  queue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceLevelPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  serviceLevelTargetPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  shortAbandoned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slaBreached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slaMet?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  transfers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitP50Seconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  waitP90Seconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type QueuePlanningResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QueuePlanning'] = ResolversParentTypes['QueuePlanning']> = {
  maxOccupancy?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  patienceSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  queue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shrinkage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type QueueSampleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QueueSample'] = ResolversParentTypes['QueueSample']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  waiting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueueStatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QueueStats'] = ResolversParentTypes['QueueStats']> = {
  abandonedToday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  agentsByPresence?: Resolver<Array<ResolversTypes['PresenceCount']>, ParentType, ContextType>;
  answeredToday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  arrivalsPerHour?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  assigned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  atRisk?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageHandleSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  estimatedWaitSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  handledToday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hourly?: Resolver<Array<ResolversTypes['QueueHour']>, ParentType, ContextType>;
  offeredToday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  oldestWaitingSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requiredAgents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceLevelPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  shortAbandonedToday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waiting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReservationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Reservation'] = ResolversParentTypes['Reservation']> = {
  agent?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ReservationState'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
};

export type RosterShiftResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RosterShift'] = ResolversParentTypes['RosterShift']> = {
  agentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  breaks?: Resolver<Array<ResolversTypes['ShiftBreak']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  queue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  site?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type RuleActionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RuleAction'] = ResolversParentTypes['RuleAction']> = {
  businessValue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  messageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  processKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  variables?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type RuleMatchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RuleMatch'] = ResolversParentTypes['RuleMatch']> = {
  attributes?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  bodyPattern?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  channels?: Resolver<Maybe<Array<ResolversTypes['InteractionChannel']>>, ParentType, ContextType>;
  keywords?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  subjectPattern?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ShiftBreakResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ShiftBreak'] = ResolversParentTypes['ShiftBreak']> = {
  end?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SignInOptionsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignInOptions'] = ResolversParentTypes['SignInOptions']> = {
  localPasswords?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  singleSignOn?: Resolver<Maybe<ResolversTypes['SingleSignOn']>, ParentType, ContextType>;
};

export type SignInResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignInResult'] = ResolversParentTypes['SignInResult']> = {
  mustChangePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type SimulationRunResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SimulationRun'] = ResolversParentTypes['SimulationRun']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['SimulationState'], ParentType, ContextType>;
};

export type SingleSignOnResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SingleSignOn'] = ResolversParentTypes['SingleSignOn']> = {
  loginPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SiteResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site']> = {
  businessHours?: Resolver<Array<ResolversTypes['BusinessHours']>, ParentType, ContextType>;
  holidays?: Resolver<Array<ResolversTypes['Holiday']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supervisors?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SkillCoverageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SkillCoverage'] = ResolversParentTypes['SkillCoverage']> = {
  agents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bestLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SkillRequirementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SkillRequirement'] = ResolversParentTypes['SkillRequirement']> = {
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SlaBreachStartResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SlaBreachStart'] = ResolversParentTypes['SlaBreachStart']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  elementId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StaffingResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StaffingResult'] = ResolversParentTypes['StaffingResult']> = {
  concurrency?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  effectiveHandleSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  erlangA?: Resolver<Maybe<ResolversTypes['ErlangAStaffing']>, ParentType, ContextType>;
  erlangC?: Resolver<ResolversTypes['ErlangCStaffing'], ParentType, ContextType>;
  offeredLoadErlangs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shrinkage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  myChatEvents?: SubscriptionResolver<ResolversTypes['ChatEvent'], "myChatEvents", ParentType, ContextType>;
  myWork?: SubscriptionResolver<ResolversTypes['WorkEvent'], "myWork", ParentType, ContextType>;
  processInstanceEvents?: SubscriptionResolver<ResolversTypes['ProcessInstanceEvent'], "processInstanceEvents", ParentType, ContextType, RequireFields<SubscriptionProcessInstanceEventsArgs, 'id'>>;
  queueStats?: SubscriptionResolver<Array<ResolversTypes['Queue']>, "queueStats", ParentType, ContextType>;
  taskEvents?: SubscriptionResolver<ResolversTypes['TaskEvent'], "taskEvents", ParentType, ContextType, Partial<SubscriptionTaskEventsArgs>>;
};

export type TaskResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task']> = {
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  businessValue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  callId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  callback?: Resolver<Maybe<ResolversTypes['Callback']>, ParentType, ContextType>;
  candidateGroups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  candidateUsers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  cannedResponses?: Resolver<Array<ResolversTypes['CannedResponse']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  claimedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  consultations?: Resolver<Array<ResolversTypes['Consultation']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  customerCard?: Resolver<Maybe<ResolversTypes['CustomerCard']>, ParentType, ContextType>;
  dispositionAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dispositionBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  dispositionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dispositionCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  dispositionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  effectivePriority?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  elementId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enqueuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  escalationLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  followUpAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  formKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  handlingSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['HistoryEntry']>, ParentType, ContextType>;
  holdSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interactions?: Resolver<Array<ResolversTypes['Interaction']>, ParentType, ContextType>;
  interruptible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TaskKind'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onHold?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  output?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  parentTask?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  pausedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  processDefinition?: Resolver<Maybe<ResolversTypes['ProcessDefinition']>, ParentType, ContextType>;
  processInstance?: Resolver<Maybe<ResolversTypes['ProcessInstance']>, ParentType, ContextType>;
  queue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reservation?: Resolver<Maybe<ResolversTypes['Reservation']>, ParentType, ContextType>;
  routingDecision?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  site?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType>;
  siteScope?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['SkillRequirement']>, ParentType, ContextType>;
  slaBreachedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  slaDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['TaskState'], ParentType, ContextType>;
  variables?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  waitSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaskConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaskConnection'] = ResolversParentTypes['TaskConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TaskEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaskEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaskEdge'] = ResolversParentTypes['TaskEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
};

export type TaskEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaskEvent'] = ResolversParentTypes['TaskEvent']> = {
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TaskFormResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaskForm'] = ResolversParentTypes['TaskForm']> = {
  deployedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deployedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  processDefinition?: Resolver<Maybe<ResolversTypes['ProcessDefinition']>, ParentType, ContextType>;
  schema?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimeFiguresResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TimeFigures'] = ResolversParentTypes['TimeFigures']> = {
  meanSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90Seconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mustChangePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  site?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType>;
  supervisedSites?: Resolver<Array<ResolversTypes['Site']>, ParentType, ContextType>;
};

export type UserConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type WaitExplanationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WaitExplanation'] = ResolversParentTypes['WaitExplanation']> = {
  claimers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  freeAgents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nextEscalationAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  presentAgents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  qualifiedAgents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['WaitReason']>, ParentType, ContextType>;
  siteRule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['SkillCoverage']>, ParentType, ContextType>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
  waiting?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type WaitReasonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WaitReason'] = ResolversParentTypes['WaitReason']> = {
  code?: Resolver<ResolversTypes['WaitReasonCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requirement?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WorkEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WorkEvent'] = ResolversParentTypes['WorkEvent']> = {
  agent?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType>;
  reservation?: Resolver<Maybe<ResolversTypes['Reservation']>, ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Agent?: AgentResolvers<ContextType>;
  AgentInterval?: AgentIntervalResolvers<ContextType>;
  AgentSkill?: AgentSkillResolvers<ContextType>;
  Attachment?: AttachmentResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  BusinessHours?: BusinessHoursResolvers<ContextType>;
  Callback?: CallbackResolvers<ContextType>;
  CannedResponse?: CannedResponseResolvers<ContextType>;
  Capacity?: CapacityResolvers<ContextType>;
  CardCase?: CardCaseResolvers<ContextType>;
  CardContact?: CardContactResolvers<ContextType>;
  ChatConversation?: ChatConversationResolvers<ContextType>;
  ChatEvent?: ChatEventResolvers<ContextType>;
  ChatMessage?: ChatMessageResolvers<ContextType>;
  ClassificationRule?: ClassificationRuleResolvers<ContextType>;
  ClassificationRuleVersion?: ClassificationRuleVersionResolvers<ContextType>;
  Cluster?: ClusterResolvers<ContextType>;
  ClusterNode?: ClusterNodeResolvers<ContextType>;
  Consultation?: ConsultationResolvers<ContextType>;
  CorrelationResult?: CorrelationResultResolvers<ContextType>;
  CtiEventResult?: CtiEventResultResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerCard?: CustomerCardResolvers<ContextType>;
  CustomerMerge?: CustomerMergeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeployWarning?: DeployWarningResolvers<ContextType>;
  DispositionCount?: DispositionCountResolvers<ContextType>;
  ErlangAStaffing?: ErlangAStaffingResolvers<ContextType>;
  ErlangCStaffing?: ErlangCStaffingResolvers<ContextType>;
  EscalationStep?: EscalationStepResolvers<ContextType>;
  ExternalTask?: ExternalTaskResolvers<ContextType>;
  Forecast?: ForecastResolvers<ContextType>;
  ForecastAccuracy?: ForecastAccuracyResolvers<ContextType>;
  ForecastInterval?: ForecastIntervalResolvers<ContextType>;
  Group?: GroupResolvers<ContextType>;
  HistoryEntry?: HistoryEntryResolvers<ContextType>;
  HistoryEntryConnection?: HistoryEntryConnectionResolvers<ContextType>;
  HistoryEntryEdge?: HistoryEntryEdgeResolvers<ContextType>;
  Holiday?: HolidayResolvers<ContextType>;
  Incident?: IncidentResolvers<ContextType>;
  IntakeForm?: IntakeFormResolvers<ContextType>;
  IntakeFormVersion?: IntakeFormVersionResolvers<ContextType>;
  Interaction?: InteractionResolvers<ContextType>;
  InteractionConnection?: InteractionConnectionResolvers<ContextType>;
  InteractionEdge?: InteractionEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlanInterval?: PlanIntervalResolvers<ContextType>;
  PresenceCount?: PresenceCountResolvers<ContextType>;
  ProcessDefinition?: ProcessDefinitionResolvers<ContextType>;
  ProcessDurationFigures?: ProcessDurationFiguresResolvers<ContextType>;
  ProcessElementFigures?: ProcessElementFiguresResolvers<ContextType>;
  ProcessInstance?: ProcessInstanceResolvers<ContextType>;
  ProcessInstanceConnection?: ProcessInstanceConnectionResolvers<ContextType>;
  ProcessInstanceEdge?: ProcessInstanceEdgeResolvers<ContextType>;
  ProcessInstanceEvent?: ProcessInstanceEventResolvers<ContextType>;
  ProcessInterval?: ProcessIntervalResolvers<ContextType>;
  ProcessReport?: ProcessReportResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Queue?: QueueResolvers<ContextType>;
  QueueHour?: QueueHourResolvers<ContextType>;
  QueueInterval?: QueueIntervalResolvers<ContextType>;
  QueuePlanning?: QueuePlanningResolvers<ContextType>;
  QueueSample?: QueueSampleResolvers<ContextType>;
  QueueStats?: QueueStatsResolvers<ContextType>;
  Reservation?: ReservationResolvers<ContextType>;
  RosterShift?: RosterShiftResolvers<ContextType>;
  RuleAction?: RuleActionResolvers<ContextType>;
  RuleMatch?: RuleMatchResolvers<ContextType>;
  ShiftBreak?: ShiftBreakResolvers<ContextType>;
  SignInOptions?: SignInOptionsResolvers<ContextType>;
  SignInResult?: SignInResultResolvers<ContextType>;
  SimulationRun?: SimulationRunResolvers<ContextType>;
  SingleSignOn?: SingleSignOnResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  SkillCoverage?: SkillCoverageResolvers<ContextType>;
  SkillRequirement?: SkillRequirementResolvers<ContextType>;
  SlaBreachStart?: SlaBreachStartResolvers<ContextType>;
  StaffingResult?: StaffingResultResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  TaskConnection?: TaskConnectionResolvers<ContextType>;
  TaskEdge?: TaskEdgeResolvers<ContextType>;
  TaskEvent?: TaskEventResolvers<ContextType>;
  TaskForm?: TaskFormResolvers<ContextType>;
  TimeFigures?: TimeFiguresResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  WaitExplanation?: WaitExplanationResolvers<ContextType>;
  WaitReason?: WaitReasonResolvers<ContextType>;
  WorkEvent?: WorkEventResolvers<ContextType>;
};

