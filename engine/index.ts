/** The engine's public surface: the API layer imports from here only. */
export type { EngineContext, EngineOptions } from './context.ts';
export { makeEngineContext } from './make-context.ts';
export * from './errors/index.ts';
export * from './clock/index.ts';
export * from './logger/index.ts';
export * from './users/index.ts';
export * from './instances/index.ts';
export * from './tasks/index.ts';
export {
  deployProcess,
  queryDefinitions,
  getDefinition,
  validateBpmn,
  type DeployProcessInput,
} from './definitions/index.ts';
export { definitionWarnings, elementNames, type DeployWarning } from './definitions/index.ts';
export type { EngineEvent, EngineEvents, TaskEventPayload } from './events/index.ts';
export {
  TaskState,
  TaskSort,
  Channel,
  InstanceState,
  type TaskRecord,
  type TaskFilter,
  type InstanceRecord,
  type InstanceFilter,
  type DefinitionRecord,
  type HistoryRecord,
  type UserRecord,
} from '../models/index.ts';
export * from './messages/index.ts';
export { getDefinitions, getInstances, getTasks, pingDatabase } from './batch.ts';
export { seedDemo } from './demo/seed-demo.ts';
export { findDemoUsers, removeDemoUsers, DEMO_USERS, DEMO_PASSWORD } from './demo/demo-users.ts';
export * from './timers/index.ts';
export * from './external-tasks/index.ts';
export type { JobRecord } from '../models/index.ts';
export * from './services/index.ts';
export * from './routing/index.ts';
export * from './agents/index.ts';
export * from './queues/index.ts';
export * from './cti/index.ts';
export * from './callbacks/index.ts';
export * from './consultations/index.ts';
export {
  Presence,
  ReservationState,
  ServiceLevelRule,
  TaskKind,
  type AgentRecord,
  type AgentLoad,
  type QueueRecord,
  type ReservationRecord,
  type Capacity,
} from '../models/index.ts';
export * from './interactions/index.ts';
export * from './customers/index.ts';
export * from './classification/index.ts';
export type { OutboundMail } from './context.ts';
export {
  InteractionChannel,
  InteractionOutcome,
  Direction,
  type InteractionRecord,
  type InteractionFilter,
  type CustomerRecord,
  type CustomerMergeRecord,
  type ClassificationRuleRecord,
  type RuleVersionRecord,
  type AttachmentMeta,
} from '../models/index.ts';
export * from './intake-forms/index.ts';
export type { IntakeFormRecord, IntakeFormVersionRecord } from '../models/index.ts';
export * from './mail-intake/index.ts';
export * from './task-forms/index.ts';
export type { TaskFormRecord } from '../models/index.ts';
export { makeRateLimit, type RateLimit } from './rate-limits/index.ts';
export * from './staffing/index.ts';
export * from './groups/index.ts';
export * from './audit/index.ts';
export type { GroupRecord, AuditRecord, AuditFilter, UserListFilter } from '../models/index.ts';
