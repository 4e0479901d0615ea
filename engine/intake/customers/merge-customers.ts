import {
  findCustomers,
  findMergesInto,
  mergeCustomerRecords,
  searchCustomers as searchCustomerRecords,
  withTransaction,
  type CustomerMergeRecord,
  type CustomerRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError, ConflictError, NotFoundError } from '../../core/errors/index.ts';
import { Role, type Actor, requireRole } from '../../core/access/index.ts';
import { customerDataScope, CustomerDataScope, readForbidden } from './read-rules.ts';

/** Most customers one search returns; a person looks for one customer, not a list to page through. */
export const MAX_CUSTOMER_RESULTS = 50;

/**
 * Customers whose name or e-mail contains `text`, or whose phone contains its digits, by name: every
 * customer for supervisors and integrators, those of their work for experts and agents (the read
 * rules of customer data), FORBIDDEN for others. Fewer than two characters find nothing.
 */
export async function searchCustomers(
  ctx: EngineContext,
  actor: Actor,
  text: string,
  first?: number | null,
): Promise<CustomerRecord[]> {
  const scope = customerDataScope(actor);
  if (scope === CustomerDataScope.NONE) throw readForbidden(actor, 'customers');
  const wanted = text.trim();
  if (wanted.length < 2) return [];
  if (first !== null && first !== undefined && (!Number.isInteger(first) || first < 1))
    throw new BadInputError('first must be a positive whole number', { field: 'first' });
  const limit = Math.min(first ?? 20, MAX_CUSTOMER_RESULTS);
  const workOf = scope === CustomerDataScope.WORK ? { userId: actor.userId, groups: actor.groups } : undefined;
  return searchCustomerRecords(ctx.db, wanted, limit, workOf);
}

/**
 * Merges customer `sourceId` into `targetId` (supervisors): the source's contacts, and with them its
 * cases and tasks, move to the target's timeline; the source keeps its e-mail and phone, so later
 * contacts from them land on the target; the merge is recorded with who did it and the source as it
 * stood. Merging a record into itself, or one already merged, changes nothing and says why.
 */
export async function mergeCustomers(
  ctx: EngineContext,
  actor: Actor,
  sourceId: string,
  targetId: string,
): Promise<CustomerRecord> {
  requireRole(actor, Role.SUPERVISOR);
  if (sourceId === targetId) throw new BadInputError('a customer cannot be merged into itself', { field: 'targetId' });
  const now = ctx.clock.now();
  return withTransaction(ctx.db, async (trx) => {
    const found = await findCustomers(trx, [sourceId, targetId]);
    const source = found.find((c) => c.id === sourceId);
    const target = found.find((c) => c.id === targetId);
    if (!source) throw new NotFoundError('Customer', sourceId);
    if (!target) throw new NotFoundError('Customer', targetId);
    for (const [c, field] of [
      [source, 'sourceId'],
      [target, 'targetId'],
    ] as const)
      if (c.mergedInto)
        throw new ConflictError(`customer ${c.id} was merged into ${c.mergedInto} already`, {
          field,
          mergedInto: c.mergedInto,
        });
    await mergeCustomerRecords(trx, source, target.id, actor.userId, now);
    ctx.logger.info('customers merged', { sourceId, targetId, actor: actor.userId });
    return { ...target, updatedAt: now };
  });
}

/** The merges into a customer, oldest first (the audit trail shown with the record). */
export function mergesInto(ctx: EngineContext, customerId: string): Promise<CustomerMergeRecord[]> {
  return findMergesInto(ctx.db, customerId);
}
