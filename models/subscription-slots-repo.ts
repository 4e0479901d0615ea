import type { Db } from './db.ts';

/**
 * Takes a subscription slot of `userKey` for node `nodeId` if the user holds fewer than `max` open ones on
 * nodes seen since `liveSince` (and on this node). Insert first, then count: two nodes taking the last slot
 * at once may both see the other and both refuse, but never both succeed. Answers whether it was taken.
 */
export async function takeSubscriptionSlot(
  db: Db,
  slot: { id: string; nodeId: string; userKey: string; openedAt: number },
  max: number,
  liveSince: number,
): Promise<boolean> {
  await db('subscription_slots').insert({
    id: slot.id,
    node_id: slot.nodeId,
    user_key: slot.userKey,
    opened_at: slot.openedAt,
  });
  const row = await db('subscription_slots')
    .where({ user_key: slot.userKey })
    .andWhere((q) =>
      q
        .where({ node_id: slot.nodeId })
        .orWhereIn('node_id', db('nodes').where('last_seen_at', '>=', liveSince).select('id')),
    )
    .count('* as n')
    .first();
  if (Number(row?.n ?? 0) <= max) return true;
  await releaseSubscriptionSlot(db, slot.id);
  return false;
}

export async function releaseSubscriptionSlot(db: Db, id: string): Promise<void> {
  await db('subscription_slots').where({ id }).delete();
}

/** Deletes the slots of `nodeId` (left by its previous process) and of nodes no longer listed. */
export async function clearSubscriptionSlots(db: Db, nodeId: string): Promise<void> {
  await db('subscription_slots').where({ node_id: nodeId }).orWhereNotIn('node_id', db('nodes').select('id')).delete();
}
