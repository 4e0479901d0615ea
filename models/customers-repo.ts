import type { Db } from './db.ts';

/** A customer as kept by Crossdesk: matched by id, e-mail or phone. */
export interface CustomerRecord {
  id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  createdAt: number;
  updatedAt: number;
  /** Set once this record was merged into another: the record its contacts now belong to. */
  mergedInto?: string | null;
  /** Set once its personal data was erased (eraseCustomer): the record stays blank for good. */
  erasedAt?: number | null;
}

export const toCustomer = (r: any): CustomerRecord => ({
  id: r.id,
  name: r.name ?? null,
  email: r.email ?? null,
  phone: r.phone ?? null,
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
  mergedInto: r.merged_into ?? null,
  erasedAt: r.erased_at === null || r.erased_at === undefined ? null : Number(r.erased_at),
});

/** Customers by id. */
export async function findCustomers(db: Db, ids: readonly string[]): Promise<CustomerRecord[]> {
  if (!ids.length) return [];
  return (await db('customers').whereIn('id', ids)).map(toCustomer);
}

/** The customer with this id, e-mail or phone (normalized by the caller), in that order of preference. */
export async function findCustomerMatch(
  db: Db,
  key: { id?: string | null; email?: string | null; phone?: string | null },
): Promise<CustomerRecord | undefined> {
  for (const [column, value] of [
    ['id', key.id],
    ['email', key.email],
    ['phone', key.phone],
  ] as const) {
    if (!value) continue;
    const row = await db('customers').where(column, value).first();
    if (row) return toCustomer(row);
  }
  return undefined;
}

/**
 * Inserts a customer unless one with the same id, e-mail or phone exists (a concurrent insert wins
 * quietly); the caller then reads the winner with findCustomerMatch.
 */
export async function insertCustomerIfAbsent(db: Db, c: CustomerRecord): Promise<void> {
  await db('customers')
    .insert({
      id: c.id,
      name: c.name,
      email: c.email,
      phone: c.phone,
      created_at: c.createdAt,
      updated_at: c.updatedAt,
    })
    .onConflict()
    .ignore();
}

/**
 * Fills in fields a customer record lacks (a later contact told us the phone number, say); returns the
 * record as it now stands. An e-mail or phone another customer already owns is not taken over.
 */
export async function fillCustomerGaps(
  db: Db,
  customer: CustomerRecord,
  fields: { name?: string | null; email?: string | null; phone?: string | null },
  at: number,
): Promise<CustomerRecord> {
  // An erased record is never filled in again: its person asked to be forgotten.
  if (customer.erasedAt) return customer;
  const changes: Partial<Record<'name' | 'email' | 'phone', string>> = {};
  for (const key of ['name', 'email', 'phone'] as const)
    if (!customer[key] && fields[key]) changes[key] = fields[key] as string;
  for (const key of ['email', 'phone'] as const) {
    if (changes[key] && (await db('customers').where(key, changes[key]).first())) delete changes[key];
  }
  if (!Object.keys(changes).length) return customer;
  await db('customers')
    .where('id', customer.id)
    .update({ ...changes, updated_at: at });
  return { ...customer, ...changes, updatedAt: at };
}
