import { makeRateLimit, type EngineContext, type RateLimit } from '../../engine/index.ts';

export type { RateLimit };

/**
 * A fixed-window limit per client address for a public route: `limit` requests per `windowSeconds`,
 * refused ones counted too. Kept in the database (rate_limits), so every node behind a balancer
 * counts against the same budget; on the engine's clock, so tests move it by hand.
 */
export function makeAddressRateLimit(
  engine: EngineContext,
  name: string,
  limit: number,
  windowSeconds = 60,
): RateLimit {
  return makeRateLimit(engine, name, limit, windowSeconds);
}
