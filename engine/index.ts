/** The engine's public surface: the API layer imports from here only. */
export type { EngineContext, EngineOptions } from './core/context/index.ts';
export { makeEngineContext } from './make-context.ts';
export * from './core/errors/index.ts';
export * from './core/clock/index.ts';
export * from './core/logger/index.ts';
export * from './core/access/index.ts';
export { DEFAULT_SESSION_SETTINGS, type SessionSettings } from './core/context/index.ts';
export * from './people/users/index.ts';
export * from './process/instances/index.ts';
export * from './process/tasks/index.ts';
export { queryDefinitions, getDefinition, validateBpmn, elementNames } from './process/definitions/index.ts';
export { deployProcess, type DeployProcessInput } from './process/deployments/index.ts';
export type { EngineEvent, EngineEvents, TaskEventPayload } from './core/events/index.ts';
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
export * from './process/messages/index.ts';
export { getDefinitions, getInstances, getTasks, pingDatabase } from './batch.ts';
export { seedDemo } from './demo/seed-demo.ts';
export { findDemoUsers, removeDemoUsers, DEMO_USERS, DEMO_PASSWORD } from './demo/demo-users.ts';
export * from './process/timers/index.ts';
export * from './process/external-tasks/index.ts';
export type { JobRecord } from '../models/index.ts';
export * from './process/services/index.ts';
export * from './desk/routing/index.ts';
export * from './desk/agents/index.ts';
export * from './desk/queues/index.ts';
export * from './desk/cti/index.ts';
export * from './desk/callbacks/index.ts';
export * from './desk/consultations/index.ts';
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
export * from './intake/interactions/index.ts';
export * from './intake/customers/index.ts';
export * from './intake/classification/index.ts';
export type { OutboundMail } from './core/context/index.ts';
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
export * from './intake/intake-forms/index.ts';
export type { IntakeFormRecord, IntakeFormVersionRecord } from '../models/index.ts';
export * from './intake/mail-intake/index.ts';
export * from './process/task-forms/index.ts';
export type { TaskFormRecord } from '../models/index.ts';
export { makeRateLimit, type RateLimit } from './core/rate-limits/index.ts';
export * from './desk/staffing/index.ts';
export * from './people/groups/index.ts';
export * from './core/audit/index.ts';
export type { GroupRecord, AuditRecord, AuditFilter, UserListFilter } from '../models/index.ts';
