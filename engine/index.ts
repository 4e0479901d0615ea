/**
 * The engine's public surface: what graphql/, server/, scripts/, bench/ and the tests use, nothing more.
 * Inside engine/, folders import each other through their own index.ts (docs/architecture.md, Tiers).
 */
export type { EngineContext, EngineOptions } from './core/context/index.ts';
export { makeEngineContext } from './make-context.ts';
export {
  BadInputError,
  BpmnInvalidError,
  ChatEndedError,
  CrossdeskError,
  ErrorCode,
  NotFoundError,
  ForbiddenError,
  PasswordChangeRequiredError,
  SsoRefusedError,
  UnauthenticatedError,
} from './core/errors/index.ts';
export { type Clock, makeManualClock, makeSystemClock, type ManualClock } from './core/clock/index.ts';
export { type Logger, makeLogger } from './core/logger/index.ts';
export {
  makeFixedLeadership,
  makeLeaseLeadership,
  makeNodeLeadership,
  LeadershipLost,
  type Leadership,
  type LeaseLeadership,
  type LeaseOptions,
} from './core/leadership/index.ts';
export {
  type Actor,
  authorizeUserChange,
  CONFIG_ADMIN_ID,
  hasRole,
  MATRIX_COLUMNS,
  type MatrixColumn,
  NO_ROLE,
  Role,
  ROLE_MATRIX,
  SYSTEM_ACTOR,
  type UserChange,
  UserOperation,
  siteScopeOf,
  inSiteScope,
  type SiteScope,
} from './core/access/index.ts';
export {
  actorSiteScope,
  findSiteById,
  getSites,
  isKnownTimeZone,
  listSites,
  makeSiteCalendar,
  supervisedSitesOf,
  supervisorsOf,
  upsertSite,
  type SiteCalendar,
  type SiteInput,
} from './core/sites/index.ts';
export {
  actAs,
  authenticate,
  authenticateSession,
  changePassword,
  createUser,
  deactivateUser,
  ensureAdminToken,
  getUser,
  getUsers,
  liveTokenIds,
  resetPassword,
  revokeTokens,
  saveUser,
  type Session,
  setUserRoles,
  signIn,
  signOut,
  updateUser,
  users,
} from './people/users/index.ts';
export {
  beginOidcLogin,
  CALLBACK_PATH,
  completeOidcLogin,
  LOGIN_PATH,
  makeRelyingParty,
  parseClaimMap,
  redeemSignInCode,
  type RelyingParty,
  type SiteAssignment,
  type SsoSettings,
} from './people/sso/index.ts';
export {
  cancelProcessInstance,
  checkVariables,
  getInstance,
  instanceHistory,
  instanceTasks,
  measureJson,
  queryInstances,
  startProcess,
} from './process/instances/index.ts';
export {
  completeTask,
  fillDocumentation,
  getTask,
  isCandidate,
  queryTasks,
  taskHistory,
  throwTaskError,
  throwTaskEscalation,
} from './process/tasks/index.ts';
export { elementNames, getDefinition, queryDefinitions } from './process/definitions/index.ts';
export { deployProcess } from './process/deployments/index.ts';
export type { EngineEvent, TaskEventPayload } from './core/events/index.ts';
export {
  type AgentLoad,
  type AgentRecord,
  type AuditRecord,
  ChatAuthor,
  type ChatConversationRecord,
  type ChatMessageRecord,
  ChatState,
  type Capacity,
  type ClassificationRuleRecord,
  type CustomerMergeRecord,
  type CustomerRecord,
  type DefinitionRecord,
  type GroupRecord,
  type HistoryRecord,
  type InstanceRecord,
  InstanceState,
  isDatabaseUnavailable,
  type IntakeFormRecord,
  type IntakeFormVersionRecord,
  type InteractionFilter,
  type InteractionRecord,
  type JobRecord,
  Presence,
  type QueueRecord,
  type ReservationRecord,
  type RuleVersionRecord,
  ServiceLevelRule,
  type TaskFilter,
  type TaskFormRecord,
  TaskKind,
  type TaskRecord,
  TaskSort,
  TaskState,
  type UserRecord,
  type SiteRecord,
} from '../models/index.ts';
export { broadcastSignal, correlateMessage, type CorrelationResult } from './process/messages/index.ts';
export { getDefinitions, getInstances, getTasks, pingDatabase } from './batch.ts';
export { seedDemo } from './demo/seed-demo.ts';
export { DEMO_PASSWORD, DEMO_USERS, findDemoUsers, removeDemoUsers } from './demo/demo-users.ts';
export { fireTimerJobs, makeTimerScheduler, type TimerScheduler } from './process/timers/index.ts';
export { engineCacheFigures, type EngineCacheFigures } from './process/runtime/index.ts';
export {
  completeExternalTask,
  failExternalTask,
  fetchAndLockExternalTasks,
  listIncidents,
  type LockedExternalTask,
  retryIncident,
} from './process/external-tasks/index.ts';
export {
  type BuiltinWorker,
  makeBuiltinWorker,
  makeEmailHandler,
  makeHttpHandler,
  type SendMail,
  type ServiceHandler,
} from './process/services/index.ts';
export {
  acceptReservation,
  agentsNeeded,
  type AgentView,
  assignTask,
  claimTask,
  DEFAULT_PRIORITY_QUEUE,
  definitionWarnings,
  type DeployWarning,
  effectivePriority,
  erlangC,
  explainWaiting,
  getPendingReservationsOfAgent,
  getPendingReservationsOfTasks,
  getReservations,
  makeRouter,
  makeLeadingRouter,
  nextTask,
  offerTask,
  pickAgent,
  type PriorityInput,
  PriorityWeights,
  rejectReservation,
  resumeTask,
  type Router,
  type LeadingRouter,
  type RouterStart,
  type RouterSnapshot,
  serviceLevel,
  unclaimTask,
  type WaitExplanation,
} from './desk/routing/index.ts';
export { getAgent, getAgentLoads, getAgents, setPresence, upsertAgent } from './desk/agents/index.ts';
export {
  estimateWaitSeconds,
  getQueueSettings,
  getQueuesWithStats,
  getWaitingToday,
  makeQueueSampler,
  type QueueInput,
  queueServiceLevel,
  type QueueStats,
  type QueueWithStats,
  servingSlots,
  upsertQueue,
} from './desk/queues/index.ts';
export {
  applyCtiEvent,
  checkCtiEvent,
  type CtiEventInput,
  type CtiEventResult,
  makeWebhookWorker,
  signCtiBody,
  verifyCtiSignature,
  WEBHOOK_BACKOFF_MS,
  type WebhookWorker,
  sendCallCommand,
  CallCommand,
  CALL_COMMAND_TOPIC,
  CALL_COMMAND_RETRIES,
  type CallCommandRequest,
} from './desk/cti/index.ts';
export { customerCard, type CustomerCard } from './desk/desktop/index.ts';
export {
  setDisposition,
  requireDisposition,
  requireWrapUpDispositions,
  dispositionCodesOf,
  wrapUpTasks,
} from './process/dispositions/index.ts';
export { CALLBACK_RETRY_DELAY_MS, type CallbackInput, requestCallback } from './desk/callbacks/index.ts';
export { answerConsultation, consultTask, getConsultations } from './desk/consultations/index.ts';
export {
  agentSays,
  ChatEndReason,
  chatMessages,
  chatQueue,
  chatsOfAgent,
  chatToCallback,
  type ChatCallbackInput,
  type ChatSweeper,
  type ChatView,
  closeChat,
  conversationOfToken,
  customerLeaves,
  customerSays,
  customerSeen,
  endIdleChats,
  makeChatSweeper,
  readChat,
  readChatByToken,
  startChat,
  type StartChatInput,
} from './desk/chat/index.ts';
export {
  captureInteraction,
  type CaptureInteractionInput,
  casesOfCustomer,
  interactionsOfTask,
  queryInteractions,
  readInteraction,
  replyToInteraction,
  ROUTING_TIMEOUT_MS,
  tasksOfCustomer,
} from './intake/interactions/index.ts';
export {
  getCustomers,
  mergeCustomers,
  eraseCustomer,
  mergesInto,
  readableCaseIds,
  readableCustomerIds,
  readableTaskIds,
  readCustomer,
  readForbidden,
  searchCustomers,
} from './intake/customers/index.ts';
export {
  deleteClassificationRule,
  getClassificationRule,
  getClassificationRules,
  getClassificationRuleVersions,
  ruleProblem,
  seedClassificationRules,
  upsertClassificationRule,
} from './intake/classification/index.ts';
export {
  FormInvalidError,
  getIntakeForms,
  getIntakeFormVersions,
  getPublicIntakeForm,
  reportStoredPatternProblems,
  submitIntakeForm,
  upsertIntakeForm,
  validateSubmission,
} from './intake/intake-forms/index.ts';
export { type MailIntake, startMailIntake } from './intake/mail-intake/index.ts';
export { deployTaskForms, formFields, formProblem, getTaskForms } from './process/task-forms/index.ts';
export { makeRateLimit, type RateLimit } from './core/rate-limits/index.ts';
export {
  calculateStaffing,
  computeStaffing,
  erlangAFigures,
  erlangB,
  erlangCFigures,
  erlangCWaitProbability,
  type QueueFigures,
  STAFFING_LIMITS,
  type StaffingInput,
} from './desk/staffing/index.ts';
export { createGroup, deleteGroup, groupMembers, groups, setGroupMembers, updateGroup } from './people/groups/index.ts';
export { auditLog } from './core/audit/index.ts';
export {
  cancelSimulation,
  checkAgainstTheory,
  checkScenario,
  configureSimulations,
  getSimulationRun,
  Policy,
  simulate,
  type SimulationResult,
  type SimulationRun,
  smallestVoiceTeam,
  startSimulation,
  stopSimulations,
  summaryTable,
  type TheoryComparison,
  voiceServiceLevel,
} from './desk/simulation/index.ts';
export {
  DEFAULT_FEED_SETTINGS,
  FEED_ORIGIN_PREFIX,
  makeChangeFeed,
  type ChangeFeed,
  type FeedConsumer,
  type FeedHandler,
  type FeedSettings,
} from './core/feed/index.ts';
export {
  acquireServerLease,
  makeReadinessGate,
  makeSubscriptionSlots,
  ServerLeaseHeldError,
  SINGLE_NODE,
  startNodeHeartbeat,
  viewCluster,
  type ClusterNodeView,
  type ClusterRole,
  type ClusterView,
  type NodeHeartbeat,
  type NodeRole,
  type ReadinessGate,
  type ServerLease,
  type SubscriptionSlots,
} from './core/cluster/index.ts';
export { DEFAULT_NODE_SETTINGS, type NodeSettings } from './core/context/index.ts';
export {
  makeRetentionJob,
  pruneOnce,
  DEFAULT_RETENTION,
  RETENTION_EVERY_MS,
  type PruneCounts,
  type RetentionJob,
  type RetentionSettings,
} from './analytics/retention/index.ts';
export {
  adjustForecast,
  forecast,
  forecastDays,
  rollingAccuracy,
  FORECAST_LIMITS,
  PLANNING_ROLES,
  type Forecast,
  type ForecastAdjustmentInput,
  type ForecastInput,
  type HistoryDay,
} from './analytics/forecast/index.ts';
export {
  deleteRosterShift,
  importRoster,
  parseRosterCsv,
  queuePlanning,
  rosterShifts,
  setQueuePlanning,
  staffingPlan,
  daySimulationScenario,
  buildDayScenario,
  upsertRosterShift,
  DEFAULT_QUEUE_PLANNING,
  ROSTER_CSV_LIMITS,
  type PlanInterval,
  type RosterShiftInput,
} from './analytics/planning/index.ts';
export {
  applyInstanceRecords,
  processReport,
  historySearch,
  processFactsApplier,
  MAX_PROCESS_INTERVALS,
  type ProcessReportFilter,
  type ProcessReportResult,
  type ElementFigures,
} from './analytics/process-report/index.ts';
export {
  applyFeedBatch,
  CORE_APPLIERS,
  makeReportingConsumer,
  REPORTS_CONSUMER,
  type ApplyScope,
  type FactApplier,
  type ReportingConsumer,
} from './analytics/facts/index.ts';
export {
  agentReport,
  queueReport,
  type AgentIntervalRow,
  type QueueIntervalRow,
  type ReportFilter,
} from './analytics/reports/index.ts';
