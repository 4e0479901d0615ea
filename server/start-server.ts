import { createServer } from 'node:http';
import type { Knex } from 'knex';
import type { Config } from '../config.ts';
import {
  acquireServerLease,
  ensureAdminToken,
  makeReadinessGate,
  ServerLeaseHeldError,
  startNodeHeartbeat,
  type ClusterRole,
  type ReadinessGate,
  type ServerLease,
  findDemoUsers,
  makeEngineContext,
  makeLogger,
  makeRelyingParty,
  makeNodeLeadership,
  makeSystemClock,
  reportStoredPatternProblems,
  seedDemo,
  type Clock,
  type EngineContext,
  type Leadership,
  type Logger,
  type ChangeFeed,
  type LeadingRouter,
  type FactApplier,
  type ReportingConsumer,
  type WebhookWorker,
} from '../engine/index.ts';
import { makeApp } from './app.ts';
import { makeMailer, startBackgroundLoops } from './background-loops.ts';
import { demoPolicy, StartRefusedError } from './demo-guard.ts';
import { listen, printableHost } from './http/index.ts';
import { makeServerMetrics, type ServerMetrics } from './metrics/index.ts';
import { readVersion } from './version.ts';
import { isPostgres } from '../models/index.ts';

/** A running server. */
export interface RunningServer {
  url: string;
  engine: EngineContext;
  /** The router of this server (tests wait for it to settle). */
  router: LeadingRouter;
  /** This server's side of the change feed. */
  feed: ChangeFeed;
  /** The reporting consumer (facts and rollups; runs while this node leads). */
  reports: ReportingConsumer;
  /** This node's role and term: it routes only while it leads (engine/core/leadership). */
  leadership: Leadership;
  /** The outbound webhook worker (callback dial requests). */
  webhooks: WebhookWorker;
  /** The inbound SMTP listener's port, when CROSSDESK_SMTP_PORT is set. */
  smtpPort?: number;
  /** This server's Prometheus metrics (the change feed reports its lag here: `metrics.observeFeedLag`). */
  metrics: ServerMetrics;
  /** Holds /health/ready at 503 while a reason is held (the change feed while it catches up). */
  readiness: ReadinessGate;
  close(): Promise<void>;
}

/** What the composition root may pass besides the configuration and the database. */
export interface StartOptions {
  clock?: Clock;
  graceMs?: number;
  keepDb?: boolean;
  logger?: Logger;
  /** This node's role and leader term (the leadership lease); default: a lone leader in term 0. */
  cluster?: ClusterRole;
  /** The readiness gate (default: a new one, held by nobody). */
  readiness?: ReadinessGate;
  /** Extra appliers of the reporting consumer (facts of other entities; docs/reports.md). */
  factAppliers?: readonly FactApplier[];
}

/** Takes the SQLite server lease: a second server on the same file refuses to start. */
async function sqliteLease(engine: EngineContext): Promise<ServerLease | undefined> {
  if (isPostgres(engine.db)) return undefined;
  try {
    return await acquireServerLease(engine);
  } catch (err) {
    if (err instanceof ServerLeaseHeldError) throw new StartRefusedError(err.message);
    throw err;
  }
}

/**
 * Builds the engine over an open (migrated) database and serves it: admin token, demo seed, the demo-user
 * policy (host, warning, refusal under NODE_ENV=production: see demo-guard.ts), the background loops
 * (background-loops.ts), HTTP. The database comes from the caller because only the composition root
 * (server.ts) and tests open databases. Shutdown stops accepting connections, ends open subscriptions,
 * lets in-flight requests finish (up to `graceMs`), stops the background loops, then closes the database
 * (unless `keepDb`).
 */
export async function startServer(config: Config, db: Knex, options: StartOptions = {}): Promise<RunningServer> {
  const readiness = options.readiness ?? makeReadinessGate();
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
      chat: {
        maxMessageChars: config.chat.maxMessageChars,
        messagesPerMinute: config.chat.messagesPerMinute,
        maxMessages: config.chat.maxMessages,
        idleTimeoutSeconds: config.chat.idleTimeoutSeconds,
      },
      nodes: config.nodes,
      presenceReasons: config.presenceReasons,
      reportMaxRows: config.reportMaxRows,
      engineCacheBytes: config.engineCacheBytes,
    },
    mail: mail.send && { send: mail.send, from: config.mailFrom },
    engineThreads: config.engineThreads,
  });
  const lease = await sqliteLease(engine).catch(async (err) => {
    await engine.engines?.close();
    throw err;
  });
  await ensureAdminToken(engine, config.adminToken);
  if (config.demo) await seedDemo(engine);
  const { host, warning } = await findDemoUsers(engine)
    .then((demoUsers) => demoPolicy(config, demoUsers))
    .catch(async (err) => {
      await lease?.release();
      await engine.engines?.close();
      throw err;
    });
  if (warning) logger.warn(warning);
  await reportStoredPatternProblems(engine);
  const leadership = makeNodeLeadership(engine, config.lease);
  await leadership.start();
  // What the nodes list, /health and /metrics report: the lease's role and term unless a test says otherwise.
  const cluster = options.cluster ?? leadership;
  const metrics = makeServerMetrics(engine, cluster);
  const loops = await startBackgroundLoops(engine, config, {
    host,
    sendMail: mail.send,
    leadership,
    observeFeedLag: metrics.observeFeedLag,
    readiness,
    onPruned: metrics.countPruned,
    factAppliers: options.factAppliers,
  }).catch(async (err) => {
    metrics.close();
    await leadership.stop();
    throw err;
  });
  const heartbeat = await startNodeHeartbeat(engine, cluster, { version: readVersion() });
  const shutdown = new AbortController();
  const oidc = config.oidc && makeRelyingParty(config.oidc);
  const server = createServer(
    makeApp(engine, {
      shutdown: shutdown.signal,
      readiness: {
        role: () => cluster.role(),
        loopsRunning: () => loops.running() && !shutdown.signal.aborted,
        routerStart: () => loops.router.startedFrom(),
        waitingFor: () => readiness.held(),
      },
      metrics,
      metricsToken: config.metricsToken,
      ctiSecret: config.ctiSecret,
      formRateLimit: config.formRateLimit,
      chat: { startsPerMinute: config.chat.startsPerMinute, origins: config.chat.origins },
      graphiql: config.graphiql,
      trustedProxies: config.trustedProxies,
      maxRequestBytes: config.maxRequestBytes,
      queryLimits: config.queryLimits,
      maxJsonDepth: config.maxJsonDepth,
      oidc,
    }).callback(),
  );
  const stopLoops = async () => {
    await leadership.stop();
    await loops.stop();
    metrics.close();
    await heartbeat.stop();
    await lease?.release();
    await engine.engines?.close();
    await oidc?.close();
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
    feed: loops.feed,
    reports: loops.reports,
    leadership,
    webhooks: loops.webhooks,
    smtpPort: loops.smtpPort,
    metrics,
    readiness,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      shutdown.abort();
      // The lease first: a standby takes over while this node finishes its requests (no routing gap).
      await leadership.stop();
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
