/**
 * The one reader of `process.env`. Every setting is parsed and defaulted here, once, and handed to
 * the composition root as a plain typed object; nothing else in the code base looks at the environment.
 */

/** Which database the server runs on, derived from `DATABASE_URL`. */
export type DatabaseConfig =
  | { readonly client: 'sqlite'; readonly filename: string }
  | { readonly client: 'pg'; readonly connectionString: string };

/** Settings of one server process. */
export interface Config {
  readonly host: string;
  readonly port: number;
  readonly database: DatabaseConfig;
  readonly adminToken: string | undefined;
  readonly demo: boolean;
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
  /** Longest text a user-written regular expression runs on, in characters (rules, form fields, FEEL). */
  readonly patternMaxInput: number;
  /** Bounds on GraphQL operations and requests (docs/api.md, "Limits"). */
  readonly queryLimits: QueryLimitsConfig;
  /** Largest request body accepted on POST /graphql, in bytes; larger ones get HTTP 413 unread. */
  readonly maxRequestBytes: number;
  /** Largest total JSON size of the process variables one command carries, in bytes (PAYLOAD_TOO_LARGE). */
  readonly maxVariablesBytes: number;
  /** Deepest nesting of a JSON value from a client (variables, attributes): deeper is BAD_USER_INPUT. */
  readonly maxJsonDepth: number;
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

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

/** Reads the configuration from an environment (the process's own unless given). */
export function loadConfig(env: Env = process.env): Config {
  const logLevel = (env.LOG_LEVEL ?? 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel))
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  return {
    host: env.HOST || '0.0.0.0',
    port: parsePort('PORT', env.PORT) ?? 3000,
    database: parseDatabaseUrl(env.DATABASE_URL),
    adminToken: env.CROSSDESK_ADMIN_TOKEN || undefined,
    demo: parseBoolean('CROSSDESK_DEMO', env.CROSSDESK_DEMO, true),
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
    queryLimits: queryLimits(env),
    maxRequestBytes: parseCount('CROSSDESK_MAX_REQUEST_BYTES', env.CROSSDESK_MAX_REQUEST_BYTES) ?? 16 * MB,
    maxVariablesBytes: parseCount('CROSSDESK_MAX_VARIABLES_BYTES', env.CROSSDESK_MAX_VARIABLES_BYTES) ?? MB,
    maxJsonDepth: parseCount('CROSSDESK_MAX_JSON_DEPTH', env.CROSSDESK_MAX_JSON_DEPTH) ?? 64,
    patternMaxInput: parseCount('CROSSDESK_REGEX_MAX_INPUT', env.CROSSDESK_REGEX_MAX_INPUT) ?? 20_000,
  };
}
