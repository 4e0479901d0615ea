import type { Db } from './db.ts';
import { toCustomer, type CustomerRecord } from './customers-repo.ts';
import { whereInteractionOfWork } from './customer-access.ts';
import type { PullAgent } from './tasks/index.ts';

/** One audited merge: `source` joined `target`. */
export interface CustomerMergeRecord {
  sourceId: string;
  targetId: string;
  actorId: string;
  /** The merged record as it stood before the merge. */
  source: CustomerRecord;
  interactionsMoved: number;
  at: number;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Customers (not merged away) whose name or e-mail contains `text` (case-insensitive) or whose phone
 * contains its digits; for `workOf`, only those with a contact of that person's work. By name.
 */
export async function searchCustomers(
  db: Db,
  text: string,
  limit: number,
  workOf?: PullAgent,
): Promise<CustomerRecord[]> {
  const like = `%${escapeLike(text.toLowerCase())}%`;
  const digits = text.replace(/\D/g, '');
  const query = db('customers')
    .whereNull('merged_into')
    .where((q) => {
      q.whereRaw("LOWER(name) LIKE ? ESCAPE '\\'", [like]).orWhereRaw("LOWER(email) LIKE ? ESCAPE '\\'", [like]);
      if (digits.length >= 3) q.orWhereRaw("phone LIKE ? ESCAPE '\\'", [`%${digits}%`]);
    });
  if (workOf)
    query.whereExists(
      whereInteractionOfWork(
        db,
        db('interactions').select(db.raw('1')).whereRaw('interactions.customer_id = customers.id'),
        workOf,
      ),
    );
  const rows = await query.orderByRaw('LOWER(COALESCE(name, email, phone))').orderBy('id').limit(limit);
  return rows.map(toCustomer);
}

/**
 * Moves every contact of `sourceId` to `targetId`, marks the source as merged into the target and
 * records the merge; run inside the caller's transaction. Returns the number of contacts moved.
 */
export async function mergeCustomerRecords(
  trx: Db,
  source: CustomerRecord,
  targetId: string,
  actorId: string,
  at: number,
): Promise<number> {
  const moved = await trx('interactions').where('customer_id', source.id).update({ customer_id: targetId });
  // Records merged into the source earlier now point at the target too: no chains to follow.
  await trx('customers').where('merged_into', source.id).update({ merged_into: targetId, updated_at: at });
  await trx('customers').where('id', source.id).update({ merged_into: targetId, updated_at: at });
  await trx('customers').where('id', targetId).update({ updated_at: at });
  await trx('customer_merges').insert({
    source_id: source.id,
    target_id: targetId,
    actor_id: actorId,
    source_snapshot: JSON.stringify(source),
    interactions_moved: moved,
    at,
  });
  return Number(moved);
}

/** Merges into this customer, oldest first. */
export async function findMergesInto(db: Db, targetId: string): Promise<CustomerMergeRecord[]> {
  const rows = await db('customer_merges').where('target_id', targetId).orderBy(['at', 'id']);
  return rows.map((r: any) => ({
    sourceId: r.source_id,
    targetId: r.target_id,
    actorId: r.actor_id,
    source: JSON.parse(r.source_snapshot),
    interactionsMoved: Number(r.interactions_moved),
    at: Number(r.at),
  }));
}
