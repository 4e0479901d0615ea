import {
  findTokenByHash,
  insertToken,
  revokeLabelledTokens,
  upsertUser,
  withTransaction,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { newId } from '../../core/ids/index.ts';
import { ALL_ROLES, CONFIG_ADMIN_ID } from '../../core/access/index.ts';
import { hashToken } from './secrets.ts';

export { CONFIG_ADMIN_ID };

/** The label of the token made from CROSSDESK_ADMIN_TOKEN. */
export const CONFIG_TOKEN_LABEL = 'CROSSDESK_ADMIN_TOKEN';

/** What ensureAdminToken found: a new token, the one made at an earlier start, or a revoked one (it stays revoked). */
export type AdminTokenState = 'created' | 'kept' | 'revoked';

/**
 * Applies CROSSDESK_ADMIN_TOKEN at start-up. With a secret: the `admin` user is (re)made active with
 * every role, whatever happened to it since, and a token with exactly that secret exists; tokens of
 * earlier secrets are revoked (rotation). A secret that was revoked stays revoked: a revoked token is
 * never revived, so a leaked secret cannot come back through a restart; the operator sets a new one.
 * Without a secret: every token made from an earlier one is revoked. Returns what became of the token.
 */
export async function ensureAdminToken(
  ctx: EngineContext,
  secret: string | undefined,
): Promise<AdminTokenState | null> {
  const now = ctx.clock.now();
  if (secret === undefined) {
    const revoked = await revokeLabelledTokens(ctx.db, CONFIG_TOKEN_LABEL, now);
    if (revoked)
      ctx.logger.warn('CROSSDESK_ADMIN_TOKEN is unset: the tokens of earlier secrets are revoked', { revoked });
    return null;
  }
  const tokenHash = hashToken(secret);
  const state = await withTransaction(ctx.db, async (trx): Promise<AdminTokenState> => {
    await upsertUser(trx, {
      id: CONFIG_ADMIN_ID,
      name: 'Administrator',
      email: null,
      roles: [...ALL_ROLES],
      groups: [],
      active: true,
      createdAt: now,
    });
    await revokeLabelledTokens(trx, CONFIG_TOKEN_LABEL, now, tokenHash);
    const existing = await findTokenByHash(trx, tokenHash);
    if (existing) return existing.revokedAt === null ? 'kept' : 'revoked';
    await insertToken(trx, {
      id: newId('tok'),
      userId: CONFIG_ADMIN_ID,
      tokenHash,
      label: CONFIG_TOKEN_LABEL,
      createdAt: now,
      expiresAt: null,
      revokedAt: null,
    });
    return 'created';
  }).catch(async (err) => {
    // Nodes of a cluster starting together race to insert the same token: the loser finds it made.
    const made = await findTokenByHash(ctx.db, tokenHash);
    if (!made) throw err;
    return made.revokedAt === null ? 'kept' : 'revoked';
  });
  if (state === 'revoked')
    ctx.logger.error(
      'CROSSDESK_ADMIN_TOKEN names a revoked token and stays refused: revoked secrets never come back; set a new secret',
    );
  return state;
}
