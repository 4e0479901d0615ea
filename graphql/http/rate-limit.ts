import type { Clock } from '../../engine/index.ts';

/** Counts requests per key in fixed windows. */
export interface RateLimiter {
  /** Records one request; returns 0 when allowed, else the seconds until the key may try again. */
  hit(key: string): number;
}

/**
 * A fixed-window limiter over the engine's clock (tests move it by hand). It lives in this process:
 * with several servers behind a balancer each counts its own share.
 */
export function makeRateLimiter(clock: Clock, limit: number, windowMs = 60_000, maxKeys = 10_000): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  const sweep = (now: number) => {
    for (const [key, w] of windows) if (now - w.start >= windowMs) windows.delete(key);
  };
  return {
    hit(key) {
      const now = clock.now();
      if (windows.size >= maxKeys) sweep(now);
      let w = windows.get(key);
      if (!w || now - w.start >= windowMs) windows.set(key, (w = { start: now, count: 0 }));
      w.count++;
      return w.count > limit ? Math.ceil((w.start + windowMs - now) / 1000) : 0;
    },
  };
}
