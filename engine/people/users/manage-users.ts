import {
  ensureGroups,
  findUser,
  findUsers,
  upsertUser,
  withTransaction,
  type Db,
  type UserRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError } from '../../core/errors/index.ts';
import { ALL_ROLES, type Actor, authorizeUserChange } from '../../core/access/index.ts';
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

/**
 * Creates or updates a user. With an actor it is a user-management command under the role matrix;
 * `actor` null is the server itself (the demo seed, test and benchmark set-up).
 */
export async function saveUser(ctx: EngineContext, actor: Actor | null, input: SaveUserInput): Promise<UserRecord> {
  if (!/^[A-Za-z0-9._@-]{1,100}$/.test(input.id))
    throw new BadInputError('user id must be 1-100 letters, digits, . _ @ -', { field: 'id' });
  const unknown = input.roles.filter((r) => !(ALL_ROLES as readonly string[]).includes(r));
  if (unknown.length) throw new BadInputError(`unknown roles: ${unknown.join(', ')}`, { field: 'roles' });
  const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password);
  if (actor) {
    const change = {
      userId: input.id,
      roles: input.roles,
      active: input.active ?? true,
      resetPassword: input.password !== undefined,
      groups: input.groups !== undefined,
      profile: true,
    };
    return withTransaction(ctx.db, async (trx) => {
      await authorizeUserChange(trx, actor, change);
      return writeUser(ctx, trx, input, passwordHash);
    });
  }
  return writeUser(ctx, ctx.db, input, passwordHash);
}

async function writeUser(
  ctx: EngineContext,
  db: Db,
  input: SaveUserInput,
  passwordHash: string | undefined,
): Promise<UserRecord> {
  const existing = await findUser(db, input.id);
  const user = {
    id: input.id,
    name: input.name,
    email: input.email ?? null,
    roles: input.roles,
    groups: input.groups ?? existing?.groups ?? [],
    active: input.active ?? true,
    createdAt: existing?.createdAt ?? ctx.clock.now(),
    passwordHash,
  };
  // The server's own users (seeds, set-up) bring their groups into being.
  await ensureGroups(db, user.groups, ctx.clock.now());
  await upsertUser(db, user);
  return (await findUser(db, input.id)) as UserRecord;
}
