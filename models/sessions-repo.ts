import type { Db } from './db.ts';
import type { TokenRecord } from './users-repo.ts';

/** A token with when it was last used (null: not tracked, e.g. the configured admin token). */
export interface SessionTokenRecord extends TokenRecord {
  lastUsedAt: number | null;
}

const toToken = (r: any): SessionTokenRecord => ({
  id: r.id,
  userId: r.user_id,
  tokenHash: r.token_hash,
  label: r.label ?? null,
  createdAt: Number(r.created_at),
  expiresAt: r.expires_at === null ? null : Number(r.expires_at),
  revokedAt: r.revoked_at === null ? null : Number(r.revoked_at),
  lastUsedAt: r.last_used_at === null || r.last_used_at === undefined ? null : Number(r.last_used_at),
});

/** Finds a token by the hash of its secret, with its last use. */
export async function findSessionToken(db: Db, tokenHash: string): Promise<SessionTokenRecord | undefined> {
  const row = await db('api_tokens').where({ token_hash: tokenHash }).first();
  return row ? toToken(row) : undefined;
}

/** Stores a new token with its last use (sign-in sessions track it for their idle timeout). */
export async function insertSessionToken(db: Db, token: SessionTokenRecord): Promise<void> {
  await db('api_tokens').insert({
    id: token.id,
    user_id: token.userId,
    token_hash: token.tokenHash,
    label: token.label,
    created_at: token.createdAt,
    expires_at: token.expiresAt,
    revoked_at: token.revokedAt,
    last_used_at: token.lastUsedAt,
  });
}

/** Records a use of a token. */
export async function touchToken(db: Db, id: string, at: number): Promise<void> {
  await db('api_tokens').where({ id }).update({ last_used_at: at });
}

/** Revokes one token; answers whether it was live. */
export async function revokeToken(db: Db, id: string, at: number): Promise<boolean> {
  return (await db('api_tokens').where({ id }).whereNull('revoked_at').update({ revoked_at: at })) > 0;
}

/** Revokes every live token of a user but `keepId`; answers how many. */
export async function revokeUserTokens(db: Db, userId: string, at: number, keepId?: string): Promise<number> {
  const query = db('api_tokens').where({ user_id: userId }).whereNull('revoked_at');
  if (keepId) query.whereNot({ id: keepId });
  return query.update({ revoked_at: at });
}

/**
 * Of the given tokens, those that still authenticate at `now`: not revoked or expired, not idle for
 * `idleMs` (tokens that track their use), and held by an active user. One query for any number of
 * tokens (the open subscriptions of a node).
 */
export async function findLiveTokenIds(
  db: Db,
  ids: readonly string[],
  now: number,
  idleMs: number,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const live = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db('api_tokens as t')
      .join('users as u', 'u.id', 't.user_id')
      .whereIn('t.id', ids.slice(i, i + 500))
      .whereNull('t.revoked_at')
      .where((q) => q.whereNull('t.expires_at').orWhere('t.expires_at', '>', now))
      .where((q) => q.whereNull('t.last_used_at').orWhere('t.last_used_at', '>', now - idleMs))
      .where('u.active', true)
      .select('t.id');
    for (const row of rows) live.add(row.id);
  }
  return live;
}

/** Sets a user's password hash and whether they must change it at the next sign-in. */
export async function setPasswordHash(
  db: Db,
  userId: string,
  passwordHash: string,
  mustChangePassword: boolean,
): Promise<void> {
  await db('users')
    .where({ id: userId })
    .update({ password_hash: passwordHash, must_change_password: mustChangePassword });
}
