import { createHash } from 'node:crypto';
import { deleteRateLimitKeys } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { RateLimitedError } from '../../core/errors/index.ts';
import { makeLimiter, retryAfterSeconds, tryConsume } from '../../core/rate-limits/index.ts';

const HOUR = 3600;
const DAY = 24 * HOUR;
/** How long an address a user signed in from counts as theirs (spared the per-user ceiling). */
const KNOWN_ADDRESS_SECONDS = 30 * DAY;
/** How long one admitted attempt holds its (user, address) gate: longer than any password check. */
const GATE_HOLD_SECONDS = 5;

/** What a password check reports back to the throttle that admitted it. */
export interface SignInAttempt {
  succeeded(): Promise<void>;
  failed(): Promise<void>;
}

// User ids are hashed into keys: any string may be sent as one, the keys stay short.
const userKeyOf = (userId: string) => createHash('sha256').update(userId).digest('hex').slice(0, 32);

function limitersOf(ctx: EngineContext) {
  const s = ctx.options.sessions;
  return {
    address: makeLimiter(ctx, 'signin_addr', s.addressFailuresPerHour, HOUR),
    user: makeLimiter(ctx, 'signin_user', s.userFailuresPerHour, HOUR),
    known: makeLimiter(ctx, 'signin_known', 1, KNOWN_ADDRESS_SECONDS),
    // Attempts in a row per (user, address); a success deletes the count.
    pair: makeLimiter(ctx, 'signin_pair', s.freeFailures, DAY),
    // One attempt at a time once the back-off runs; a failure blocks it for the next back-off.
    gate: makeLimiter(ctx, 'signin_gate', 1, GATE_HOLD_SECONDS),
  };
}

/** The wait after the n-th failure in a row: 1 s after the free ones, doubling up to the ceiling. */
export function backoffSeconds(ctx: EngineContext, failures: number): number {
  const { freeFailures, backoffMaxSeconds } = ctx.options.sessions;
  return failures < freeFailures ? 0 : Math.min(2 ** Math.min(failures - freeFailures, 30), backoffMaxSeconds);
}

/**
 * Admits one password check of `userId` from `address`, or throws RATE_LIMITED. Three limits, all
 * counted before the check (so parallel guesses count too) and given back when the check succeeds:
 * - (user id, address): `freeFailures` attempts in a row, then one per back-off window, doubling from
 *   1 s to `backoffMaxSeconds`. Someone guessing from elsewhere never slows the user down at home.
 * - user id: `userFailuresPerHour`, from addresses the user has not signed in from in 30 days (a
 *   guesser spread over many addresses cannot lock the user out of their usual one).
 * - address: `addressFailuresPerHour`, whatever the user ids (one address trying many users).
 * Unknown user ids are counted like known ones: the answer never tells which ids exist.
 */
export async function admitSignIn(ctx: EngineContext, userId: string, address: string): Promise<SignInAttempt> {
  const limits = limitersOf(ctx);
  const userKey = userKeyOf(userId);
  const pairKey = `${userKey}:${address}`;
  const taken: (() => Promise<unknown>)[] = [];
  const refuse = async (res: Parameters<typeof retryAfterSeconds>[0]): Promise<never> => {
    for (const giveBack of taken.reverse()) await giveBack();
    const wait = retryAfterSeconds(res);
    throw new RateLimitedError(`too many sign-in attempts; try again in ${wait} s`, wait);
  };

  const byAddress = await tryConsume(ctx, limits.address, address);
  taken.push(() => limits.address.reward(address));
  if (!byAddress.allowed) return refuse(byAddress.res);
  const known = (await limits.known.get(pairKey)) !== null;
  if (!known) {
    const byUser = await tryConsume(ctx, limits.user, userKey);
    taken.push(() => limits.user.reward(userKey));
    if (!byUser.allowed) return refuse(byUser.res);
  }
  const inARow = (await limits.pair.penalty(pairKey)).consumedPoints;
  taken.push(() => limits.pair.reward(pairKey));
  if (inARow > ctx.options.sessions.freeFailures) {
    const gate = await tryConsume(ctx, limits.gate, pairKey);
    if (!gate.allowed) return refuse(gate.res);
  }
  return {
    async succeeded() {
      await limits.pair.delete(pairKey);
      await limits.gate.delete(pairKey);
      if (!known) await limits.user.reward(userKey);
      await limits.address.reward(address);
      await limits.known.set(pairKey, 1, KNOWN_ADDRESS_SECONDS);
    },
    async failed() {
      const wait = backoffSeconds(ctx, inARow);
      if (wait > 0) await limits.gate.block(pairKey, wait);
    },
  };
}

/** Lifts a user's back-off and per-user ceiling (after an admin reset their password). */
export async function clearSignInThrottle(ctx: EngineContext, userId: string): Promise<void> {
  const userKey = userKeyOf(userId);
  await limitersOf(ctx).user.delete(userKey);
  await deleteRateLimitKeys(ctx.db, `signin_pair:${userKey}:`);
  await deleteRateLimitKeys(ctx.db, `signin_gate:${userKey}:`);
}
