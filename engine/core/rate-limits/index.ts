import { RateLimiterRes } from 'rate-limiter-flexible';
import { DbRateLimiter, deleteExpiredRateLimits } from '../../../models/index.ts';
import type { EngineContext } from '../context/index.ts';

/**
 * Rate limits shared by every node on the database (rate-limiter-flexible over the `rate_limits`
 * table, on the engine's clock). Limiters are cheap objects without timers: make one where needed.
 */
export function makeLimiter(
  ctx: EngineContext,
  keyPrefix: string,
  points: number,
  durationSeconds: number,
): DbRateLimiter {
  return new DbRateLimiter({ db: ctx.db, now: () => ctx.clock.now(), keyPrefix, points, duration: durationSeconds });
}

/** Whole seconds until a refused key may try again (at least 1). */
export const retryAfterSeconds = (res: RateLimiterRes): number => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/**
 * Consumes points and answers the key's state and whether it was allowed. Store failures (the
 * database) are thrown, never taken for a refusal. A new window means a new row: a few expired ones
 * are deleted then, so the table stays about as small as its live keys without a timer of its own.
 */
export async function tryConsume(
  ctx: EngineContext,
  limiter: DbRateLimiter,
  key: string,
  options?: { customDuration: number },
): Promise<{ allowed: boolean; res: RateLimiterRes }> {
  let outcome: { allowed: boolean; res: RateLimiterRes };
  try {
    outcome = { allowed: true, res: await limiter.consume(key, 1, options) };
  } catch (err) {
    if (!(err instanceof RateLimiterRes)) throw err;
    outcome = { allowed: false, res: err };
  }
  if (outcome.res.isFirstInDuration) await deleteExpiredRateLimits(ctx.db, ctx.clock.now());
  return outcome;
}

/** A fixed-window limit per key (client address, say): `points` per `perSeconds`. */
export interface RateLimit {
  /** Counts one request (refused ones too); answers 0 when allowed, else seconds until the key may try again. */
  hit(key: string): Promise<number>;
}

/** A fixed-window limit named `name` (the key prefix in the store). */
export function makeRateLimit(ctx: EngineContext, name: string, points: number, perSeconds: number): RateLimit {
  const limiter = makeLimiter(ctx, name, points, perSeconds);
  return {
    async hit(key) {
      const { allowed, res } = await tryConsume(ctx, limiter, key);
      return allowed ? 0 : retryAfterSeconds(res);
    },
  };
}
