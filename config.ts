/**
 * The one reader of `process.env`. Every setting is parsed and defaulted here, once, and handed to
 * the composition root as a plain typed object; nothing else in the code base looks at the environment.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { parseAllowList } from './engine/core/outbound/address-policy.ts';
import { parseClaimMap, type ClaimRule } from './engine/people/sso/claim-map.ts';
import ipaddr from 'ipaddr.js';

/** Which database the server runs on, derived from `DATABASE_URL`. */
export type DatabaseConfig =
  | { readonly client: 'sqlite'; readonly filename: string }
  | { readonly client: 'pg'; readonly connectionString: string };

/** Settings of one server process. */
export interface Config {
  /** Interface to listen on; unset: 127.0.0.1 while demo users exist in the database, else 0.0.0.0. */
  readonly host: string | undefined;
  readonly port: number;
  readonly database: DatabaseConfig;
  /** This server process in a cluster (CROSSDESK_NODE_ID; default host name, process id and a random suffix). */
  readonly nodeId: string;
  readonly adminToken: string | undefined;
  /** NODE_ENV=production: demo users refuse the start, GraphiQL and introspection default to off. */
  readonly production: boolean;
  /** Seed demo users, processes and data (CROSSDESK_DEMO; default on, off under NODE_ENV=production). */
  readonly demo: boolean;
  /** CROSSDESK_DEMO=true was given: demo users are accepted even under NODE_ENV=production. */
  readonly demoExplicit: boolean;
  /** GraphiQL on GET /graphql and schema introspection (CROSSDESK_GRAPHIQL; default on, off under production). */
  readonly graphiql: boolean;
  readonly smtpPort: number | undefined;
  /** Addresses the inbound SMTP listener accepts mail for (lower case); mail to others is refused with 550. */
  readonly intakeAddresses: readonly string[];
  /** Largest inbound mail accepted, in bytes; larger mail is refused with 552. */
  readonly smtpMaxBytes: number;
  /** Web-form submissions allowed per client address per minute. */
  readonly formRateLimit: number;
  /** Live chat (CROSSDESK_CHAT_*): public starts per address, embedding sites, message limits, idle timeout. */
  readonly chat: {
    readonly startsPerMinute: number;
    readonly origins: readonly string[];
    readonly maxMessageChars: number;
    readonly messagesPerMinute: number;
    readonly maxMessages: number;
    readonly idleTimeoutSeconds: number;
  };
  /** Outbound mail server for the built-in `email` handler (`smtp://user:pass@host:port`); unset: email jobs fail into incidents. */
  readonly smtpOutUrl: string | undefined;
  readonly mailFrom: string;
  readonly allowScripts: boolean;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Largest BPMN upload accepted, in bytes. */
  readonly maxBpmnBytes: number;
  /** Engine threads the timer scheduler fires timers on (0: the main thread). See docs/benchmarks.md. */
  readonly engineThreads: number;
  /** Estimated bytes of live engines kept between commands on an instance (0: off); shared by the engine threads. */
  readonly engineCacheBytes: number;
  /** Shared secret of the CTI webhook (`POST /cti/events`, HMAC-SHA256); unset: the webhook is off. */
  readonly ctiSecret: string | undefined;
  /** Where `callback.dial` webhooks go (signed with ctiSecret); unset: dial requests become incidents. */
  readonly ctiDialUrl: string | undefined;
  /** Where `call.command` webhooks go (hang up, hold, transfer); default ctiDialUrl. */
  readonly ctiCommandUrl: string | undefined;
  /** The reasons an agent may give for AWAY (the desk's list). */
  readonly presenceReasons: readonly string[];
  /** Longest text a user-written regular expression runs on, in characters (rules, form fields, FEEL). */
  readonly patternMaxInput: number;
  /** Hosts and CIDR ranges the built-in `http` handler may reach although they are inside (loopback, private...). */
  readonly httpAllow: readonly string[];
  /** Largest response body the built-in `http` handler reads, in bytes. */
  readonly httpMaxBytes: number;
  /** Proxies whose X-Forwarded-For is believed, as normalized CIDR ranges (`10.0.0.0/8`, `::1/128`). */
  readonly trustedProxies: readonly string[];
  /** Token lifetime, idle timeout and sign-in throttling (engine SessionSettings). */
  readonly sessions: {
    readonly tokenTtlMs: number;
    readonly idleTimeoutMs: number;
    readonly freeFailures: number;
    readonly backoffMaxSeconds: number;
    readonly userFailuresPerHour: number;
    readonly addressFailuresPerHour: number;
    /** CROSSDESK_LOCAL_PASSWORDS=false: signIn with a password is refused for everyone, admins included. */
    readonly localPasswords: boolean;
    /** The identity provider's display name when single sign-on is configured; else null. */
    readonly ssoProviderName: string | null;
  };
  /** Single sign-on through an OpenID Connect provider (CROSSDESK_OIDC_*); unset without an issuer. */
  readonly oidc: OidcConfig | undefined;
  /** Bounds on GraphQL operations and requests (docs/api.md, "Limits"). */
  readonly queryLimits: QueryLimitsConfig;
  /** Largest request body accepted on POST /graphql, in bytes; larger ones get HTTP 413 unread. */
  readonly maxRequestBytes: number;
  /** Largest total JSON size of the process variables one command carries, in bytes (PAYLOAD_TOO_LARGE). */
  readonly maxVariablesBytes: number;
  /** Deepest nesting of a JSON value from a client (variables, attributes): deeper is BAD_USER_INPUT. */
  readonly maxJsonDepth: number;
  /** Seconds between samples of each queue's waiting count (the board's "over the day" chart). */
  readonly queueSampleSeconds: number;
  /**
   * The retention job (docs/retention.md): operational history and facts are kept `days`, rollups
   * `rollupDays` (0: for ever); `batchSize` rows go per transaction.
   */
  readonly retention: { readonly days: number; readonly rollupDays: number; readonly batchSize: number };
  /** Most rows one report returns (CROSSDESK_REPORT_MAX_ROWS; more is BAD_USER_INPUT: a larger interval). */
  readonly reportMaxRows: number;
  /** The change feed's reading, wake-ups and pruning (CROSSDESK_FEED_*; docs/cluster.md). */
  readonly feed: {
    readonly pollMs: number;
    readonly notifyMs: number;
    readonly batchSize: number;
    readonly retentionHours: number;
    readonly pruneMinutes: number;
    readonly nodeCheckpointHours: number;
  };
  /** Node heartbeats (CROSSDESK_NODE_HEARTBEAT_SECONDS, _STALE_SECONDS, _PRUNE_HOURS), in milliseconds. */
  readonly nodes: { readonly heartbeatMs: number; readonly staleAfterMs: number; readonly pruneAfterMs: number };
  /** Bearer token GET /metrics asks for (CROSSDESK_METRICS_TOKEN); unset: /metrics is open. */
  readonly metricsToken: string | undefined;
  /**
   * The router's lease on PostgreSQL (CROSSDESK_LEASE_MS, CROSSDESK_LEASE_RENEW_MS): a leader silent this
   * long loses it; the leader renews, and standbys try to take over, every `renewMs`.
   */
  readonly lease: { readonly leaseMs: number; readonly renewMs: number };
  /**
   * A standby keeps the router's index warm from the change feed (CROSSDESK_WARM_STANDBY, default true),
   * so a takeover checks it against the rows instead of rebuilding it (docs/cluster.md).
   */
  readonly warmStandby: boolean;
  /** Bounds of the simulator (CROSSDESK_SIMULATION_*; unset ones keep the engine's defaults). */
  readonly simulation: {
    readonly maxAgents?: number;
    readonly maxHours?: number;
    readonly maxContacts?: number;
    readonly maxRuns?: number;
  };
}

