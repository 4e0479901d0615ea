import { findTokenByHash, findUser, insertToken, type UserRecord } from '../../models/index.ts';
import type { EngineContext } from '../context.ts';
import { BadInputError, ForbiddenError, UnauthenticatedError } from '../errors/index.ts';
import { newId } from '../ids/index.ts';
import { Role, type Actor } from './actor.ts';
import { hashToken, newTokenSecret, verifyPassword } from './secrets.ts';

const TOKEN_TTL_MS = 12 * 3600 * 1000;

const actorOf = (user: UserRecord, onBehalfOf: string | null = null): Actor => ({
  userId: user.id,
  roles: user.roles as Actor['roles'],
  groups: user.groups,
  onBehalfOf,
});

/** Resolves a bearer token to its user; unknown, revoked, expired tokens and inactive users fail. */
export async function authenticate(ctx: EngineContext, secret: string): Promise<Actor> {
  const token = await findTokenByHash(ctx.db, hashToken(secret));
  if (!token || token.revokedAt !== null || (token.expiresAt !== null && token.expiresAt <= ctx.clock.now()))
    throw new UnauthenticatedError('the token is unknown, revoked or expired');
  const user = await findUser(ctx.db, token.userId);
  if (!user || !user.active) throw new UnauthenticatedError('the token belongs to no active user');
  return actorOf(user);
}

/** An admin acting for another user (X-Act-As): the command counts for that user, the admin is recorded. */
export async function actAs(ctx: EngineContext, admin: Actor, userId: string): Promise<Actor> {
  if (!admin.roles.includes(Role.ADMIN)) throw new ForbiddenError('only an admin may act for another user (X-Act-As)');
  const user = await findUser(ctx.db, userId);
  if (!user || !user.active) throw new BadInputError(`X-Act-As names no active user: ${userId}`, { field: 'X-Act-As' });
  return actorOf(user, admin.userId);
}

/** Signs a user in with id and password and issues a token valid for 12 hours. */
export async function signIn(
  ctx: EngineContext,
  userId: string,
  password: string,
): Promise<{ token: string; user: UserRecord }> {
  const user = await findUser(ctx.db, userId);
  const ok = user?.active && (await verifyPassword(password, user.passwordHash));
  if (!user || !ok) throw new UnauthenticatedError('wrong user id or password');
  const secret = newTokenSecret();
  const now = ctx.clock.now();
  await insertToken(ctx.db, {
    id: newId('tok'),
    userId: user.id,
    tokenHash: hashToken(secret),
    label: 'sign-in',
    createdAt: now,
    expiresAt: now + TOKEN_TTL_MS,
    revokedAt: null,
  });
  return { token: secret, user };
}
