import { findSessionToken, findUser, insertSessionToken, touchToken, type UserRecord } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import {
  BadInputError,
  ForbiddenError,
  LocalPasswordsDisabledError,
  PasswordChangeRequiredError,
  UnauthenticatedError,
} from '../../core/errors/index.ts';
import { newId } from '../../core/ids/index.ts';
import { Role, type Actor } from '../../core/access/index.ts';
import { hashToken, newTokenSecret, verifyPassword } from './secrets.ts';
import { admitSignIn } from './sign-in-throttle.ts';

const actorOf = (user: UserRecord, onBehalfOf: string | null = null): Actor => ({
  userId: user.id,
  roles: user.roles as Actor['roles'],
  groups: user.groups,
  onBehalfOf,
});

/** A token's holder: who it authenticates, which token it is, and whether it may only change the password. */
export interface Session {
  readonly actor: Actor;
  readonly tokenId: string;
  /** The user's password was reset: this token may only change it (or sign out). */
  readonly mustChangePassword: boolean;
  /** The token's user as read while authenticating (the API primes its per-request loader with it). */
  readonly user: UserRecord;
}

/** Uses are written at most this often per token (a write per request would be a write per request). */
const touchEvery = (idleMs: number) => Math.min(60_000, Math.floor(idleMs / 10));

/**
 * Resolves a bearer token to its session. Unknown, revoked and expired tokens fail, as do sign-in
 * tokens unused for the idle timeout and tokens of inactive users.
 */
export async function authenticateSession(ctx: EngineContext, secret: string): Promise<Session> {
  const token = await findSessionToken(ctx.db, hashToken(secret));
  const now = ctx.clock.now();
  if (!token || token.revokedAt !== null || (token.expiresAt !== null && token.expiresAt <= now))
    throw new UnauthenticatedError('the token is unknown, revoked or expired');
  const { idleTimeoutMs } = ctx.options.sessions;
  if (token.lastUsedAt !== null && now - token.lastUsedAt >= idleTimeoutMs)
    throw new UnauthenticatedError(
      `the session ended after ${Math.round(idleTimeoutMs / 60_000)} minutes without use; sign in again`,
    );
  const user = await findUser(ctx.db, token.userId);
  if (!user || !user.active) throw new UnauthenticatedError('the token belongs to no active user');
  if (token.lastUsedAt !== null && now - token.lastUsedAt >= touchEvery(idleTimeoutMs))
    await touchToken(ctx.db, token.id, now);
  return { actor: actorOf(user), tokenId: token.id, mustChangePassword: user.mustChangePassword, user };
}

/**
 * Resolves a bearer token to its user, as authenticateSession does; a token that may only change the
 * password fails with PASSWORD_CHANGE_REQUIRED.
 */
export async function authenticate(ctx: EngineContext, secret: string): Promise<Actor> {
  const session = await authenticateSession(ctx, secret);
  if (session.mustChangePassword) throw new PasswordChangeRequiredError();
  return session.actor;
}

/** An admin acting for another user (X-Act-As): the command counts for that user, the admin is recorded. */
export async function actAs(ctx: EngineContext, admin: Actor, userId: string): Promise<Actor> {
  if (!admin.roles.includes(Role.ADMIN)) throw new ForbiddenError('only an admin may act for another user (X-Act-As)');
  const user = await findUser(ctx.db, userId);
  if (!user || !user.active) throw new BadInputError(`X-Act-As names no active user: ${userId}`, { field: 'X-Act-As' });
  return actorOf(user, admin.userId);
}

/** Longer passwords are wrong without being hashed (changePassword allows 256 characters). */
const MAX_SIGN_IN_PASSWORD = 1024;

/** What signIn answers. */
export interface SignInResult {
  token: string;
  user: UserRecord;
  /** The password was reset: the token may only change it (changePassword). */
  mustChangePassword: boolean;
}

/**
 * Signs a user in with id and password from a client address and issues a session token (lifetime
 * and idle timeout from the settings). Throttled per (user id, address), user id and address (see
 * admitSignIn): RATE_LIMITED with `retryAfterSeconds`. Unknown ids, users without a password and
 * inactive users take the same path as a wrong password, scrypt run included, and get the same answer.
 */
export async function signIn(
  ctx: EngineContext,
  userId: string,
  password: string,
  address = 'unknown',
): Promise<SignInResult> {
  if (!ctx.options.sessions.localPasswords) throw new LocalPasswordsDisabledError();
  const attempt = await admitSignIn(ctx, userId, address);
  const user = await findUser(ctx.db, userId);
  // scrypt hashes the whole input first: a megabyte "password" would cost the server, not the guesser.
  const matches =
    password.length <= MAX_SIGN_IN_PASSWORD && (await verifyPassword(password, user?.passwordHash ?? null));
  if (!user || !matches || !user.active) {
    await attempt.failed();
    throw new UnauthenticatedError('wrong user id or password');
  }
  await attempt.succeeded();
  return issueSession(ctx, user);
}

/**
 * Issues a sign-in session token for a user who proved who they are (a password, or the identity
 * provider through a one-time sign-in code): lifetime and idle timeout from the settings.
 */
export async function issueSession(ctx: EngineContext, user: UserRecord): Promise<SignInResult> {
  const secret = newTokenSecret();
  const now = ctx.clock.now();
  await insertSessionToken(ctx.db, {
    id: newId('tok'),
    userId: user.id,
    tokenHash: hashToken(secret),
    label: 'sign-in',
    createdAt: now,
    expiresAt: now + ctx.options.sessions.tokenTtlMs,
    revokedAt: null,
    lastUsedAt: now,
  });
  return { token: secret, user, mustChangePassword: user.mustChangePassword };
}
