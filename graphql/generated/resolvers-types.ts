import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserRecord, DefinitionRecord, InstanceRecord, TaskRecord, HistoryRecord, TaskEventPayload, CorrelationResult as EngineCorrelationResult, LockedExternalTask, JobRecord } from '../../engine/index.ts';
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
  /** An instant as an ISO-8601 string in UTC. */
  DateTime: { input: number; output: number; }
  /** Arbitrary JSON data (variables, history details). */
  JSON: { input: unknown; output: unknown; }
};

export type Channel =
  | 'BACKOFFICE'
  | 'CHAT'
  | 'EMAIL'
  | 'VOICE';

export type CorrelateMessageInput = {
  correlationKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Keep a message nothing waits for yet this long, for the first matching wait (outcome BUFFERED). */
  ttlSeconds?: InputMaybe<Scalars['Int']['input']>;
  variables?: InputMaybe<Scalars['JSON']['input']>;
};

export type CorrelationOutcome =
  /** Nothing waits yet; kept for ttlSeconds. */
  | 'BUFFERED'
  /** Delivered to the one instance waiting for it. */
  | 'CORRELATED'
  /** Nothing waits and nothing starts; the message is dropped. */
  | 'NO_MATCH'
  /** Started a process at its message start event. */
  | 'STARTED';

export type CorrelationResult = {
  __typename?: 'CorrelationResult';
  outcome: CorrelationOutcome;
  processInstance?: Maybe<ProcessInstance>;
};