/** Single sign-on settings (engine SsoSettings). */
export interface OidcConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string | undefined;
  readonly redirectBase: string;
  readonly providerName: string;
  readonly scopes: string;
  readonly claimRules: readonly ClaimRule[];
  readonly loginTtlMs: number;
  readonly codeTtlMs: number;
  readonly timeoutMs: number;
  readonly httpAllow: readonly string[];
}

/** Limits on one GraphQL operation and on each user's requests (every one a setting, see the README). */
export interface QueryLimitsConfig {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxTokens: number;
  readonly maxDirectives: number;
  /** Estimated objects an operation may ask for (list sizes included), checked before it runs. */
  readonly maxCost: number;
  /** Objects an operation may resolve before it is aborted. */
  readonly maxResultObjects: number;
  /** Bytes an operation may produce before it is aborted. */
  readonly maxResultBytes: number;
  /** Milliseconds a query may run before it is aborted. */
  readonly timeoutMs: number;
  /** GraphQL requests per user (or per client address when anonymous) per minute. */
  readonly requestsPerMinute: number;
  /** Open subscriptions per user. */
  readonly maxSubscriptions: number;
}

/** An invalid setting; its message names the variable and what it accepts (one line, for start-up). */
export class ConfigError extends Error {}

type Env = Readonly<Record<string, string | undefined>>;

