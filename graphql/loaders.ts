import DataLoader from 'dataloader';
import {
  getAgentLoads,
  getPendingReservationsOfTasks,
  getQueueSettings,
  type AgentLoad,
  type QueueRecord,
  type ReservationRecord,
  getCustomers,
  definitionWarnings,
  elementNames,
  type DeployWarning,
  getDefinitions,
  getInstances,
  getTasks,
  getUsers,
  groupMembers,
  instanceHistory,
  instanceTasks,
  readableCaseIds,
  readableCustomerIds,
  readableTaskIds,
  taskHistory,
  type Actor,
  type CustomerRecord,
  type DefinitionRecord,
  type EngineContext,
  type HistoryRecord,
  type InstanceRecord,
  type TaskRecord,
  type UserRecord,
  getSites,
  supervisedSitesOf,
  supervisorsOf,
  type SiteRecord,
} from '../engine/index.ts';

function byId<T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const found = new Map((await fetch(ids)).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

// The engine has no batch getter for these lists yet; a loader still dedupes repeated requests within
// one operation and keeps the call sites ready for a batch function.
function perKey<T>(fetch: (id: string) => Promise<T[]>) {
  return new DataLoader<string, T[]>((ids) => Promise.all(ids.map(fetch)));
}

/**
 * Whether the caller may read the customer data of each id (the engine's read rules), batched within
 * a tick but never cached: a subscription keeps its loaders for hours, and a task given back must not
 * stay readable.
 */
function readable(actor: Actor | null, find: (actor: Actor, ids: readonly string[]) => Promise<Set<string>>) {
  return new DataLoader<string, boolean>(
    async (ids) => {
      const allowed = actor ? await find(actor, ids) : new Set<string>();
      return ids.map((id) => allowed.has(id));
    },
    { cache: false },
  );
}

/** Per-request batching loaders, so a list of 50 tasks with assignees costs one user query, not 50. */
export function makeLoaders(engine: EngineContext, actor: Actor | null = null) {
  return {
    users: byId<UserRecord>((ids) => getUsers(engine, ids)),
    definitions: byId<DefinitionRecord>((ids) => getDefinitions(engine, ids)),
    instances: byId<InstanceRecord>((ids) => getInstances(engine, ids)),
    tasks: byId<TaskRecord>((ids) => getTasks(engine, ids)),
    instanceTasks: perKey<TaskRecord>((id) => instanceTasks(engine, id)),
    instanceHistory: perKey<HistoryRecord>((id) => instanceHistory(engine, id)),
    taskHistory: perKey<HistoryRecord>((id) => taskHistory(engine, id)),
    agentLoads: new DataLoader<string, AgentLoad>(async (ids) => {
      const loads = await getAgentLoads(engine, ids);
      return ids.map((id) => loads.get(id) as AgentLoad);
    }),
    taskReservations: new DataLoader<string, ReservationRecord | null>(async (ids) => {
      const byTask = new Map((await getPendingReservationsOfTasks(engine, ids)).map((r) => [r.taskId, r]));
      return ids.map((id) => byTask.get(id) ?? null);
    }),
    queueSettings: new DataLoader<string, QueueRecord | null>(async (names) => {
      const byName = new Map((await getQueueSettings(engine, names)).map((q) => [q.name, q]));
      return names.map((n) => byName.get(n) ?? null);
    }),
    customers: byId<CustomerRecord>((ids) => getCustomers(engine, ids)),
    definitionWarnings: new DataLoader<string, DeployWarning[]>(async (ids) => {
      const found = await definitionWarnings(engine, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    elementNames: new DataLoader<string, Map<string, string>>(async (ids) => {
      const found = await elementNames(engine, ids);
      return ids.map((id) => found.get(id) ?? new Map());
    }),
    groupMembers: new DataLoader<string, string[]>(async (ids) => {
      const found = await groupMembers(engine, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    sites: byId<SiteRecord>((ids) => getSites(engine, ids)),
    supervisedSites: new DataLoader<string, string[]>(async (ids) => {
      const found = await supervisedSitesOf(engine, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    siteSupervisors: new DataLoader<string, string[]>(async (ids) => {
      const found = await supervisorsOf(engine, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    readableCases: readable(actor, (a, ids) => readableCaseIds(engine, a, ids)),
    readableTasks: readable(actor, (a, ids) => readableTaskIds(engine, a, ids)),
    readableCustomers: readable(actor, (a, ids) => readableCustomerIds(engine, a, ids)),
  };
}

/** The loaders of one request. */
export type Loaders = ReturnType<typeof makeLoaders>;

/**
 * Drops everything loaded so far. Mutations run one after another within an operation, and each
 * must see what the previous one changed, not a cached copy from before.
 */
export function forgetLoaded(loaders: Loaders): void {
  for (const loader of Object.values(loaders)) loader.clearAll();
}
