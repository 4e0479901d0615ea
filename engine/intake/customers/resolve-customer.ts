import {
  fillCustomerGaps,
  findCustomerMatch,
  findCustomers,
  insertCustomerIfAbsent,
  type CustomerRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { newId } from '../../core/ids/index.ts';
import { normalizeCustomer, type CustomerInput } from './normalize.ts';

/**
 * The customer a contact is from: matched by id, then e-mail, then phone; created when nobody
 * matches (with the given id, if any). Details the record lacks are filled in from the contact.
 * Concurrent contacts from a new customer end up on one record (the unique e-mail/phone index decides).
 * A match on a merged record gives the record it was merged into.
 */
export async function resolveCustomer(
  ctx: EngineContext,
  input: CustomerInput | null | undefined,
): Promise<CustomerRecord | null> {
  if (!input) return null;
  const details = normalizeCustomer(input);
  if (!details.id && !details.email && !details.phone) return null;
  const now = ctx.clock.now();
  let found = await findCustomerMatch(ctx.db, details);
  if (!found) {
    await insertCustomerIfAbsent(ctx.db, {
      id: details.id ?? newId('cu'),
      name: details.name,
      email: details.email,
      phone: details.phone,
      createdAt: now,
      updatedAt: now,
    });
    found = await findCustomerMatch(ctx.db, details);
  }
  if (!found) throw new Error('customer vanished right after it was stored');
  // A record merged into another still matches its e-mail and phone; the contact goes to the survivor.
  if (found.mergedInto) return (await findCustomers(ctx.db, [found.mergedInto]))[0] ?? found;
  return fillCustomerGaps(ctx.db, found, details, now);
}

/** Customers by id (for loaders). */
export function getCustomers(ctx: EngineContext, ids: readonly string[]): Promise<CustomerRecord[]> {
  return findCustomers(ctx.db, ids);
}
