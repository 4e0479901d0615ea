import { createHash, timingSafeEqual } from 'node:crypto';
import type { Registry } from 'prom-client';
import type { Handler } from './handler.ts';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * GET /metrics: the registry in Prometheus text format. With a token (CROSSDESK_METRICS_TOKEN) it answers
 * only `Authorization: Bearer <token>` (compared in constant time) and 401 otherwise.
 */
export function metricsHandler(registry: Registry, token: string | undefined): Handler {
  const expected = token === undefined ? undefined : digest(token);
  return async (ctx) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') ctx.throw(405, 'GET /metrics');
    if (expected) {
      const given = /^Bearer (.+)$/.exec(ctx.get('authorization'))?.[1];
      if (!given || !timingSafeEqual(digest(given), expected)) {
        ctx.set('www-authenticate', 'Bearer realm="metrics"');
        ctx.throw(401, 'metrics need Authorization: Bearer <CROSSDESK_METRICS_TOKEN>');
      }
    }
    ctx.set('content-type', registry.contentType);
    ctx.set('cache-control', 'no-store');
    ctx.body = await registry.metrics();
  };
}
