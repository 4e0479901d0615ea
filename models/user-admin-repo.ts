import { isPostgres, type Db } from './db.ts';

/**
 * Statements behind user administration (the role matrix, the configured admin, removing demo users).
 * The users and tokens themselves are read and written through users-repo.ts.
 */

/**
 * Serializes user administration until the transaction ends: every change of roles, activity or
 * passwords takes this lock first, so two admins cannot both count the other as the last admin and
 * demote each other. SQLite needs nothing: its one connection runs one transaction at a time.
 */
export async function lockUserAdministration(trx: Db): Promise<void> {
  if (isPostgres(trx)) await trx.raw(`SELECT pg_advisory_xact_lock(hashtext('crossdesk.user-administration'))`);
}

/** Ids of the active users holding the admin role (roles are a JSON array of strings). */
export async function activeAdminIds(db: Db): Promise<string[]> {
  const rows = await db('users').where({ active: true }).andWhere('roles', 'like', '%"admin"%').select('id');
  return rows.map((r: { id: string }) => r.id);
}

/** Revokes the unrevoked tokens carrying `label`, except the one whose hash is `keepHash`; returns how many. */
export async function revokeLabelledTokens(
  db: Db,
  label: string,
  at: number,
  keepHash: string | null = null,
): Promise<number> {
  const query = db('api_tokens').where({ label }).whereNull('revoked_at');
  if (keepHash !== null) query.whereNot({ token_hash: keepHash });
  return query.update({ revoked_at: at });
}

/** Sets a user's active flag and password hash (null: no password sign-in). */
export async function setUserAccess(
  db: Db,
  userId: string,
  access: { active: boolean; passwordHash: string | null },
): Promise<void> {
  await db('users').where({ id: userId }).update({ active: access.active, password_hash: access.passwordHash });
}
