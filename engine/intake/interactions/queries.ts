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
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import {
  assertMayReadInteraction,
  customerDataScope,
  CustomerDataScope,
  interactionScopeOf,
  readableCaseIds,
  readableTaskIds,
  readForbidden,
} from '../customers/index.ts';
import type { Actor } from '../../core/access/index.ts';

// Every read here takes the caller and applies the read rules of customer data (customers/read-rules.ts).

/**
 * One interaction, or null when there is none; FORBIDDEN outside the caller's scope. Experts and
 * agents get FORBIDDEN for an unknown id too, as for customers.
 */
export async function readInteraction(ctx: EngineContext, actor: Actor, id: string): Promise<InteractionRecord | null> {
  const [found] = await findInteractions(ctx.db, [id]);
  if (customerDataScope(actor) === CustomerDataScope.ALL) return found ?? null;
  if (!found) throw readForbidden(actor, `interaction ${id}`);
  await assertMayReadInteraction(ctx, actor, found);
  return found;
}

/** A page of the interactions the caller may read, newest first. */
export function queryInteractions(
  ctx: EngineContext,
  actor: Actor,
  filter: Omit<InteractionFilter, 'workOf'>,
  offset: number,
  limit: number,
) {
  return listInteractions(ctx.db, { ...filter, ...interactionScopeOf(actor) }, offset, limit);
}

/** The interactions a task shows (linked to it or to its case, oldest first); none when its data is not the caller's to read. */
export async function interactionsOfTask(
  ctx: EngineContext,
  actor: Actor,
  task: { id: string; instanceId: string | null },
): Promise<InteractionRecord[]> {
  if (!(await readableTaskIds(ctx, actor, [task.id])).has(task.id)) return [];
  return findInteractionsOfTask(ctx.db, task.id, task.instanceId);
}

/** The cases (process instances) a customer's contacts started or joined that the caller may read, newest first. */
export async function casesOfCustomer(ctx: EngineContext, actor: Actor, customerId: string): Promise<InstanceRecord[]> {
  const ids = await findCaseIdsOfCustomer(ctx.db, customerId);
  const readable = await readableCaseIds(ctx, actor, ids);
  const cases = await findInstances(
    ctx.db,
    ids.filter((id) => readable.has(id)),
  );
  return cases.sort((a, b) => b.startedAt - a.startedAt || b.id.localeCompare(a.id));
}

/** Every task of a customer's cases, plus tasks linked to their contacts directly, that the caller may read; newest first. */
export async function tasksOfCustomer(ctx: EngineContext, actor: Actor, customerId: string): Promise<TaskRecord[]> {
  const cases = await findCaseIdsOfCustomer(ctx.db, customerId);
  const ofCases = (await Promise.all(cases.map((id) => findTasksOfInstance(ctx.db, id)))).flat();
  const seen = new Set(ofCases.map((t) => t.id));
  const linked = await findTasks(
    ctx.db,
    (await findLinkedTaskIdsOfCustomer(ctx.db, customerId)).filter((id) => !seen.has(id)),
  );
  const all = [...ofCases, ...linked];
  const readable = await readableTaskIds(
    ctx,
    actor,
    all.map((t) => t.id),
  );
  return all.filter((t) => readable.has(t.id)).sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
}
