import { existsSync, readFileSync } from 'node:fs';
import Koa from 'koa';
import type { EngineContext } from '../../engine/index.ts';
import { pingDatabase } from '../../engine/index.ts';
import { makeYoga } from './yoga.ts';

/** Requests above this are refused before any parsing (a BPMN upload is capped lower, by the engine). */
export const MAX_REQUEST_BYTES = 16 * 1024 * 1024;

const webIndex = new URL('../../web/dist/index.html', import.meta.url);

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Crossdesk</title>
<h1>Crossdesk</h1><p>The web app is not built. The GraphQL API and GraphiQL are at <a href="/graphql">/graphql</a>.</p>`;

/** The HTTP application: GraphQL on /graphql, a health check, and the web app at /. */
export function makeApp(engine: EngineContext): Koa {
  const app = new Koa();
  const yoga = makeYoga(engine);
  app.on('error', (err: { code?: string }) => {
    // An SSE client that leaves closes its stream early; that is normal, not an error.
    if (err?.code === 'ERR_STREAM_PREMATURE_CLOSE') return;
    engine.logger.error('http error', { err: String(err) });
  });
  app.use(async (ctx, next) => {
    const length = Number(ctx.get('content-length') || 0);
    if (length > MAX_REQUEST_BYTES) ctx.throw(413, `request body over ${MAX_REQUEST_BYTES} bytes`);
    await next();
  });
  app.use(async (ctx, next) => {
    if (ctx.path === '/health') {
      await pingDatabase(engine);
      ctx.body = { status: 'ok' };
      return;
    }
    if (ctx.path === '/graphql') {
      const response = await yoga.handleNodeRequestAndResponse(ctx.req, ctx.res, ctx);
      ctx.status = response.status;
      response.headers.forEach((value, key) => ctx.append(key, value));
      ctx.body = response.body;
      return;
    }
    if (ctx.path === '/' && ctx.method === 'GET') {
      ctx.type = 'html';
      ctx.body = existsSync(webIndex) ? readFileSync(webIndex, 'utf8') : NOT_BUILT;
      return;
    }
    await next();
  });
  return app;
}
