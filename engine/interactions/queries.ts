import {
  findCaseIdsOfCustomer,
  findInstances,
  findInteractions,
  findInteractionsOfTask,
  findLinkedTaskIdsOfCustomer,
  findTasks,
  findTasksOfInstance,
  listInteractions,
  type InstanceRecord,
  type InteractionFilter,
  type InteractionRecord,
  type TaskRecord,
} from '../../models/index.ts';
import type { EngineContext } from '../context.ts';

/** Interactions by id (for loaders). */
export function getInteractions(ctx: EngineContext, ids: readonly string[]): Promise<InteractionRecord[]> {
  return findInteractions(ctx.db, ids);
}

/** A page of interactions, newest first. */
export function queryInteractions(ctx: EngineContext, filter: InteractionFilter, offset: number, limit: number) {
  return listInteractions(ctx.db, filter, offset, limit);
}

/** The interactions a task shows: linked to it or to its case, oldest first. */
export function interactionsOfTask(
  ctx: EngineContext,
  task: { id: string; instanceId: string | null },
): Promise<InteractionRecord[]> {
  return findInteractionsOfTask(ctx.db, task.id, task.instanceId);
}

/** The cases (process instances) a customer's contacts started or joined, newest first. */
export async function casesOfCustomer(ctx: EngineContext, customerId: string): Promise<InstanceRecord[]> {
  const cases = await findInstances(ctx.db, await findCaseIdsOfCustomer(ctx.db, customerId));
  return cases.sort((a, b) => b.startedAt - a.startedAt || b.id.localeCompare(a.id));
}

/** Every task of a customer's cases, plus tasks linked to their contacts directly; newest first. */
export async function tasksOfCustomer(ctx: EngineContext, customerId: string): Promise<TaskRecord[]> {
  const cases = await findCaseIdsOfCustomer(ctx.db, customerId);
  const ofCases = (await Promise.all(cases.map((id) => findTasksOfInstance(ctx.db, id)))).flat();
  const seen = new Set(ofCases.map((t) => t.id));
  const linked = await findTasks(
    ctx.db,
    (await findLinkedTaskIdsOfCustomer(ctx.db, customerId)).filter((id) => !seen.has(id)),
  );
  return [...ofCases, ...linked].sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
}
