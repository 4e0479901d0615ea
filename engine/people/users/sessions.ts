import { findLiveTokenIds, findUser, revokeToken, revokeUserTokens } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { NotFoundError } from '../../core/errors/index.ts';
import { Role, type Actor, requireRole } from '../../core/access/index.ts';
import type { Session } from './auth.ts';

/** Ends the caller's session: its token stops working (other tokens of the user stay). */
export async function signOut(ctx: EngineContext, session: Session): Promise<boolean> {
  await revokeToken(ctx.db, session.tokenId, ctx.clock.now());
  ctx.logger.info('signed out', { userId: session.actor.userId, tokenId: session.tokenId });
  return true;
}

/** Revokes every token of a user (admins); answers how many were live. Open subscriptions end with them. */
export async function revokeTokens(ctx: EngineContext, actor: Actor, userId: string): Promise<number> {
  requireRole(actor, Role.ADMIN);
  if (!(await findUser(ctx.db, userId))) throw new NotFoundError('user', userId);
  const revoked = await revokeUserTokens(ctx.db, userId, ctx.clock.now());
  ctx.logger.info('tokens revoked', { userId, revoked, by: actor.onBehalfOf ?? actor.userId });
  return revoked;
}

/**
 * Of these tokens, the ids that still authenticate now (not revoked, expired or idle; user active).
 * One query however many: a node checks its open subscriptions with it every few seconds.
 */
export function liveTokenIds(ctx: EngineContext, tokenIds: readonly string[]): Promise<Set<string>> {
  return findLiveTokenIds(ctx.db, tokenIds, ctx.clock.now(), ctx.options.sessions.idleTimeoutMs);
}
