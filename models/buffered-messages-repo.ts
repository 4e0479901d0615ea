import { fromJson, type Db } from './db.ts';

/** A message that arrived before anything waited for it, kept until it expires. */
export interface BufferedMessage {
  id: string;
  name: string;
  correlationKey: string | null;
  variables: Record<string, unknown>;
  expiresAt: number;
  createdAt: number;
}

/** Stores an early message. */
export async function insertBufferedMessage(db: Db, m: BufferedMessage): Promise<void> {
  await db('buffered_messages').insert({
    id: m.id,
    name: m.name,
    correlation_key: m.correlationKey,
    variables: JSON.stringify(m.variables),
    expires_at: m.expiresAt,
    created_at: m.createdAt,
  });
}

/** The oldest unexpired buffered message for a name and correlation key. */
export async function findBufferedMessage(
  db: Db,
  name: string,
  correlationKey: string | null,
  now: number,
): Promise<BufferedMessage | undefined> {
  const q = db('buffered_messages')
    .where({ name })
    .andWhere('expires_at', '>', now)
    .orderBy([{ column: 'created_at' }, { column: 'id' }])
    .first();
  if (correlationKey === null) q.whereNull('correlation_key');
  else q.where('correlation_key', correlationKey);
  const r = await q;
  return r
    ? {
        id: r.id,
        name: r.name,
        correlationKey: r.correlation_key ?? null,
        variables: fromJson(r.variables, {}),
        expiresAt: Number(r.expires_at),
        createdAt: Number(r.created_at),
      }
    : undefined;
}

/** Consumes a buffered message; false when another command consumed it first. */
export async function deleteBufferedMessage(db: Db, id: string): Promise<boolean> {
  return (await db('buffered_messages').where({ id }).delete()) === 1;
}

/** Drops expired messages. */
export async function purgeExpiredMessages(db: Db, now: number): Promise<number> {
  return db('buffered_messages').where('expires_at', '<=', now).delete();
}
