import { findUser, findUsers, upsertUser, type UserRecord } from '../../models/index.ts';
import type { EngineContext } from '../context.ts';
import { BadInputError } from '../errors/index.ts';
import { ALL_ROLES, Role, type Actor } from './actor.ts';
import { requireRole } from './authorize.ts';
import { hashPassword } from './secrets.ts';

/** One user, or undefined. */
export function getUser(ctx: EngineContext, id: string): Promise<UserRecord | undefined> {
  return findUser(ctx.db, id);
}

/** Users by ids (for batched loading). */
export function getUsers(ctx: EngineContext, ids: readonly string[]): Promise<UserRecord[]> {
  return findUsers(ctx.db, ids);
}

/** Input of saveUser. */
export interface SaveUserInput {
  id: string;
  name: string;
  email?: string | null;
  roles: string[];
  groups?: string[];
  password?: string;
  active?: boolean;
}

/** Creates or updates a user (admins; `actor` null for the demo seed run by the server itself). */
export async function saveUser(ctx: EngineContext, actor: Actor | null, input: SaveUserInput): Promise<UserRecord> {
  if (actor) requireRole(actor, Role.ADMIN);
  if (!/^[A-Za-z0-9._@-]{1,100}$/.test(input.id))
    throw new BadInputError('user id must be 1-100 letters, digits, . _ @ -', { field: 'id' });
  const unknown = input.roles.filter((r) => !(ALL_ROLES as readonly string[]).includes(r));
  if (unknown.length) throw new BadInputError(`unknown roles: ${unknown.join(', ')}`, { field: 'roles' });
  const existing = await findUser(ctx.db, input.id);
  const user = {
    id: input.id,
    name: input.name,
    email: input.email ?? null,
    roles: input.roles,
    groups: input.groups ?? existing?.groups ?? [],
    active: input.active ?? true,
    createdAt: existing?.createdAt ?? ctx.clock.now(),
    passwordHash: input.password === undefined ? undefined : await hashPassword(input.password),
  };
  await upsertUser(ctx.db, user);
  return (await findUser(ctx.db, input.id)) as UserRecord;
}
