/** The configuration's shape: what config.ts reads from the environment, typed for the composition root. */
import type { ClaimRule } from '../engine/people/sso/claim-map.ts';

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