/** Turns a `DATABASE_URL` value into a database config (`postgres://`, `sqlite:PATH`, a path, `:memory:`). */
export function parseDatabaseUrl(url: string | undefined): DatabaseConfig {
  const value = url?.trim() || './data/crossdesk.sqlite';
  if (/^postgres(ql)?:\/\//.test(value)) return { client: 'pg', connectionString: value };
  return { client: 'sqlite', filename: value.replace(/^sqlite:(\/\/)?/, '') };
}

function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new ConfigError(`${name} must be true or false, got "${value}"`);
}

function parsePort(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`${name} must be a port number (0-65535), got "${value}"`);
  return port;
}

function parseCount(name: string, value: string | undefined, min = 1): number | undefined {
  if (value === undefined || value === '') return undefined;
  const count = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(count) || count < min)
    throw new ConfigError(
      `${name} must be ${min === 0 ? 'a whole number, 0 or more' : 'a positive whole number'}, got "${value}"`,
    );
  return count;
}

/** The allow-list entries, each checked now so that a typo stops the start with the setting's name. */
function parseHttpAllow(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  parseAllowList(entries, 'CROSSDESK_HTTP_ALLOW');
  return entries;
}

/** An address in its usual notation only: dotted quad or IPv6 (ipaddr.js alone also takes `10.1` or hex). */
export const isPlainAddress = (text: string): boolean =>
  ipaddr.IPv4.isValidFourPartDecimal(text) || ipaddr.IPv6.isValid(text);

/**
 * CROSSDESK_NODE_ID names this process among the nodes on one database (the change feed's origin,
 * the nodes list). A restart gets a new default id: a node's memory does not survive its process.
 */
export function parseNodeId(value: string | undefined): string {
  if (!value) return `${hostname()}-${process.pid}-${randomBytes(2).toString('hex')}`;
  if (!/^[A-Za-z0-9._:-]{1,64}$/.test(value))
    throw new ConfigError(`CROSSDESK_NODE_ID: "${value}" must be 1-64 letters, digits or . _ : -`);
  return value;
}

/** Parses CROSSDESK_TRUSTED_PROXIES: CIDR ranges or single addresses, separated by commas or spaces. */
export function parseTrustedProxies(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((entry) => {
      const [text, bits, ...rest] = entry.split('/');
      if (isPlainAddress(text) && rest.length === 0 && (bits === undefined || ipaddr.isValidCIDR(entry))) {
        const address = ipaddr.parse(text);
        return `${address.toString()}/${bits === undefined ? (address.kind() === 'ipv4' ? 32 : 128) : Number(bits)}`;
      }
      throw new ConfigError(
        `CROSSDESK_TRUSTED_PROXIES: "${entry}" is not an address or CIDR range (e.g. 10.0.0.0/8, 127.0.0.1, fd00::/8)`,
      );
    });
}

const MB = 1024 * 1024;

function queryLimits(env: Env): QueryLimitsConfig {
  const count = (name: string, fallback: number) => parseCount(name, env[name]) ?? fallback;
  return {
    maxDepth: count('CROSSDESK_MAX_QUERY_DEPTH', 12),
    maxAliases: count('CROSSDESK_MAX_QUERY_ALIASES', 30),
    maxTokens: count('CROSSDESK_MAX_QUERY_TOKENS', 3000),
    maxDirectives: count('CROSSDESK_MAX_QUERY_DIRECTIVES', 30),
    maxCost: count('CROSSDESK_MAX_QUERY_COST', 20_000),
    maxResultObjects: count('CROSSDESK_MAX_RESULT_OBJECTS', 50_000),
    maxResultBytes: count('CROSSDESK_MAX_RESULT_BYTES', 16 * MB),
    timeoutMs: count('CROSSDESK_QUERY_TIMEOUT_SECONDS', 15) * 1000,
    requestsPerMinute: count('CROSSDESK_REQUEST_RATE_LIMIT', 1200),
    maxSubscriptions: count('CROSSDESK_MAX_SUBSCRIPTIONS', 20),
  };
}

