import { randomBytes } from 'node:crypto';
import { findUser, insertSignInCode, takeSignInCode } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { CrossdeskError, ErrorCode } from '../../core/errors/index.ts';
import { hashToken, issueSession, type SignInResult } from '../users/index.ts';

/** A sign-in code that is unknown, used or expired. */
export class SignInCodeInvalidError extends CrossdeskError {
  constructor() {
    super(ErrorCode.SIGN_IN_CODE_INVALID, 'this sign-in code is unknown, was already used or expired: sign in again');
  }
}

/**
 * A one-time code for a user the identity provider just vouched for. The callback hands it to the web
 * app in the URL fragment (never sent to a server, removed from history at once); the session token
 * itself never appears in a URL. Only its hash is stored.
 */
export async function issueSignInCode(ctx: EngineContext, userId: string, ttlMs: number): Promise<string> {
  const code = randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  await insertSignInCode(ctx.db, { codeHash: hashToken(code), userId, createdAt: now, expiresAt: now + ttlMs });
  return code;
}

/** Exchanges a one-time sign-in code for a session token (once; SIGN_IN_CODE_INVALID after). */
export async function redeemSignInCode(ctx: EngineContext, code: string): Promise<SignInResult> {
  if (typeof code !== 'string' || code.length > 200) throw new SignInCodeInvalidError();
  const taken = await takeSignInCode(ctx.db, hashToken(code));
  if (!taken || taken.expiresAt <= ctx.clock.now()) throw new SignInCodeInvalidError();
  const user = await findUser(ctx.db, taken.userId);
  if (!user || !user.active) throw new SignInCodeInvalidError();
  return issueSession(ctx, user);
}
