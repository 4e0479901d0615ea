import { insertRows, type Db } from './db.ts';

/** What a waiting execution listens for. */
export const SubscriptionKind = { MESSAGE: 'MESSAGE', SIGNAL: 'SIGNAL' } as const;
export type SubscriptionKind = (typeof SubscriptionKind)[keyof typeof SubscriptionKind];

/** An instance execution waiting for a named message or signal. */
export interface SubscriptionRecord {
  id: string;
  instanceId: string;
  kind: SubscriptionKind;
  name: string;
  correlationKey: string | null;
  elementId: string;
  executionId: string;
  createdAt: number;
}

const toSubscription = (r: any): SubscriptionRecord => ({
  id: r.id,
  instanceId: r.instance_id,
  kind: r.kind,
  name: r.name,
  correlationKey: r.correlation_key ?? null,
  elementId: r.element_id,
  executionId: r.execution_id,
  createdAt: Number(r.created_at),
});

/** Stores new subscriptions. */
export async function insertSubscriptions(db: Db, subs: readonly SubscriptionRecord[]): Promise<void> {
  if (subs.length === 0) return;
  const rows = subs.map((s) => ({
    id: s.id,
    instance_id: s.instanceId,
    kind: s.kind,
    name: s.name,
    correlation_key: s.correlationKey,
    element_id: s.elementId,
    execution_id: s.executionId,
    created_at: s.createdAt,
  }));
  await insertRows(db, 'message_subscriptions', rows);
}

/** Subscriptions of one instance. */
export async function findSubscriptionsOfInstance(db: Db, instanceId: string): Promise<SubscriptionRecord[]> {
  return (await db('message_subscriptions').where({ instance_id: instanceId })).map(toSubscription);
}

/** Subscriptions matching a kind and name (and correlation key, when given). */
export async function findSubscriptions(
  db: Db,
  kind: SubscriptionKind,
  name: string,
  correlationKey?: string | null,
): Promise<SubscriptionRecord[]> {
  const q = db('message_subscriptions').where({ kind, name }).orderBy('created_at');
  if (correlationKey !== undefined) q.where('correlation_key', correlationKey);
  return (await q).map(toSubscription);
}

/** Removes subscriptions by id. */
export async function deleteSubscriptions(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length)
    await db('message_subscriptions')
      .whereIn('id', [...ids])
      .delete();
}

/** Removes an instance's subscriptions of the given executions. */
export async function deleteSubscriptionsOfExecutions(
  db: Db,
  instanceId: string,
  executionIds: readonly string[],
): Promise<void> {
  if (executionIds.length)
    await db('message_subscriptions')
      .where({ instance_id: instanceId })
      .whereIn('execution_id', [...executionIds])
      .delete();
}
