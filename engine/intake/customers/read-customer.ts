import { findCustomers, type CustomerRecord } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import type { Actor } from '../../core/access/index.ts';
import { readableCustomerIds, readForbidden } from './read-rules.ts';

/**
 * One customer, or null when there is none; FORBIDDEN outside the caller's scope. Experts and agents
 * get FORBIDDEN for an unknown id too, so the answer does not tell them which customers exist.
 */
export async function readCustomer(ctx: EngineContext, actor: Actor, id: string): Promise<CustomerRecord | null> {
  if (!(await readableCustomerIds(ctx, actor, [id])).has(id)) throw readForbidden(actor, `customer ${id}`);
  return (await findCustomers(ctx.db, [id]))[0] ?? null;
}