function parseBounded(name: string, value: string | undefined, min: number, max: number): number | undefined {
  const n = parseCount(name, value);
  if (n !== undefined && (n < min || n > max)) throw new ConfigError(`${name} must be ${min}-${max}, got "${value}"`);
  return n;
}

/** The sites that may embed the chat: exact origins (`https://shop.example.com`), comma-separated. */
function parseOrigins(name: string, value: string | undefined): string[] {
  const origins = (value ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let url: URL | null = null;
    try {
      url = new URL(origin);
    } catch {
      url = null;
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== origin)
      throw new ConfigError(`${name} takes origins like https://shop.example.com (no path), got "${origin}"`);
  }
  return origins;
}

function chatConfig(env: Env): Config['chat'] {
  const count = (name: string, fallback: number) => parseCount(name, env[name]) ?? fallback;
  return {
    startsPerMinute: count('CROSSDESK_CHAT_RATE_LIMIT', 5),
    origins: parseOrigins('CROSSDESK_CHAT_ORIGINS', env.CROSSDESK_CHAT_ORIGINS),
    maxMessageChars:
      parseBounded('CROSSDESK_CHAT_MAX_MESSAGE_CHARS', env.CROSSDESK_CHAT_MAX_MESSAGE_CHARS, 1, 100_000) ?? 2000,
    messagesPerMinute: count('CROSSDESK_CHAT_MESSAGES_PER_MINUTE', 30),
    maxMessages: parseBounded('CROSSDESK_CHAT_MAX_MESSAGES', env.CROSSDESK_CHAT_MAX_MESSAGES, 1, 10_000) ?? 500,
    idleTimeoutSeconds: parseBounded('CROSSDESK_CHAT_IDLE_SECONDS', env.CROSSDESK_CHAT_IDLE_SECONDS, 10, 86_400) ?? 120,
  };
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/** A URL setting: http(s) only, and plain http only on loopback (tests and a provider on the same machine). */
function parseHttpsUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} must be a URL, got "${value}"`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname)))
    throw new ConfigError(`${name} must be an https:// URL (http:// only on localhost), got "${value}"`);
  if (url.username || url.password || url.hash)
    throw new ConfigError(`${name} must not carry credentials or a #fragment`);
  return value.replace(/\/+$/, '');
}

/** CROSSDESK_OIDC_*: all of issuer, client id and redirect base, or none (single sign-on off). */
function parseOidc(env: Env, httpAllow: readonly string[]): OidcConfig | undefined {
  const issuer = env.CROSSDESK_OIDC_ISSUER?.trim();
  if (!issuer) return undefined;
  const clientId = env.CROSSDESK_OIDC_CLIENT_ID?.trim();
  const redirectBase = env.CROSSDESK_OIDC_REDIRECT_BASE?.trim();
  if (!clientId || !redirectBase)
    throw new ConfigError('CROSSDESK_OIDC_ISSUER needs CROSSDESK_OIDC_CLIENT_ID and CROSSDESK_OIDC_REDIRECT_BASE too');
  let claimRules: ClaimRule[];
  try {
    claimRules = parseClaimMap(env.CROSSDESK_OIDC_CLAIM_MAP);
  } catch (err) {
    throw new ConfigError((err as Error).message);
  }
  if (!claimRules.some((rule) => rule.target === 'role'))
    throw new ConfigError(
      'CROSSDESK_OIDC_CLAIM_MAP must give roles (e.g. "groups:cc-agents=>role:agent"): without one nobody could sign in',
    );
  const seconds = (name: string, fallback: number) => (parseCount(name, env[name]) ?? fallback) * 1000;
  return {
    issuer: parseHttpsUrl('CROSSDESK_OIDC_ISSUER', issuer),
    clientId,
    clientSecret: env.CROSSDESK_OIDC_CLIENT_SECRET || undefined,
    redirectBase: parseHttpsUrl('CROSSDESK_OIDC_REDIRECT_BASE', redirectBase),
    providerName: env.CROSSDESK_OIDC_PROVIDER_NAME?.trim().slice(0, 60) || 'your identity provider',
    scopes: env.CROSSDESK_OIDC_SCOPES?.trim() || 'openid profile email',
    claimRules,
    loginTtlMs: seconds('CROSSDESK_OIDC_LOGIN_SECONDS', 600),
    codeTtlMs: seconds('CROSSDESK_OIDC_CODE_SECONDS', 60),
    timeoutMs: seconds('CROSSDESK_OIDC_TIMEOUT_SECONDS', 10),
    httpAllow,
  };
}

