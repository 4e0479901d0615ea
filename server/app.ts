import { Readable } from 'node:stream';
import Koa from 'koa';
import type { QueryLimitsConfig } from '../config.ts';
import { pingDatabase, type EngineContext } from '../engine/index.ts';
import { makeClientAddress, type ClientAddressOf } from './client-address.ts';
import { ctiWebhook } from './cti-route.ts';
import { makeGraphiqlAssets } from '../graphql/graphiql.ts';
import { intakeHandler, INTAKE_PATH } from './intake-route.ts';
import { readBody } from './read-body.ts';
import { setSecurityHeaders } from './security-headers.ts';
import { serveWebApp } from './web-assets.ts';
import { makeYoga } from '../graphql/yoga.ts';

/** Options of the HTTP application. */
export interface AppOptions {
  /** Aborted when the server shuts down (ends open subscriptions). */
  shutdown: AbortSignal;
  /** Shared secret of the CTI webhook; unset: POST /cti/events answers 503. */
  ctiSecret?: string;
  /** Web-form submissions allowed per client address per minute (POST /intake/:formKey). */
  formRateLimit?: number;
  /** GraphiQL (GET /graphql and /graphiql/ assets) and introspection; default on. */
  graphiql?: boolean;
  /** Proxies whose X-Forwarded-For is believed (CIDR ranges); none by default. */
  trustedProxies?: readonly string[];
  /**
   * Requests to /graphql above this many bytes are refused with 413 before GraphQL sees them
   * (CROSSDESK_MAX_REQUEST_BYTES). The default, 16 MB, sits well above the engine's BPMN limit (5 MB)
   * so an oversized model still reaches deployProcess and gets PAYLOAD_TOO_LARGE with its size.
   */
  maxRequestBytes: number;
  /** Bounds on GraphQL operations (CROSSDESK_MAX_QUERY_* and friends). */
  queryLimits: QueryLimitsConfig;
  /** Deepest JSON a variable may hold (CROSSDESK_MAX_JSON_DEPTH). */
  maxJsonDepth: number;
}

type Handler = (ctx: Koa.Context) => Promise<void>;

function graphqlHandler(engine: EngineContext, options: AppOptions, clientAddress: ClientAddressOf): Handler {
  const yoga = makeYoga(engine, options.shutdown, clientAddress, {
    query: options.queryLimits,
    maxJsonDepth: options.maxJsonDepth,
    graphiql: options.graphiql ?? true,
  });
  const limit = options.maxRequestBytes;
  return async (ctx) => {
    // Buffered here rather than streamed into yoga so that chunked uploads are bounded too.
    const body = ctx.method === 'GET' || ctx.method === 'HEAD' ? undefined : await readBody(ctx.req, limit);
    if (body === null) {
      ctx.set('connection', 'close');
      ctx.throw(413, `request body over ${limit} bytes`);
    }
    const response = await yoga.handleNodeRequestAndResponse(
      { req: ctx.req, method: ctx.method, headers: ctx.req.headers, body },
      ctx.res,
      ctx,
    );
    ctx.status = response.status;
    response.headers.forEach((value, key) => ctx.append(key, value));
    ctx.body = bodyStream(response.body, engine);
  };
}

/**
 * The Node stream of a yoga answer, with an error listener. A client that leaves before an SSE answer has
 * started makes Koa destroy the stream, and graphql-yoga's cancel then throws (5.24: its iterator does not exist
 * yet); the stream emits that as an error, and an error nobody listens to would end the whole process.
 */
function bodyStream(body: Response['body'], engine: EngineContext): unknown {
  const inner = (body as { readable?: unknown } | null)?.readable;
  const stream = inner instanceof Readable ? inner : body;
  if (stream instanceof Readable) {
    stream.on('error', (err: Error) => {
      if (stream.destroyed && !stream.readableEnded) return; // the client left: nothing to report
      engine.logger.error('graphql: answer stream failed', { err: String(err) });
    });
  }
  return stream;
}

function healthHandler(engine: EngineContext): Handler {
  return async (ctx) => {
    try {
      await pingDatabase(engine);
      ctx.body = { status: 'ok' };
    } catch (err) {
      engine.logger.error('health check: database unreachable', { err: String(err) });
      ctx.status = 503;
      ctx.body = { status: 'unavailable' };
    }
  };
}

/**
 * The HTTP application: GraphQL (and GraphiQL, with its assets under /graphiql/) on /graphql, web forms on /intake/:formKey, a health
 * check, and the web app (web/dist) at / with an SPA fallback.
 */
export function makeApp(engine: EngineContext, options: AppOptions): Koa {
  const app = new Koa();
  app.on('error', (err: { code?: string; status?: number }) => {
    // An SSE client that leaves closes its stream early; that is normal, not an error.
    if (err?.code === 'ERR_STREAM_PREMATURE_CLOSE' || (err?.status !== undefined && err.status < 500)) return;
    engine.logger.error('http error', { err: String(err) });
  });
  const clientAddress = makeClientAddress(options.trustedProxies ?? []);
  const routes: Record<string, Handler> = {
    '/graphql': graphqlHandler(engine, options, clientAddress),
    '/health': healthHandler(engine),
    '/cti/events': ctiWebhook(engine, options.ctiSecret),
  };
  const intake = intakeHandler(engine, options.formRateLimit ?? 10, clientAddress);
  const graphiqlAssets = options.graphiql === false ? async () => false : makeGraphiqlAssets();
  app.use(async (ctx, next) => {
    setSecurityHeaders(ctx);
    const route = routes[ctx.path];
    if (route) return route(ctx);
    if (await graphiqlAssets(ctx)) return;
    const form = INTAKE_PATH.exec(ctx.path);
    // A browser opening the form gets the web app (its public form page); everything else is the API.
    if (form && !(ctx.method === 'GET' && ctx.get('accept').includes('text/html'))) return intake(ctx, form[1]);
    if (serveWebApp(ctx)) return;
    await next();
  });
  return app;
}
