import type { Knex } from 'knex';
import { fromJson, type Db } from './db.ts';

/** A person or automation account. Roles and groups are stored as JSON arrays. */
export interface UserRecord {
  id: string;
  name: string;
  email: string | null;
  roles: string[];
  groups: string[];
  /** The site the user works at (null: none). */
  siteId: string | null;
  passwordHash: string | null;
  active: boolean;
  createdAt: number;
  /** Set by a password reset: the user's tokens may only change the password until they do. */
  mustChangePassword: boolean;
}

/** An API token; only a hash of its secret is stored. */
export interface TokenRecord {
  id: string;
  userId: string;
  tokenHash: string;
  label: string | null;
  createdAt: number;
  expiresAt: number | null;
  revokedAt: number | null;
}

const toUser = (r: any): UserRecord => ({
  id: r.id,
  name: r.name,
  email: r.email ?? null,
  roles: fromJson(r.roles, []),
  groups: fromJson(r.groups, []),
  siteId: r.site_id ?? null,
  passwordHash: r.password_hash ?? null,
  active: Boolean(r.active),
  createdAt: Number(r.created_at),
  mustChangePassword: Boolean(r.must_change_password),
});

/** Finds one user by id. */
export async function findUser(db: Db, id: string): Promise<UserRecord | undefined> {
  const row = await db('users').where({ id }).first();
  return row ? toUser(row) : undefined;
}

/** Finds users by ids (for batched loading), in no particular order. */
export async function findUsers(db: Db, ids: readonly string[]): Promise<UserRecord[]> {
  if (ids.length === 0) return [];
  return (await db('users').whereIn('id', [...ids])).map(toUser);
}

/** Inserts or replaces a user (password hash kept when the new one is undefined). */
export async function upsertUser(
  db: Db,
  user: Omit<UserRecord, 'passwordHash' | 'mustChangePassword' | 'siteId'> & {
    passwordHash?: string | null;
    /** Left as it is when undefined. */
    siteId?: string | null;
  },
): Promise<void> {
  const row: Record<string, unknown> = {
    id: user.id,
    name: user.name,
    email: user.email,
    roles: JSON.stringify(user.roles),
    groups: JSON.stringify(user.groups),
    active: user.active,
    created_at: user.createdAt,
  };
  if (user.passwordHash !== undefined) row.password_hash = user.passwordHash;
  if (user.siteId !== undefined) row.site_id = user.siteId;
  const { created_at: _createdAt, ...changes } = row;
  await db('users').insert(row).onConflict('id').merge(Object.keys(changes));
}

/** Stores a token. */
export async function insertToken(db: Db, token: TokenRecord): Promise<void> {
  await db('api_tokens').insert({
    id: token.id,
    user_id: token.userId,
    token_hash: token.tokenHash,
    label: token.label,
    created_at: token.createdAt,
    expires_at: token.expiresAt,
    revoked_at: token.revokedAt,
  });
}

/** Finds a token by the hash of its secret. */
export async function findTokenByHash(db: Db, tokenHash: string): Promise<TokenRecord | undefined> {
  const r = await db('api_tokens').where({ token_hash: tokenHash }).first();
  if (!r) return undefined;
  return {
    id: r.id,
    userId: r.user_id,
    tokenHash: r.token_hash,
    label: r.label ?? null,
    createdAt: Number(r.created_at),
    expiresAt: r.expires_at === null ? null : Number(r.expires_at),
    revokedAt: r.revoked_at === null ? null : Number(r.revoked_at),
  };
}

/** Stores many new users at once (bulk set-up for seeds and benchmarks). */
export async function insertUsers(
  db: Db,
  users: readonly (Omit<UserRecord, 'mustChangePassword' | 'siteId'> & {
    mustChangePassword?: boolean;
    siteId?: string | null;
  })[],
): Promise<void> {
  for (let i = 0; i < users.length; i += 100) {
    await db('users').insert(
      users.slice(i, i + 100).map((u) => ({
        id: u.id,
        name: u.name,
        email: u.email,
        roles: JSON.stringify(u.roles),
        groups: JSON.stringify(u.groups),
        password_hash: u.passwordHash,
        active: u.active,
        site_id: u.siteId ?? null,
        created_at: u.createdAt,
      })),
    );
  }
}

/** What the users list can be narrowed to. */
export interface UserListFilter {
  /** Part of the id, name or e-mail (case-insensitive). */
  search?: string | null;
  role?: string | null;
  group?: string | null;
  active?: boolean | null;
}

/** A LIKE pattern matching `text` literally somewhere in a column (backslash escapes). */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Narrows a query to rows whose JSON-array column holds the string `value` (maybe others too: filter after). */
export function whereJsonHolds<Q extends Knex.QueryBuilder>(q: Q, column: string, value: string): Q {
  return q.whereRaw(`${column} like ? escape '\\'`, [containsPattern(JSON.stringify(value))]) as Q;
}

function usersMatching(db: Db, filter: UserListFilter) {
  const q = db('users');
  if (filter.search) {
    const like = containsPattern(filter.search.toLowerCase());
    q.where((w) =>
      w
        .whereRaw(`lower(id) like ? escape '\\'`, [like])
        .orWhereRaw(`lower(name) like ? escape '\\'`, [like])
        .orWhereRaw(`lower(coalesce(email, '')) like ? escape '\\'`, [like]),
    );
  }
  // Roles and groups are JSON arrays of strings: the quoted value is an exact element.
  if (filter.role) whereJsonHolds(q, 'roles', filter.role);
  if (filter.group) whereJsonHolds(q, 'groups', filter.group);
  if (filter.active !== null && filter.active !== undefined) q.where('active', filter.active);
  return q;
}

/** One page of users by id, and how many match. */
export async function listUsers(
  db: Db,
  filter: UserListFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: UserRecord[]; total: number }> {
  const [rows, count] = await Promise.all([
    usersMatching(db, filter).orderBy('id').offset(page.offset).limit(page.limit),
    usersMatching(db, filter).count({ n: '*' }).first(),
  ]);
  return { rows: rows.map(toUser), total: Number((count as { n: unknown } | undefined)?.n ?? 0) };
}

/** Changes a user's name and e-mail. */
export async function setUserProfile(db: Db, userId: string, profile: { name: string; email: string | null }) {
  await db('users').where({ id: userId }).update({ name: profile.name, email: profile.email });
}

/** Sets a user's roles (JSON array). */
export async function setUserRolesRow(db: Db, userId: string, roles: readonly string[]): Promise<void> {
  await db('users')
    .where({ id: userId })
    .update({ roles: JSON.stringify([...roles]) });
}

/** Sets a user's active flag. */
export async function setUserActive(db: Db, userId: string, active: boolean): Promise<void> {
  await db('users').where({ id: userId }).update({ active });
}
