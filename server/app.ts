import Koa from 'koa';
import type { QueryLimitsConfig } from '../config.ts';
import type { EngineContext, RelyingParty } from '../engine/index.ts';
import { makeChatOrigins, makeClientAddress, setSecurityHeaders } from './http/index.ts';
import type { ServerMetrics } from './metrics/index.ts';
import {
  chatHandler,
  CHAT_PATH,
  CHAT_WIDGET_PATH,
  ctiWebhook,
  graphqlHandler,
  intakeHandler,
  INTAKE_PATH,
  livenessHandler,
  makeGraphiqlAssets,
  oidcRoutes,
  metricsHandler,
  processesCsvHandler,
  PROCESSES_CSV_PATH,
  reportCsvHandler,
  REPORT_PATHS,
  readinessHandler,
  serveChatWidget,
  serveWebApp,
  type Handler,
  type ReadinessSource,
} from './routes/index.ts';

/** Options of the HTTP application. */
export interface AppOptions {
  /** Aborted when the server shuts down (ends open subscriptions). */
  shutdown: AbortSignal;
  /** What /health and /health/ready report besides the database: the role, whether the loops run. */
  readiness: ReadinessSource;
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
  /** Live chat: starts per client address per minute, and the sites that may embed it (CROSSDESK_CHAT_*). */
  chat?: { startsPerMinute: number; origins: readonly string[] };
  /** Single sign-on's relying party (CROSSDESK_OIDC_*); unset: /auth/oidc/* answer OIDC_NOT_CONFIGURED. */
  oidc?: RelyingParty;
  /** This server's metrics (GET /metrics); absent: no /metrics route. */
  metrics?: ServerMetrics;
  /** Bearer token GET /metrics asks for (CROSSDESK_METRICS_TOKEN); unset: open. */
  metricsToken?: string;
}

/**
 * The HTTP application: GraphQL (and GraphiQL, with its assets under /graphiql/) on /graphql, web forms on
 * /intake/:formKey, live chat on /chat/:queue (and its widget), the CTI webhook, health checks, and the web app (web/dist) at / with an SPA fallback.
 */
export function makeApp(engine: EngineContext, options: AppOptions): Koa {
  const app = new Koa();
  app.on('error', (err: { code?: string; status?: number }) => {
    // An SSE client that leaves closes its stream early; that is normal, not an error.
    if (err?.code === 'ERR_STREAM_PREMATURE_CLOSE' || (err?.status !== undefined && err.status < 500)) return;
    engine.logger.error('http error', { err: String(err) });
  });
  const clientAddress = makeClientAddress(options.trustedProxies ?? []);
  const graphiql = options.graphiql ?? true;
  const routes: Record<string, Handler> = {
    '/graphql': graphqlHandler(engine, {
      ...options,
      graphiql,
      clientAddress,
      observe: options.metrics && ((o) => options.metrics!.observeOperation(o)),
    }),
    '/health': livenessHandler(engine, options.readiness),
    '/health/ready': readinessHandler(engine, options.readiness),
    '/cti/events': ctiWebhook(engine, options.ctiSecret, options.metrics?.countCtiEvent),
    ...oidcRoutes(engine, options.oidc, clientAddress),
    [PROCESSES_CSV_PATH]: processesCsvHandler(engine),
    [REPORT_PATHS.queues]: reportCsvHandler(engine, 'queues'),
    [REPORT_PATHS.agents]: reportCsvHandler(engine, 'agents'),
  };
  if (options.metrics) routes['/metrics'] = metricsHandler(options.metrics.registry, options.metricsToken);
  const intake = intakeHandler(engine, options.formRateLimit ?? 10, clientAddress);
  const graphiqlAssets = graphiql ? makeGraphiqlAssets() : async () => false;
  const chatOrigins = makeChatOrigins(options.chat?.origins ?? []);
  const chat = chatHandler(engine, {
    startsPerMinute: options.chat?.startsPerMinute ?? 5,
    origins: chatOrigins,
    clientAddress,
    shutdown: options.shutdown,
  });
  app.use(async (ctx, next) => {
    setSecurityHeaders(ctx);
    const route = routes[ctx.path];
    if (route) return route(ctx);
    if (await graphiqlAssets(ctx)) return;
    const form = INTAKE_PATH.exec(ctx.path);
    // A browser opening the form gets the web app (its public form page); everything else is the API.
    if (form && !(ctx.method === 'GET' && ctx.get('accept').includes('text/html'))) return intake(ctx, form[1]);
    if (ctx.path === CHAT_WIDGET_PATH && (ctx.method === 'GET' || ctx.method === 'HEAD')) return serveChatWidget(ctx);
    const chatRoute = CHAT_PATH.exec(ctx.path);
    // A chat page load gets the web app (its public chat page), framable by the listed sites only.
    if (chatRoute && !chatRoute[2] && ctx.method === 'GET' && ctx.get('accept').includes('text/html')) {
      if (serveWebApp(ctx)) chatOrigins.apply(ctx);
      return;
    }
    if (chatRoute) return chat(ctx, chatRoute);
    if (serveWebApp(ctx)) return;
    await next();
  });
  return app;
}