function nodeSettings(env: Env): Config['nodes'] {
  const heartbeat = parseBounded('CROSSDESK_NODE_HEARTBEAT_SECONDS', env.CROSSDESK_NODE_HEARTBEAT_SECONDS, 1, 300) ?? 5;
  const stale = parseBounded('CROSSDESK_NODE_STALE_SECONDS', env.CROSSDESK_NODE_STALE_SECONDS, 2, 86_400) ?? 30;
  if (stale <= heartbeat)
    throw new ConfigError(
      `CROSSDESK_NODE_STALE_SECONDS (${stale}) must be more than CROSSDESK_NODE_HEARTBEAT_SECONDS (${heartbeat})`,
    );
  const prune = parseBounded('CROSSDESK_NODE_PRUNE_HOURS', env.CROSSDESK_NODE_PRUNE_HOURS, 1, 24 * 365) ?? 24;
  return { heartbeatMs: heartbeat * 1000, staleAfterMs: stale * 1000, pruneAfterMs: prune * 3600_000 };
}

/** The lease settings: renewals at least twice per lease, so one slow renewal does not lose it. */
function parseLease(env: NodeJS.ProcessEnv): Config['lease'] {
  const leaseMs = parseBounded('CROSSDESK_LEASE_MS', env.CROSSDESK_LEASE_MS, 500, 600_000) ?? 5000;
  const renewMs = parseBounded('CROSSDESK_LEASE_RENEW_MS', env.CROSSDESK_LEASE_RENEW_MS, 100, 300_000) ?? 1000;
  if (renewMs * 2 > leaseMs)
    throw new ConfigError(
      `CROSSDESK_LEASE_RENEW_MS (${renewMs}) must be at most half of CROSSDESK_LEASE_MS (${leaseMs})`,
    );
  return { leaseMs, renewMs };
}

/** A comma-separated list of 1-50 reasons of 1-100 characters each; default break, lunch, training, meeting, coaching. */
function parsePresenceReasons(value: string | undefined): readonly string[] {
  if (!value) return ['break', 'lunch', 'training', 'meeting', 'coaching'];
  const reasons = [
    ...new Set(
      value
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean),
    ),
  ];
  if (reasons.length === 0 || reasons.length > 50 || reasons.some((r) => r.length > 100))
    throw new ConfigError(
      `CROSSDESK_PRESENCE_REASONS must list 1-50 reasons of at most 100 characters, got "${value}"`,
    );
  return reasons;
}

/**
 * CROSSDESK_RETENTION_DAYS and CROSSDESK_ROLLUP_RETENTION_DAYS (0: keep for ever; rollups default to
 * the longer of 1100 days and the facts' retention, for ever when facts are) and CROSSDESK_RETENTION_BATCH.
 */
function retentionConfig(env: Env): Config['retention'] {
  const days = parseCount('CROSSDESK_RETENTION_DAYS', env.CROSSDESK_RETENTION_DAYS, 0) ?? 400;
  const rollupDays =
    parseCount('CROSSDESK_ROLLUP_RETENTION_DAYS', env.CROSSDESK_ROLLUP_RETENTION_DAYS, 0) ??
    (days === 0 ? 0 : Math.max(1100, days));
  // Rollups summarize the facts: dropping them before the facts would lose figures nobody can recompute.
  if (rollupDays > 0 && (days === 0 || rollupDays < days))
    throw new ConfigError(
      `CROSSDESK_ROLLUP_RETENTION_DAYS must be 0 or at least CROSSDESK_RETENTION_DAYS (${days}; 0 keeps facts for ever), got ${rollupDays}`,
    );
  return {
    days,
    rollupDays,
    batchSize: parseBounded('CROSSDESK_RETENTION_BATCH', env.CROSSDESK_RETENTION_BATCH, 1, 10_000) ?? 500,
  };
}

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
