import nodemailer from 'nodemailer';
import type { Config } from '../config.ts';
import {
  DEFAULT_FEED_SETTINGS,
  makeBuiltinWorker,
  makeChatSweeper,
  makeChangeFeed,
  makeEmailHandler,
  makeHttpHandler,
  makeQueueSampler,
  makeRetentionJob,
  makeLeadingRouter,
  processFactsApplier,
  makeReportingConsumer,
  type FactApplier,
  type ReportingConsumer,
  makeTimerScheduler,
  makeWebhookWorker,
  configureSimulations,
  stopSimulations,
  startMailIntake,
  type ChangeFeed,
  type EngineContext,
  type Leadership,
  type LeadingRouter,
  type ReadinessGate,
  type PruneCounts,
  type SendMail,
  type WebhookWorker,
} from '../engine/index.ts';

/** Outbound mail (CROSSDESK_SMTP_OUT_URL), shared by the engine's mail and the built-in email worker. */
export function makeMailer(config: Config): { send?: SendMail; close(): void } {
  const mail = config.smtpOutUrl ? nodemailer.createTransport(config.smtpOutUrl) : undefined;
  return { send: mail && ((m: Parameters<SendMail>[0]) => mail.sendMail(m)), close: () => mail?.close() };
}

/**
 * The loops that run beside HTTP: timers, service workers, webhooks, mail intake, change feed, router,
 * sampler, chat sweeper, retention. All run on every node (timers and jobs are claimed row by row; samples are
 * idempotent) except the router, the retention job and the reports' feed reader, which act only
 * while this node leads (`leadership`).
 */
export interface BackgroundLoops {
  router: LeadingRouter;
  /** This node's side of the change feed (docs/cluster.md). */
  feed: ChangeFeed;
  /** The reporting consumer (docs/reports.md): writes facts and rollups while this node leads. */
  reports: ReportingConsumer;
  webhooks: WebhookWorker;
  /** The inbound SMTP listener's port, when CROSSDESK_SMTP_PORT is set. */
  smtpPort?: number;
  /** True from the end of start until stop begins (readiness). */
  running(): boolean;
  stop(): Promise<void>;
}

/** What the loops need from the server besides the engine and the configuration. */
export interface LoopOptions {
  /** Where mail intake listens (CROSSDESK_SMTP_PORT). */
  host: string;
  sendMail: SendMail | undefined;
  leadership: Leadership;
  /** Told how old each record of another node is when this node applies it (the feed-lag histogram). */
  observeFeedLag?: (seconds: number) => void;
  /** Held by the change feed while this node catches up (/health/ready). */
  readiness?: ReadinessGate;
  /** Told the rows each retention pass deleted, per table (the metrics counter). */
  onPruned?: (counts: PruneCounts) => void;
  /** Appliers the reporting consumer runs besides its own (tasks, offers, presence, instances). */
  factAppliers?: readonly FactApplier[];
}

/** Starts the loops one after the other. */
export async function startBackgroundLoops(
  engine: EngineContext,
  config: Config,
  options: LoopOptions,
): Promise<BackgroundLoops> {
  const { host, sendMail, leadership, observeFeedLag, readiness, onPruned, factAppliers = [] } = options;
  const scheduler = makeTimerScheduler(engine);
  await scheduler.start();
  const builtins = makeBuiltinWorker(engine, {
    email: makeEmailHandler(sendMail, config.mailFrom),
    http: makeHttpHandler({ allow: config.httpAllow, maxBytes: config.httpMaxBytes }),
  });
  await builtins.start();
  const webhooks = makeWebhookWorker(engine, {
    dialUrl: config.ctiDialUrl,
    commandUrl: config.ctiCommandUrl,
    secret: config.ctiSecret,
  });
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
  // The feed first: what other nodes commit from here on reaches the router (re-published on
  // ctx.events), which reads the rest from the store as it starts leading.
  const feed = makeChangeFeed(
    engine,
    { ...DEFAULT_FEED_SETTINGS, ...config.feed },
    { observeLag: observeFeedLag, readiness },
  );
  await feed.start();
  // A standby's warm index is caught up through this node's feed consumer as it takes over.
  const router = makeLeadingRouter(engine, leadership, { warmStandby: config.warmStandby, catchUp: () => feed.wake() });
  await router.start();
  // Facts and rollups for the reports, from the feed, on the leader only (one writer; docs/reports.md).
  // Process facts (engine/analytics/process-report) are one more applier of the same reader.
  const reports = makeReportingConsumer(engine, feed, leadership, {
    appliers: [processFactsApplier, ...factAppliers],
  });
  await reports.start();
  configureSimulations(engine, config.simulation);
  const sampler = makeQueueSampler(engine, { intervalSeconds: config.queueSampleSeconds });
  await sampler.start();
  // Ends chats whose customer left without a word (CROSSDESK_CHAT_IDLE_SECONDS).
  const chatSweeper = makeChatSweeper(engine);
  chatSweeper.start();
  // Prunes history, facts and rollups past CROSSDESK_RETENTION_DAYS / _ROLLUP_ (docs/retention.md).
  const retention = makeRetentionJob(engine, leadership, config.retention, { onPruned });
  await retention.start();
  let running = true;
  return {
    router,
    feed,
    reports,
    webhooks,
    smtpPort: mailIntake?.port,
    running: () => running,
    async stop() {
      running = false;
      await mailIntake?.stop();
      await router.stop();
      await reports.stop();
      await feed.stop();
      await stopSimulations(engine);
      await sampler.stop();
      await chatSweeper.stop();
      await retention.stop();
      await scheduler.stop();
      await builtins.stop();
      await webhooks.stop();
    },
  };
}
