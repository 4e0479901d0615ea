/**
 * The one reader of `process.env`. Every setting is parsed and defaulted here, once, and handed to
 * the composition root as a plain typed object; nothing else in the code base looks at the environment.
 */
import { parseHttpAllow, parseNodeId, parseOidc, parseTrustedProxies } from './config/network.ts';
import { chatConfig, MB, nodeSettings, parseLease, queryLimits, retentionConfig } from './config/sections.ts';
import type { Config } from './config/types.ts';
import {
  ConfigError,
  parseBoolean,
  parseBounded,
  parseCount,
  parseDatabaseUrl,
  parsePort,
  parsePresenceReasons,
  type Env,
} from './config/values.ts';

export type { Config, DatabaseConfig, OidcConfig, QueryLimitsConfig } from './config/types.ts';
export { ConfigError, parseDatabaseUrl } from './config/values.ts';
export { isPlainAddress, parseNodeId, parseTrustedProxies } from './config/network.ts';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

/** Reads the configuration from an environment (the process's own unless given). */
export function loadConfig(env: Env = process.env): Config {
  const logLevel = (env.LOG_LEVEL ?? 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel))
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  const production = env.NODE_ENV === 'production';
  const demo = parseBoolean('CROSSDESK_DEMO', env.CROSSDESK_DEMO, !production);
  const httpAllow = parseHttpAllow(env.CROSSDESK_HTTP_ALLOW);
  const oidc = parseOidc(env, httpAllow);
  const localPasswords = parseBoolean('CROSSDESK_LOCAL_PASSWORDS', env.CROSSDESK_LOCAL_PASSWORDS, true);
  if (!localPasswords && !oidc)
    throw new ConfigError(
      'CROSSDESK_LOCAL_PASSWORDS=false needs single sign-on (CROSSDESK_OIDC_ISSUER): nobody could sign in',
    );
  return {
    host: env.HOST || undefined,
    port: parsePort('PORT', env.PORT) ?? 3000,
    database: parseDatabaseUrl(env.DATABASE_URL),
    nodeId: parseNodeId(env.CROSSDESK_NODE_ID),
    adminToken: env.CROSSDESK_ADMIN_TOKEN || undefined,
    production,
    demo,
    demoExplicit: demo && Boolean(env.CROSSDESK_DEMO),
    graphiql: parseBoolean('CROSSDESK_GRAPHIQL', env.CROSSDESK_GRAPHIQL, !production),
    smtpPort: parsePort('CROSSDESK_SMTP_PORT', env.CROSSDESK_SMTP_PORT),
    intakeAddresses: (env.CROSSDESK_INTAKE_ADDRESSES || 'support@localhost')
      .split(',')
      .map((a) => a.trim().toLowerCase())
      .filter(Boolean),
    smtpMaxBytes: parseCount('CROSSDESK_SMTP_MAX_BYTES', env.CROSSDESK_SMTP_MAX_BYTES) ?? 10 * 1024 * 1024,
    formRateLimit: parseCount('CROSSDESK_FORM_RATE_LIMIT', env.CROSSDESK_FORM_RATE_LIMIT) ?? 10,
    chat: chatConfig(env),
    smtpOutUrl: env.CROSSDESK_SMTP_OUT || undefined,
    mailFrom: env.CROSSDESK_MAIL_FROM || 'crossdesk@localhost',
    allowScripts: parseBoolean('CROSSDESK_ALLOW_SCRIPTS', env.CROSSDESK_ALLOW_SCRIPTS, false),
    logLevel,
    maxBpmnBytes: 5 * 1024 * 1024,
    ctiSecret: env.CROSSDESK_CTI_SECRET || undefined,
    engineThreads: parseCount('CROSSDESK_ENGINE_THREADS', env.CROSSDESK_ENGINE_THREADS, 0) ?? 0,
    engineCacheBytes: parseCount('CROSSDESK_ENGINE_CACHE_BYTES', env.CROSSDESK_ENGINE_CACHE_BYTES, 0) ?? 16 * MB,
    ctiDialUrl: env.CROSSDESK_CTI_DIAL_URL || undefined,
    ctiCommandUrl: env.CROSSDESK_CTI_COMMAND_URL || env.CROSSDESK_CTI_DIAL_URL || undefined,
    presenceReasons: parsePresenceReasons(env.CROSSDESK_PRESENCE_REASONS),
    queryLimits: queryLimits(env),
    maxRequestBytes: parseCount('CROSSDESK_MAX_REQUEST_BYTES', env.CROSSDESK_MAX_REQUEST_BYTES) ?? 16 * MB,
    maxVariablesBytes: parseCount('CROSSDESK_MAX_VARIABLES_BYTES', env.CROSSDESK_MAX_VARIABLES_BYTES) ?? MB,
    maxJsonDepth: parseCount('CROSSDESK_MAX_JSON_DEPTH', env.CROSSDESK_MAX_JSON_DEPTH) ?? 64,
    patternMaxInput: parseCount('CROSSDESK_REGEX_MAX_INPUT', env.CROSSDESK_REGEX_MAX_INPUT) ?? 20_000,
    httpAllow,
    oidc,
    httpMaxBytes: parseCount('CROSSDESK_HTTP_MAX_BYTES', env.CROSSDESK_HTTP_MAX_BYTES) ?? 1024 * 1024,
    trustedProxies: parseTrustedProxies(env.CROSSDESK_TRUSTED_PROXIES),
    sessions: {
      tokenTtlMs: (parseCount('CROSSDESK_SESSION_HOURS', env.CROSSDESK_SESSION_HOURS) ?? 12) * 3600_000,
      idleTimeoutMs: (parseCount('CROSSDESK_SESSION_IDLE_MINUTES', env.CROSSDESK_SESSION_IDLE_MINUTES) ?? 60) * 60_000,
      freeFailures: parseCount('CROSSDESK_SIGNIN_FREE_FAILURES', env.CROSSDESK_SIGNIN_FREE_FAILURES) ?? 5,
      backoffMaxSeconds:
        parseCount('CROSSDESK_SIGNIN_MAX_BACKOFF_SECONDS', env.CROSSDESK_SIGNIN_MAX_BACKOFF_SECONDS) ?? 900,
      userFailuresPerHour:
        parseCount('CROSSDESK_SIGNIN_USER_FAILURES_PER_HOUR', env.CROSSDESK_SIGNIN_USER_FAILURES_PER_HOUR) ?? 50,
      addressFailuresPerHour:
        parseCount('CROSSDESK_SIGNIN_ADDRESS_FAILURES_PER_HOUR', env.CROSSDESK_SIGNIN_ADDRESS_FAILURES_PER_HOUR) ?? 100,
      localPasswords,
      ssoProviderName: oidc?.providerName ?? null,
    },
    retention: retentionConfig(env),
    queueSampleSeconds: parseBounded('CROSSDESK_SAMPLE_SECONDS', env.CROSSDESK_SAMPLE_SECONDS, 5, 3600) ?? 60,
    reportMaxRows: parseBounded('CROSSDESK_REPORT_MAX_ROWS', env.CROSSDESK_REPORT_MAX_ROWS, 10, 1_000_000) ?? 5000,
    feed: {
      pollMs: parseBounded('CROSSDESK_FEED_POLL_MS', env.CROSSDESK_FEED_POLL_MS, 10, 60_000) ?? 500,
      notifyMs: parseBounded('CROSSDESK_FEED_NOTIFY_MS', env.CROSSDESK_FEED_NOTIFY_MS, 1, 1000) ?? 5,
      batchSize: parseBounded('CROSSDESK_FEED_BATCH', env.CROSSDESK_FEED_BATCH, 1, 10_000) ?? 500,
      retentionHours:
        parseBounded('CROSSDESK_FEED_RETENTION_HOURS', env.CROSSDESK_FEED_RETENTION_HOURS, 1, 24 * 90) ?? 24,
      pruneMinutes: parseBounded('CROSSDESK_FEED_PRUNE_MINUTES', env.CROSSDESK_FEED_PRUNE_MINUTES, 1, 24 * 60) ?? 10,
      nodeCheckpointHours:
        parseBounded('CROSSDESK_FEED_NODE_CHECKPOINT_HOURS', env.CROSSDESK_FEED_NODE_CHECKPOINT_HOURS, 1, 24 * 90) ??
        24,
    },
    nodes: nodeSettings(env),
    metricsToken: env.CROSSDESK_METRICS_TOKEN || undefined,
    lease: parseLease(env),
    warmStandby: parseBoolean('CROSSDESK_WARM_STANDBY', env.CROSSDESK_WARM_STANDBY, true),
    simulation: {
      maxAgents: parseCount('CROSSDESK_SIMULATION_MAX_AGENTS', env.CROSSDESK_SIMULATION_MAX_AGENTS),
      maxHours: parseBounded('CROSSDESK_SIMULATION_MAX_HOURS', env.CROSSDESK_SIMULATION_MAX_HOURS, 1, 24 * 31),
      maxContacts: parseCount('CROSSDESK_SIMULATION_MAX_CONTACTS', env.CROSSDESK_SIMULATION_MAX_CONTACTS),
      maxRuns: parseCount('CROSSDESK_SIMULATION_MAX_RUNS', env.CROSSDESK_SIMULATION_MAX_RUNS),
    },
  };
}
