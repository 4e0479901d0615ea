/**
 * The one reader of `process.env`. Every setting is parsed and defaulted here, once, and handed to
 * the composition root as a plain typed object; nothing else in the code base looks at the environment.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { parseAllowList } from './engine/core/outbound/address-policy.ts';
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
  /** Outbound mail server for the built-in `email` handler (`smtp://user:pass@host:port`); unset: email jobs fail into incidents. */
  readonly smtpOutUrl: string | undefined;
  readonly mailFrom: string;
  readonly allowScripts: boolean;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Largest BPMN upload accepted, in bytes. */
  readonly maxBpmnBytes: number;
  /** Engine threads the timer scheduler fires timers on (0: the main thread). See docs/benchmarks.md. */
  readonly engineThreads: number;
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
  };
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
  /** Bounds of the simulator (CROSSDESK_SIMULATION_*; unset ones keep the engine's defaults). */
  readonly simulation: {
    readonly maxAgents?: number;
    readonly maxHours?: number;
    readonly maxContacts?: number;
    readonly maxRuns?: number;
  };
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

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

/** Reads the configuration from an environment (the process's own unless given). */
export function loadConfig(env: Env = process.env): Config {
  const logLevel = (env.LOG_LEVEL ?? 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel))
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  const production = env.NODE_ENV === 'production';
  const demo = parseBoolean('CROSSDESK_DEMO', env.CROSSDESK_DEMO, !production);
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
    smtpOutUrl: env.CROSSDESK_SMTP_OUT || undefined,
    mailFrom: env.CROSSDESK_MAIL_FROM || 'crossdesk@localhost',
    allowScripts: parseBoolean('CROSSDESK_ALLOW_SCRIPTS', env.CROSSDESK_ALLOW_SCRIPTS, false),
    logLevel,
    maxBpmnBytes: 5 * 1024 * 1024,
    ctiSecret: env.CROSSDESK_CTI_SECRET || undefined,
    engineThreads: parseCount('CROSSDESK_ENGINE_THREADS', env.CROSSDESK_ENGINE_THREADS, 0) ?? 0,
    ctiDialUrl: env.CROSSDESK_CTI_DIAL_URL || undefined,
    ctiCommandUrl: env.CROSSDESK_CTI_COMMAND_URL || env.CROSSDESK_CTI_DIAL_URL || undefined,
    presenceReasons: parsePresenceReasons(env.CROSSDESK_PRESENCE_REASONS),
    queryLimits: queryLimits(env),
    maxRequestBytes: parseCount('CROSSDESK_MAX_REQUEST_BYTES', env.CROSSDESK_MAX_REQUEST_BYTES) ?? 16 * MB,
    maxVariablesBytes: parseCount('CROSSDESK_MAX_VARIABLES_BYTES', env.CROSSDESK_MAX_VARIABLES_BYTES) ?? MB,
    maxJsonDepth: parseCount('CROSSDESK_MAX_JSON_DEPTH', env.CROSSDESK_MAX_JSON_DEPTH) ?? 64,
    patternMaxInput: parseCount('CROSSDESK_REGEX_MAX_INPUT', env.CROSSDESK_REGEX_MAX_INPUT) ?? 20_000,
    httpAllow: parseHttpAllow(env.CROSSDESK_HTTP_ALLOW),
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
    },
    queueSampleSeconds: parseBounded('CROSSDESK_SAMPLE_SECONDS', env.CROSSDESK_SAMPLE_SECONDS, 5, 3600) ?? 60,
    simulation: {
      maxAgents: parseCount('CROSSDESK_SIMULATION_MAX_AGENTS', env.CROSSDESK_SIMULATION_MAX_AGENTS),
      maxHours: parseBounded('CROSSDESK_SIMULATION_MAX_HOURS', env.CROSSDESK_SIMULATION_MAX_HOURS, 1, 24 * 31),
      maxContacts: parseCount('CROSSDESK_SIMULATION_MAX_CONTACTS', env.CROSSDESK_SIMULATION_MAX_CONTACTS),
      maxRuns: parseCount('CROSSDESK_SIMULATION_MAX_RUNS', env.CROSSDESK_SIMULATION_MAX_RUNS),
    },
  };
}
