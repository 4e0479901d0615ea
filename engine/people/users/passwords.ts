import { findUser, revokeUserTokens, setPasswordHash, withTransaction } from '../../../models/index.ts';
import { AuditSubject, recordAudit } from '../../core/audit/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError, ForbiddenError, NotFoundError } from '../../core/errors/index.ts';
import { type Actor, authorizeUserChange } from '../../core/access/index.ts';
import type { Session } from './auth.ts';
import { checkPasswordStrength } from './password-rules.ts';
import { hashPassword, newOneTimePassword, verifyPassword } from './secrets.ts';
import { admitSignIn, clearSignInThrottle } from './sign-in-throttle.ts';

/**
 * Changes the session's own password: the old one must match (throttled like signIn, since it is a
 * password check too), the new one must pass the strength rule (password-rules.ts). Clears a reset's
 * must-change flag, so this token becomes a full session, and revokes the user's other tokens.
 */
export async function changePassword(
  ctx: EngineContext,
  session: Session,
  oldPassword: string,
  newPassword: string,
  address = 'unknown',
): Promise<boolean> {
  if (session.actor.onBehalfOf !== null)
    throw new ForbiddenError('change your own password, without X-Act-As', { userId: session.actor.userId });
  const userId = session.actor.userId;
  const attempt = await admitSignIn(ctx, userId, address);
  const user = await findUser(ctx.db, userId);
  if (!user || !(await verifyPassword(oldPassword, user.passwordHash))) {
    await attempt.failed();
    throw new BadInputError('the current password is wrong', { field: 'oldPassword' });
  }
  await attempt.succeeded();
  if (newPassword === oldPassword)
    throw new BadInputError('the new password must differ from the current one', { field: 'newPassword' });
  await checkPasswordStrength(newPassword, [user.id, user.name, user.email ?? '']);
  const hash = await hashPassword(newPassword);
  const revoked = await withTransaction(ctx.db, async (trx) => {
    await setPasswordHash(trx, userId, hash, false);
    return revokeUserTokens(trx, userId, ctx.clock.now(), session.tokenId);
  });
  ctx.logger.info('password changed', { userId, otherTokensRevoked: revoked });
  return true;
}

/**
 * Gives a user a server-generated one-time password (admins) and answers it. The user's tokens are
 * revoked, their sign-in back-off lifted, and their next sign-in gets a token that may only change the
 * password (SignInResult.mustChangePassword).
 */
export async function resetPassword(ctx: EngineContext, actor: Actor, userId: string): Promise<string> {
  const oneTime = newOneTimePassword();
  const hash = await hashPassword(oneTime);
  await withTransaction(ctx.db, async (trx) => {
    // Who may reset whose password is the role matrix's (admins; supervisors for experts and agents).
    if (!(await authorizeUserChange(trx, actor, { userId, resetPassword: true })))
      throw new NotFoundError('user', userId);
    await setPasswordHash(trx, userId, hash, true);
    await revokeUserTokens(trx, userId, ctx.clock.now());
    await recordAudit(ctx, trx, actor, {
      type: 'user.password-reset',
      subjectType: AuditSubject.USER,
      subjectId: userId,
      before: null,
      after: { mustChangePassword: true },
    });
  });
  await clearSignInThrottle(ctx, userId);
  ctx.logger.info('password reset', { userId, by: actor.onBehalfOf ?? actor.userId });
  return oneTime;
}