export type DeployProcessInput = {
  bpmnXml: Scalars['String']['input'];
  /** A label for the deployment. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A service task's work, done by an outside worker that fetches and locks it by topic. */
export type ExternalTask = {
  __typename?: 'ExternalTask';
  businessKey?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The BPMN element id of the service task. */
  elementId: Scalars['String']['output'];
  /** The last failure reported. */
  errorMessage?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lockExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  processInstance: ProcessInstance;
  retries: Scalars['Int']['output'];
  state: JobState;
  topic: Scalars['String']['output'];
  /** The instance's variables when the task was locked. */
  variables: Scalars['JSON']['output'];
  /** The worker holding the lock, if locked. */
  workerId?: Maybe<Scalars['String']['output']>;
};

/** One append-only record of what happened. */
export type HistoryEntry = {
  __typename?: 'HistoryEntry';
  actor?: Maybe<User>;
  at: Scalars['DateTime']['output'];
  data?: Maybe<Scalars['JSON']['output']>;
  elementId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The admin who acted for the actor (X-Act-As). */
  onBehalfOf?: Maybe<Scalars['String']['output']>;
  taskId?: Maybe<Scalars['ID']['output']>;
  /** e.g. instance.started, task.claimed, element.completed */
  type: Scalars['String']['output'];
};

/** Work that kept failing (a timer or an external task with no retries left). */
export type Incident = {
  __typename?: 'Incident';
  createdAt: Scalars['DateTime']['output'];
  elementId?: Maybe<Scalars['String']['output']>;
  /** The failed job's id; pass it to retryIncident. */
  id: Scalars['ID']['output'];
  message?: Maybe<Scalars['String']['output']>;
  processInstance: ProcessInstance;
  /** TIMER or EXTERNAL */
  type: Scalars['String']['output'];
};

export type InstanceState =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED';

export type JobState =
  | 'DONE'
  | 'FAILED'
  | 'LOCKED'
  | 'READY';

export type Mutation = {
  __typename?: 'Mutation';
  /** Assign a task to a user (supervisors). */
  assignTask: Task;
  /** Broadcast a signal to every waiting catch; returns the number of instances reached. */
  broadcastSignal: Scalars['Int']['output'];
  /** Cancel a running instance (supervisors). */
  cancelProcessInstance: ProcessInstance;
  claimTask: Task;
  /** The worker holding the lock reports the work done; the variables flow into the instance. */
  completeExternalTask: ExternalTask;
  /** Complete the viewer's task; the variables flow into the instance. */
  completeTask: Task;
  /** Deliver a message to the instance waiting for it, or start a process with a message start event. */
  correlateMessage: CorrelationResult;
  /** Deploy a BPMN file (designers). Identical XML returns the existing version. */
  deployProcess: ProcessDefinition;
  /** The worker reports a failure; retries 0 (or running out) raises an incident. */
  failExternalTask: ExternalTask;
  /** Lock up to maxTasks (default 10) jobs of a topic for a worker (integrators); waitSeconds long-polls. */
  fetchAndLockExternalTasks: Array<ExternalTask>;
  /** Give an incident's job fresh retries so it runs again (supervisors, integrators). */
  retryIncident: Incident;
  /** Sign in with user id and password (web app). */
  signIn: SignInResult;
  /** Start the latest version of a process. */
  startProcess: ProcessInstance;
  /** Report a BPMN error from the viewer's task (caught by an error boundary event). */
  throwTaskError: Task;
  /** Raise a BPMN escalation from the viewer's task. */
  throwTaskEscalation: Task;
  unclaimTask: Task;
};


export type MutationAssignTaskArgs = {
  agentId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};


export type MutationBroadcastSignalArgs = {
  name: Scalars['String']['input'];
  variables?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationCancelProcessInstanceArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationClaimTaskArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCompleteExternalTaskArgs = {
  id: Scalars['ID']['input'];
  variables?: InputMaybe<Scalars['JSON']['input']>;
  workerId: Scalars['String']['input'];
};


export type MutationCompleteTaskArgs = {
  id: Scalars['ID']['input'];
  variables?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationCorrelateMessageArgs = {
  input: CorrelateMessageInput;
};


export type MutationDeployProcessArgs = {
  input: DeployProcessInput;
};


export type MutationFailExternalTaskArgs = {
  id: Scalars['ID']['input'];
  message: Scalars['String']['input'];
  retries?: InputMaybe<Scalars['Int']['input']>;
  retryAfterSeconds?: InputMaybe<Scalars['Int']['input']>;
  workerId: Scalars['String']['input'];
};


export type MutationFetchAndLockExternalTasksArgs = {
  lockSeconds?: InputMaybe<Scalars['Int']['input']>;
  maxTasks?: InputMaybe<Scalars['Int']['input']>;
  topic: Scalars['String']['input'];
  waitSeconds?: InputMaybe<Scalars['Int']['input']>;
  workerId: Scalars['String']['input'];
};


export type MutationRetryIncidentArgs = {
  id: Scalars['ID']['input'];
  retries?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSignInArgs = {
  password: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationStartProcessArgs = {
  input: StartProcessInput;
};


export type MutationThrowTaskErrorArgs = {
  id: Scalars['ID']['input'];
  input: TaskEventInput;
};


export type MutationThrowTaskEscalationArgs = {
  id: Scalars['ID']['input'];
  input: TaskEventInput;
};


export type MutationUnclaimTaskArgs = {
  id: Scalars['ID']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** One deployed, immutable version of an executable process. */
export type ProcessDefinition = {
  __typename?: 'ProcessDefinition';
  /** The deployed BPMN 2.0 XML, as uploaded. */
  bpmnXml: Scalars['String']['output'];
  deployedAt: Scalars['DateTime']['output'];
  deployedBy?: Maybe<User>;
  id: Scalars['ID']['output'];
  /** The BPMN process id; versions share it. */
  key: Scalars['String']['output'];
  name?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

/** One running or finished case of a process definition. */
export type ProcessInstance = {
  __typename?: 'ProcessInstance';
  /** Elements currently waiting or running. */
  activeElementIds: Array<Scalars['String']['output']>;
  businessKey?: Maybe<Scalars['String']['output']>;
  definition: ProcessDefinition;
  endReason?: Maybe<Scalars['String']['output']>;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  history: Array<HistoryEntry>;
  id: Scalars['ID']['output'];
  /** Jobs that failed for good and wait for someone to retry them. */
  incidents: Array<Incident>;
  /** The process key (BPMN process id). */
  key: Scalars['String']['output'];
  startedAt: Scalars['DateTime']['output'];
  startedBy?: Maybe<User>;
  state: InstanceState;
  /** Every task the instance ever had, oldest first. */
  tasks: Array<Task>;
  variables: Scalars['JSON']['output'];
};

export type ProcessInstanceConnection = {
  __typename?: 'ProcessInstanceConnection';
  edges: Array<ProcessInstanceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProcessInstanceEdge = {
  __typename?: 'ProcessInstanceEdge';
  cursor: Scalars['String']['output'];
  node: ProcessInstance;
};

export type ProcessInstanceFilter = {
  businessKey?: InputMaybe<Scalars['String']['input']>;
  processKey?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<InstanceState>;
};

export type Query = {
  __typename?: 'Query';
  /** Open incidents, optionally of one instance. */
  incidents: Array<Incident>;
  /** The signed-in user. */
  me: User;
  processDefinition?: Maybe<ProcessDefinition>;
  /** Deployed definitions, newest first. */
  processDefinitions: Array<ProcessDefinition>;
  processInstance?: Maybe<ProcessInstance>;
  processInstances: ProcessInstanceConnection;
  task?: Maybe<Task>;
  tasks: TaskConnection;
};


export type QueryIncidentsArgs = {
  processInstanceId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryProcessDefinitionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProcessDefinitionsArgs = {
  key?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProcessInstanceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProcessInstancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProcessInstanceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SignInResult = {
  __typename?: 'SignInResult';
  /** Bearer token, valid for 12 hours. */
  token: Scalars['String']['output'];
  user: User;
};

/** A required skill and its minimum proficiency (1-10). */
export type SkillRequirement = {
  __typename?: 'SkillRequirement';
  level: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

export type StartProcessInput = {
  businessKey?: InputMaybe<Scalars['String']['input']>;
  /** The process key (BPMN process id); the latest version starts. */
  key: Scalars['String']['input'];
  variables?: InputMaybe<Scalars['JSON']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Task changes, optionally of one queue. */
  taskEvents: TaskEvent;
};


export type SubscriptionTaskEventsArgs = {
  queue?: InputMaybe<Scalars['String']['input']>;
};

/** A work item: one waiting user-task execution. */
export type Task = {
  __typename?: 'Task';
  assignee?: Maybe<User>;
  businessValue: Scalars['Int']['output'];
  candidateGroups: Array<Scalars['String']['output']>;
  candidateUsers: Array<Scalars['String']['output']>;
  channel: Channel;
  claimedAt?: Maybe<Scalars['DateTime']['output']>;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  completedBy?: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  documentation?: Maybe<Scalars['String']['output']>;
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The BPMN element id of the user task. */
  elementId: Scalars['String']['output'];
  followUpAt?: Maybe<Scalars['DateTime']['output']>;
  formKey?: Maybe<Scalars['String']['output']>;
  history: Array<HistoryEntry>;
  id: Scalars['ID']['output'];
  interruptible: Scalars['Boolean']['output'];
  name?: Maybe<Scalars['String']['output']>;
  /** Variables the task was completed with. */
  output?: Maybe<Scalars['JSON']['output']>;
  priority: Scalars['Int']['output'];
  processDefinition: ProcessDefinition;
  processInstance: ProcessInstance;
  queue?: Maybe<Scalars['String']['output']>;
  skills: Array<SkillRequirement>;
  /** When the SLA deadline passed with the task still open. */
  slaBreachedAt?: Maybe<Scalars['DateTime']['output']>;
  slaDueAt?: Maybe<Scalars['DateTime']['output']>;
  state: TaskState;
  /** The instance's current variables. */
  variables: Scalars['JSON']['output'];
};

export type TaskConnection = {
  __typename?: 'TaskConnection';
  edges: Array<TaskEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TaskEdge = {
  __typename?: 'TaskEdge';
  cursor: Scalars['String']['output'];
  node: Task;
};

/** A change to a task, pushed to subscribers. */
export type TaskEvent = {
  __typename?: 'TaskEvent';
  task: Task;
  /** task.created, task.claimed, task.unclaimed, task.assigned, task.completed, task.cancelled, task.slaBreached */
  type: Scalars['String']['output'];
};

export type TaskEventInput = {
  /** Error code (matches errorCode) or escalation code/id. */
  code: Scalars['String']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
  variables?: InputMaybe<Scalars['JSON']['input']>;
};

export type TaskFilter = {
  /** User id of the assignee. */
  assignee?: InputMaybe<Scalars['ID']['input']>;
  candidateGroup?: InputMaybe<Scalars['String']['input']>;
  candidateUser?: InputMaybe<Scalars['String']['input']>;
  dueBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only tasks the viewer may take (candidate, or no candidates named) or holds. */
  eligible?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only the viewer's own tasks. */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  processInstanceId?: InputMaybe<Scalars['ID']['input']>;
  processKey?: InputMaybe<Scalars['String']['input']>;
  queue?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<TaskSort>;
  state?: InputMaybe<TaskState>;
  states?: InputMaybe<Array<TaskState>>;
  /** Case-insensitive search in name and documentation. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only tasks nobody holds. */
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
};

export type TaskSort =
  /** Oldest first. */
  | 'CREATED'
  /** Newest first. */
  | 'CREATED_DESC'
  /** Earliest due date first (no due date last). */
  | 'DUE'
  /** Highest priority first, then oldest. */
  | 'PRIORITY';

export type TaskState =
  | 'ASSIGNED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'PAUSED'
  | 'QUEUED'
  | 'RESERVED';

/** A person or automation account. */
export type User = {
  __typename?: 'User';
  email?: Maybe<Scalars['String']['output']>;
  groups: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** designer, expert, agent, supervisor, integrator, admin */
  roles: Array<Scalars['String']['output']>;
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
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Channel: Channel;
  CorrelateMessageInput: CorrelateMessageInput;
  CorrelationOutcome: CorrelationOutcome;
  CorrelationResult: ResolverTypeWrapper<EngineCorrelationResult>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeployProcessInput: DeployProcessInput;
  ExternalTask: ResolverTypeWrapper<LockedExternalTask>;
  HistoryEntry: ResolverTypeWrapper<HistoryRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Incident: ResolverTypeWrapper<JobRecord>;
  InstanceState: InstanceState;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  JobState: JobState;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ProcessDefinition: ResolverTypeWrapper<DefinitionRecord>;
  ProcessInstance: ResolverTypeWrapper<InstanceRecord>;
  ProcessInstanceConnection: ResolverTypeWrapper<Omit<ProcessInstanceConnection, 'edges'> & { edges: Array<ResolversTypes['ProcessInstanceEdge']> }>;
  ProcessInstanceEdge: ResolverTypeWrapper<Omit<ProcessInstanceEdge, 'node'> & { node: ResolversTypes['ProcessInstance'] }>;
  ProcessInstanceFilter: ProcessInstanceFilter;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SignInResult: ResolverTypeWrapper<Omit<SignInResult, 'user'> & { user: ResolversTypes['User'] }>;
  SkillRequirement: ResolverTypeWrapper<SkillRequirement>;
  StartProcessInput: StartProcessInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Task: ResolverTypeWrapper<TaskRecord>;
  TaskConnection: ResolverTypeWrapper<Omit<TaskConnection, 'edges'> & { edges: Array<ResolversTypes['TaskEdge']> }>;
  TaskEdge: ResolverTypeWrapper<Omit<TaskEdge, 'node'> & { node: ResolversTypes['Task'] }>;
  TaskEvent: ResolverTypeWrapper<TaskEventPayload>;
  TaskEventInput: TaskEventInput;
  TaskFilter: TaskFilter;
  TaskSort: TaskSort;
  TaskState: TaskState;
  User: ResolverTypeWrapper<UserRecord>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  CorrelateMessageInput: CorrelateMessageInput;
  CorrelationResult: EngineCorrelationResult;
  DateTime: Scalars['DateTime']['output'];
  DeployProcessInput: DeployProcessInput;
  ExternalTask: LockedExternalTask;
  HistoryEntry: HistoryRecord;
  ID: Scalars['ID']['output'];
  Incident: JobRecord;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  ProcessDefinition: DefinitionRecord;
  ProcessInstance: InstanceRecord;
  ProcessInstanceConnection: Omit<ProcessInstanceConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProcessInstanceEdge']> };
  ProcessInstanceEdge: Omit<ProcessInstanceEdge, 'node'> & { node: ResolversParentTypes['ProcessInstance'] };
  ProcessInstanceFilter: ProcessInstanceFilter;
  Query: Record<PropertyKey, never>;
  SignInResult: Omit<SignInResult, 'user'> & { user: ResolversParentTypes['User'] };
  SkillRequirement: SkillRequirement;
  StartProcessInput: StartProcessInput;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Task: TaskRecord;
  TaskConnection: Omit<TaskConnection, 'edges'> & { edges: Array<ResolversParentTypes['TaskEdge']> };
  TaskEdge: Omit<TaskEdge, 'node'> & { node: ResolversParentTypes['Task'] };
  TaskEvent: TaskEventPayload;
  TaskEventInput: TaskEventInput;
  TaskFilter: TaskFilter;
  User: UserRecord;
};

export type CorrelationResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CorrelationResult'] = ResolversParentTypes['CorrelationResult']> = {
  outcome?: Resolver<ResolversTypes['CorrelationOutcome'], ParentType, ContextType>;
  processInstance?: Resolver<Maybe<ResolversTypes['ProcessInstance']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

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

export type HistoryEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HistoryEntry'] = ResolversParentTypes['HistoryEntry']> = {
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  data?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  elementId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  taskId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IncidentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Incident'] = ResolversParentTypes['Incident']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  elementId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  processInstance?: Resolver<ResolversTypes['ProcessInstance'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  assignTask?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationAssignTaskArgs, 'agentId' | 'id'>>;
  broadcastSignal?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationBroadcastSignalArgs, 'name'>>;
  cancelProcessInstance?: Resolver<ResolversTypes['ProcessInstance'], ParentType, ContextType, RequireFields<MutationCancelProcessInstanceArgs, 'id'>>;
  claimTask?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationClaimTaskArgs, 'id'>>;
  completeExternalTask?: Resolver<ResolversTypes['ExternalTask'], ParentType, ContextType, RequireFields<MutationCompleteExternalTaskArgs, 'id' | 'workerId'>>;
  completeTask?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationCompleteTaskArgs, 'id'>>;
  correlateMessage?: Resolver<ResolversTypes['CorrelationResult'], ParentType, ContextType, RequireFields<MutationCorrelateMessageArgs, 'input'>>;
  deployProcess?: Resolver<ResolversTypes['ProcessDefinition'], ParentType, ContextType, RequireFields<MutationDeployProcessArgs, 'input'>>;
  failExternalTask?: Resolver<ResolversTypes['ExternalTask'], ParentType, ContextType, RequireFields<MutationFailExternalTaskArgs, 'id' | 'message' | 'workerId'>>;
  fetchAndLockExternalTasks?: Resolver<Array<ResolversTypes['ExternalTask']>, ParentType, ContextType, RequireFields<MutationFetchAndLockExternalTasksArgs, 'topic' | 'workerId'>>;
  retryIncident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationRetryIncidentArgs, 'id'>>;
  signIn?: Resolver<ResolversTypes['SignInResult'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'password' | 'userId'>>;
  startProcess?: Resolver<ResolversTypes['ProcessInstance'], ParentType, ContextType, RequireFields<MutationStartProcessArgs, 'input'>>;
  throwTaskError?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationThrowTaskErrorArgs, 'id' | 'input'>>;
  throwTaskEscalation?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationThrowTaskEscalationArgs, 'id' | 'input'>>;
  unclaimTask?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationUnclaimTaskArgs, 'id'>>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProcessDefinitionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProcessDefinition'] = ResolversParentTypes['ProcessDefinition']> = {
  bpmnXml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deployedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deployedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  variables?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
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

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  incidents?: Resolver<Array<ResolversTypes['Incident']>, ParentType, ContextType, Partial<QueryIncidentsArgs>>;
  me?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  processDefinition?: Resolver<Maybe<ResolversTypes['ProcessDefinition']>, ParentType, ContextType, RequireFields<QueryProcessDefinitionArgs, 'id'>>;
  processDefinitions?: Resolver<Array<ResolversTypes['ProcessDefinition']>, ParentType, ContextType, Partial<QueryProcessDefinitionsArgs>>;
  processInstance?: Resolver<Maybe<ResolversTypes['ProcessInstance']>, ParentType, ContextType, RequireFields<QueryProcessInstanceArgs, 'id'>>;
  processInstances?: Resolver<ResolversTypes['ProcessInstanceConnection'], ParentType, ContextType, Partial<QueryProcessInstancesArgs>>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<QueryTaskArgs, 'id'>>;
  tasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, Partial<QueryTasksArgs>>;
};

export type SignInResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignInResult'] = ResolversParentTypes['SignInResult']> = {
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type SkillRequirementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SkillRequirement'] = ResolversParentTypes['SkillRequirement']> = {
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  taskEvents?: SubscriptionResolver<ResolversTypes['TaskEvent'], "taskEvents", ParentType, ContextType, Partial<SubscriptionTaskEventsArgs>>;
};

export type TaskResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task']> = {
  assignee?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  businessValue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  candidateGroups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  candidateUsers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  claimedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  documentation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  elementId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  followUpAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  formKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['HistoryEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interruptible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  output?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  processDefinition?: Resolver<ResolversTypes['ProcessDefinition'], ParentType, ContextType>;
  processInstance?: Resolver<ResolversTypes['ProcessInstance'], ParentType, ContextType>;
  queue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['SkillRequirement']>, ParentType, ContextType>;
  slaBreachedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  slaDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['TaskState'], ParentType, ContextType>;
  variables?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
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

export type UserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  CorrelationResult?: CorrelationResultResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  ExternalTask?: ExternalTaskResolvers<ContextType>;
  HistoryEntry?: HistoryEntryResolvers<ContextType>;
  Incident?: IncidentResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProcessDefinition?: ProcessDefinitionResolvers<ContextType>;
  ProcessInstance?: ProcessInstanceResolvers<ContextType>;
  ProcessInstanceConnection?: ProcessInstanceConnectionResolvers<ContextType>;
  ProcessInstanceEdge?: ProcessInstanceEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SignInResult?: SignInResultResolvers<ContextType>;
  SkillRequirement?: SkillRequirementResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  TaskConnection?: TaskConnectionResolvers<ContextType>;
  TaskEdge?: TaskEdgeResolvers<ContextType>;
  TaskEvent?: TaskEventResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};

