import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Knex } from 'knex';
import type { Config } from '../config.ts';
import nodemailer from 'nodemailer';
import {
  ensureAdminToken,
  findDemoUsers,
  startMailIntake,
  makeBuiltinWorker,
  makeEmailHandler,
  makeWebhookWorker,
  makeEngineContext,
  makeHttpHandler,
  makeLogger,
  makeQueueSampler,
  makeRouter,
  configureSimulations,
  stopSimulations,
  makeSystemClock,
  makeTimerScheduler,
  reportStoredPatternProblems,
  seedDemo,
  type Clock,
  type EngineContext,
  type Logger,
  type Router,
  type SendMail,
  type WebhookWorker,
} from '../engine/index.ts';
import { makeApp } from './app.ts';
import { demoPolicy } from './demo-guard.ts';

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

/** The host to print in the URL: a wildcard address is reachable as localhost; IPv6 needs brackets. */
function printableHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

function listen(server: Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server.address() as AddressInfo));
  });
}

/**
 * Builds the engine over an open (migrated) database and serves it: admin token, demo seed, the demo-user
 * policy (host, warning, refusal under NODE_ENV=production: see demo-guard.ts), timer
 * scheduler, built-in service worker, router, HTTP. The database comes from the caller because only the
 * composition root (server.ts) and tests open databases. Shutdown stops accepting connections, ends
 * open subscriptions, lets in-flight requests finish (up to `graceMs`), stops the background loops,
 * then closes the database (unless `keepDb`).
 */
export async function startServer(
  config: Config,
  db: Knex,
  options: { clock?: Clock; graceMs?: number; keepDb?: boolean; logger?: Logger } = {},
): Promise<RunningServer> {
  const logger = options.logger ?? makeLogger(config.logLevel);
  const mail = config.smtpOutUrl ? nodemailer.createTransport(config.smtpOutUrl) : undefined;
  const sendMail = mail && ((m: Parameters<SendMail>[0]) => mail.sendMail(m));
  const engine = makeEngineContext({
    db,
    clock: options.clock ?? makeSystemClock(),
    logger,
    options: {
      allowScripts: config.allowScripts,
      maxBpmnBytes: config.maxBpmnBytes,
      maxVariablesBytes: config.maxVariablesBytes,
      maxJsonDepth: config.maxJsonDepth,
      patterns: { maxInputChars: config.patternMaxInput },
      sessions: config.sessions,
    },
    mail: sendMail && { send: sendMail, from: config.mailFrom },
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
  const scheduler = makeTimerScheduler(engine);
  await scheduler.start();
  const builtins = makeBuiltinWorker(engine, {
    email: makeEmailHandler(sendMail, config.mailFrom),
    http: makeHttpHandler({ allow: config.httpAllow, maxBytes: config.httpMaxBytes }),
  });
  await builtins.start();
  const webhooks = makeWebhookWorker(engine, { dialUrl: config.ctiDialUrl, secret: config.ctiSecret });
  await webhooks.start();
  const mailIntake =
    config.smtpPort === undefined
      ? undefined
      : await startMailIntake(engine, {
          host,
          port: config.smtpPort,
          addresses: config.intakeAddresses,
          maxBytes: config.smtpMaxBytes,
        });
  const router = makeRouter(engine);
  await router.start();
  configureSimulations(engine, config.simulation);
  const sampler = makeQueueSampler(engine, { intervalSeconds: config.queueSampleSeconds });
  await sampler.start();
  const shutdown = new AbortController();
  const server = createServer(
    makeApp(engine, {
      shutdown: shutdown.signal,
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
    await mailIntake?.stop();
    await router.stop();
    await stopSimulations(engine);
    await sampler.stop();
    await scheduler.stop();
    await builtins.stop();
    await webhooks.stop();
    await engine.engines?.close();
    mail?.close();
  };
  const address = await listen(server, host, config.port).catch(async (err) => {
    await stopLoops();
    throw err;
  });
  return {
    url: `http://${printableHost(host)}:${address.port}`,
    engine,
    router,
    webhooks,
    smtpPort: mailIntake?.port,
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
