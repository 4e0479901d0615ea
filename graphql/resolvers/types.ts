import { listIncidents } from '../../engine/index.ts';
import type {
  CorrelationResultResolvers,
  HistoryEntryResolvers,
  ProcessDefinitionResolvers,
  ProcessInstanceResolvers,
  TaskResolvers,
  UserResolvers,
} from '../generated/resolvers-types.ts';

// A record pointing at a row that does not exist is a bug (rows are never deleted), not user error.
const must = <T>(value: T | null, what: string): T => {
  if (value === null) throw new Error(`${what} is missing`);
  return value;
};

/** Object fields that follow a reference go through the request's loaders. */
export const Task: TaskResolvers = {
  processInstance: async (t, _a, ctx) =>
    t.instanceId ? must(await ctx.loaders.instances.load(t.instanceId), `instance ${t.instanceId}`) : null,
  processDefinition: async (t, _a, ctx) =>
    t.definitionId ? must(await ctx.loaders.definitions.load(t.definitionId), `definition ${t.definitionId}`) : null,
  assignee: (t, _a, ctx) => (t.assigneeId ? ctx.loaders.users.load(t.assigneeId) : null),
  completedBy: (t, _a, ctx) => (t.completedBy ? ctx.loaders.users.load(t.completedBy) : null),
  history: (t, _a, ctx) => ctx.loaders.taskHistory.load(t.id),
};

export const ProcessInstance: ProcessInstanceResolvers = {
  definition: async (i, _a, ctx) =>
    must(await ctx.loaders.definitions.load(i.definitionId), `definition ${i.definitionId}`),
  key: (i) => i.definitionKey,
  tasks: (i, _a, ctx) => ctx.loaders.instanceTasks.load(i.id),
  history: (i, _a, ctx) => ctx.loaders.instanceHistory.load(i.id),
  startedBy: (i, _a, ctx) => (i.startedBy ? ctx.loaders.users.load(i.startedBy) : null),
  incidents: (i, _a, ctx) => listIncidents(ctx.engine, i.id),
};

export const ProcessDefinition: ProcessDefinitionResolvers = {
  deployedBy: (d, _a, ctx) => (d.deployedBy ? ctx.loaders.users.load(d.deployedBy) : null),
};

export const HistoryEntry: HistoryEntryResolvers = {
  id: (h) => String(h.id),
  actor: (h, _a, ctx) => (h.actorId ? ctx.loaders.users.load(h.actorId) : null),
};

export const User: UserResolvers = {};

export const CorrelationResult: CorrelationResultResolvers = {
  processInstance: (r) => r.instance,
};
