import {
  findWorkCustomerIds,
  findWorkInstanceIds,
  findWorkInteractionIds,
  findWorkTaskIds,
  type InteractionRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { ForbiddenError } from '../../core/errors/index.ts';
import { hasRole, Role, type Actor } from '../../core/access/index.ts';

/**
 * How much customer data (customers, interactions, case variables and other task data) a caller reads:
 * ALL for supervisors, admins and integrators (integrations capture contacts and drive cases, and
 * receive case variables with their external tasks anyway); WORK for experts and agents: only what
 * belongs to work they hold or may take now; NONE for everyone else (a designer models processes,
 * not customers).
 */
export const CustomerDataScope = { ALL: 'ALL', WORK: 'WORK', NONE: 'NONE' } as const;
export type CustomerDataScope = (typeof CustomerDataScope)[keyof typeof CustomerDataScope];

/** Why a read was refused, in `extensions.reason`. */
export const ReadRefusal = {
  /** The caller's roles give no access to customer data at all. */
  NO_CUSTOMER_ACCESS: 'NO_CUSTOMER_ACCESS',
  /** Experts and agents: the object belongs to no work the caller holds or may take. */
  NOT_YOUR_WORK: 'NOT_YOUR_WORK',
} as const;

/** The caller's scope of customer data. */
export function customerDataScope(actor: Actor): CustomerDataScope {
  if (hasRole(actor, Role.SUPERVISOR, Role.INTEGRATOR)) return CustomerDataScope.ALL;
  if (hasRole(actor, Role.EXPERT, Role.AGENT)) return CustomerDataScope.WORK;
  return CustomerDataScope.NONE;
}

const workerOf = (actor: Actor) => ({ userId: actor.userId, groups: actor.groups });

/** FORBIDDEN for a read outside the caller's scope; `what` names the object ("customer cu_1"). */
export function readForbidden(actor: Actor, what: string): ForbiddenError {
  return customerDataScope(actor) === CustomerDataScope.NONE
    ? new ForbiddenError(`reading ${what} needs the role expert, agent, supervisor or integrator`, {
        reason: ReadRefusal.NO_CUSTOMER_ACCESS,
        requiredRoles: [Role.EXPERT, Role.AGENT, Role.SUPERVISOR, Role.INTEGRATOR],
      })
    : new ForbiddenError(`${what} belongs to no work you hold or may take`, { reason: ReadRefusal.NOT_YOUR_WORK });
}

type Finder = typeof findWorkInstanceIds;

/** The ids, of those given, the caller may read; `find` narrows them to the caller's work. */
async function readable(ctx: EngineContext, actor: Actor, ids: readonly string[], find: Finder): Promise<Set<string>> {
  const scope = customerDataScope(actor);
  if (scope === CustomerDataScope.ALL) return new Set(ids);
  if (scope === CustomerDataScope.NONE) return new Set();
  return find(ctx.db, workerOf(actor), ids);
}

/** Of these process instances, those whose variables (case data) the caller may read. */
export function readableCaseIds(ctx: EngineContext, actor: Actor, ids: readonly string[]): Promise<Set<string>> {
  return readable(ctx, actor, ids, findWorkInstanceIds);
}

/** Of these tasks, those whose data (variables, output, customer, interactions) the caller may read. */
export function readableTaskIds(ctx: EngineContext, actor: Actor, ids: readonly string[]): Promise<Set<string>> {
  return readable(ctx, actor, ids, findWorkTaskIds);
}

/** Of these customers, those the caller may read. */
export function readableCustomerIds(ctx: EngineContext, actor: Actor, ids: readonly string[]): Promise<Set<string>> {
  return readable(ctx, actor, ids, findWorkCustomerIds);
}

/** The interactions, of those given, the caller may read (in the given order). */
export async function readableInteractions(
  ctx: EngineContext,
  actor: Actor,
  interactions: readonly InteractionRecord[],
): Promise<InteractionRecord[]> {
  const ids = await readable(
    ctx,
    actor,
    interactions.map((i) => i.id),
    findWorkInteractionIds,
  );
  return interactions.filter((i) => ids.has(i.id));
}

/** Throws FORBIDDEN unless the caller may read the interaction. */
export async function assertMayReadInteraction(
  ctx: EngineContext,
  actor: Actor,
  interaction: InteractionRecord,
): Promise<void> {
  if (!(await readableInteractions(ctx, actor, [interaction])).length)
    throw readForbidden(actor, `interaction ${interaction.id}`);
}

/** The filter narrowing interaction lists to the caller's scope; FORBIDDEN when it is NONE. */
export function interactionScopeOf(actor: Actor) {
  const scope = customerDataScope(actor);
  if (scope === CustomerDataScope.NONE) throw readForbidden(actor, 'interactions');
  return scope === CustomerDataScope.WORK ? { workOf: workerOf(actor) } : {};
}
