import { createServer } from 'node:http';
import type { Knex } from 'knex';
import type { Config } from '../config.ts';
import {
  ensureAdminToken,
  findDemoUsers,
  makeEngineContext,
  makeLogger,
  makeSystemClock,
  reportStoredPatternProblems,
  seedDemo,
  type Clock,
  type EngineContext,
  type Logger,
  type Router,
  type WebhookWorker,
} from '../engine/index.ts';
import { makeApp } from './app.ts';
import { makeMailer, startBackgroundLoops } from './background-loops.ts';
import { demoPolicy } from './demo-guard.ts';
import { listen, printableHost } from './http/index.ts';

/** A running server. */
export interface RunningServer {
  url: string;
  engine: EngineContext;
  /** The router of this server (tests wait for it to settle). */
  router: Router;
  /** The outbound webhook worker (callback dial requests). */
  webhooks: WebhookWorker;
  /** The inbound SMTP listener's port, when CROSSDESK_SMTP_PORT is set. */
  smtpPort?: number;
  close(): Promise<void>;
}

/**
 * Builds the engine over an open (migrated) database and serves it: admin token, demo seed, the demo-user
 * policy (host, warning, refusal under NODE_ENV=production: see demo-guard.ts), the background loops
 * (background-loops.ts), HTTP. The database comes from the caller because only the composition root
 * (server.ts) and tests open databases. Shutdown stops accepting connections, ends open subscriptions,
 * lets in-flight requests finish (up to `graceMs`), stops the background loops, then closes the database
 * (unless `keepDb`).
 */
export async function startServer(
  config: Config,
  db: Knex,
  options: { clock?: Clock; graceMs?: number; keepDb?: boolean; logger?: Logger } = {},
): Promise<RunningServer> {
  const logger = options.logger ?? makeLogger(config.logLevel);
  const mail = makeMailer(config);
  const engine = makeEngineContext({
    db,
    nodeId: config.nodeId,
    clock: options.clock ?? makeSystemClock(),
    logger,
    options: {
      allowScripts: config.allowScripts,
      maxBpmnBytes: config.maxBpmnBytes,
      maxVariablesBytes: config.maxVariablesBytes,
      maxJsonDepth: config.maxJsonDepth,
      patterns: { maxInputChars: config.patternMaxInput },
      sessions: config.sessions,
      presenceReasons: config.presenceReasons,
    },
    mail: mail.send && { send: mail.send, from: config.mailFrom },
    engineThreads: config.engineThreads,
  });
  await ensureAdminToken(engine, config.adminToken);
  if (config.demo) await seedDemo(engine);
  const { host, warning } = await findDemoUsers(engine)
    .then((demoUsers) => demoPolicy(config, demoUsers))
    .catch(async (err) => {
      await engine.engines?.close();
      throw err;
    });
  if (warning) logger.warn(warning);
  await reportStoredPatternProblems(engine);
  const loops = await startBackgroundLoops(engine, config, host, mail.send);
  const shutdown = new AbortController();
  const server = createServer(
    makeApp(engine, {
      shutdown: shutdown.signal,
      // One node today: it leads. The cluster issue decides the role here.
      readiness: { role: () => 'leader', loopsRunning: () => loops.running() && !shutdown.signal.aborted },
      ctiSecret: config.ctiSecret,
      formRateLimit: config.formRateLimit,
      graphiql: config.graphiql,
      trustedProxies: config.trustedProxies,
      maxRequestBytes: config.maxRequestBytes,
      queryLimits: config.queryLimits,
      maxJsonDepth: config.maxJsonDepth,
    }).callback(),
  );
  const stopLoops = async () => {
    await loops.stop();
    await engine.engines?.close();
    mail.close();
  };
  const address = await listen(server, host, config.port).catch(async (err) => {
    await stopLoops();
    throw err;
  });
  return {
    url: `http://${printableHost(host)}:${address.port}`,
    engine,
    router: loops.router,
    webhooks: loops.webhooks,
    smtpPort: loops.smtpPort,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      shutdown.abort();
      // Connections turn idle as their requests (and the ended subscriptions) finish; close them then
      // rather than waiting for the keep-alive timeout.
      server.closeIdleConnections();
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      const grace = setTimeout(() => server.closeAllConnections(), options.graceMs ?? 10_000);
      await closed;
      clearInterval(sweep);
      clearTimeout(grace);
      await stopLoops();
      if (!options.keepDb) await db.destroy();
    },
  };
}
