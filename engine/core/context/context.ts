import type { ChatSettings } from './chat-settings.ts';
import type { Knex } from 'knex';
import type { Clock } from '../clock/index.ts';
import type { Logger } from '../logger/index.ts';
import type { EngineEvents } from '../events/index.ts';
import type { Db } from '../../../models/index.ts';
import type { PatternLimits } from '../patterns/index.ts';
import type { SessionSettings } from './session-settings.ts';
import type { NodeSettings } from './node-settings.ts';
import type { TaskHooks } from './task-hooks.ts';

/** Engine options that come from configuration. */
export interface EngineOptions {
  readonly allowScripts: boolean;
  readonly maxBpmnBytes: number;
  /** How often a command that lost a race on an instance is retried before CONFLICT. */
  readonly commandRetries: number;
  /** Largest total JSON size of the variables one command carries (PAYLOAD_TOO_LARGE above). */
  readonly maxVariablesBytes: number;
  /** Deepest nesting of those variables (BAD_USER_INPUT above). */
  readonly maxJsonDepth: number;
  /** Limits of user-written regular expressions (rules, form fields, FEEL). */
  readonly patterns: PatternLimits;
  /** Token lifetime, idle timeout and sign-in throttling. */
  readonly sessions: SessionSettings;
  /** Message size, rate and idle limits of live chat. */
  readonly chat: ChatSettings;
  /** Node heartbeats: how often, when a node shows as stale, when it is pruned. */
  readonly nodes: NodeSettings;
  /** Why an agent may be AWAY (CROSSDESK_PRESENCE_REASONS): the desk offers these, setPresence accepts only these. */
  readonly presenceReasons: readonly string[];
  /** Most rows one report returns (CROSSDESK_REPORT_MAX_ROWS); more is BAD_USER_INPUT. */
  readonly reportMaxRows: number;
  /** Estimated bytes of live engines kept between commands on an instance (CROSSDESK_ENGINE_CACHE_BYTES; 0: off). */
  readonly engineCacheBytes: number;
}

/** The presence reasons when none are configured. */
export const DEFAULT_PRESENCE_REASONS: readonly string[] = ['break', 'lunch', 'training', 'meeting', 'coaching'];

/**
 * Everything engine functions need, built once by the composition root and passed first to every
 * function (`claimTask(ctx, ...)`). No globals: two contexts in one process do not share state.
 */
export interface EngineContext {
  readonly db: Knex;
  /** This process among the nodes on one database (config `nodeId`); stamps what it writes for others. */
  readonly nodeId: string;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly options: EngineOptions;
  readonly sources: SourceCache;
  readonly events: EngineEvents;
  /**
   * Set on the router's context only when several nodes may route (engine/core/leadership): run first
   * inside every transaction of a router write, it throws when this node no longer leads in its term.
   */
  readonly fence?: (trx: Knex.Transaction) => Promise<void>;
  /** Hooks run inside the transaction that cancels tasks (routing rescinds their offers there). */
  readonly taskHooks: TaskHooks;
  /** Outbound mail for replies to customers; absent when no mail server is configured. */
  readonly mail?: OutboundMail;
  /**
   * Engine threads (see process/runtime/engine-pool.ts), when the composition root made some: commands
   * that can run their engine there (timer firings, external completions) do, spreading over cores.
   */
  readonly engines?: EngineThreads;
  /** Live engines of recently commanded instances (process/runtime/hot-engines.ts types them). */
  readonly hotEngines?: EngineCache;
}

/** The hot-engine cache as the context holds it: its figures; the runtime alone reads its engines. */
export interface EngineCache {
  stats(): { hits: number; misses: number; evictions: number; entries: number; bytes: number; maxBytes: number };
}

/**
 * Deserialized engine sources by definition id (process/runtime/source-cache.ts makes one): parsed
 * once, kept after first use.
 */
export interface SourceCache {
  get(db: Db, definitionId: string): Promise<unknown>;
  /** Seeds the cache (deployment already holds the context). */
  put(definitionId: string, sourceContext: unknown): void;
  readonly size: number;
}

/**
 * Engine threads as the context holds them: what the composition root needs to wait for and close
 * them. Their requests are the runtime's business (process/runtime/engine-pool.ts, `EnginePool`).
 */
export interface EngineThreads {
  readonly size: number;
  /** Resolves when every thread has loaded the engine. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

/** Sends one mail; the built-in `email` handler needs one (nodemailer's sendMail fits). */
export type SendMail = (mail: {
  from: string;
  to: string;
  subject: string;
  text?: string;
  html?: string;
  messageId: string;
  headers?: Record<string, string>;
  /** Always true: content comes as text, never as a file path or URL for the mailer to read. */
  disableFileAccess?: boolean;
  disableUrlAccess?: boolean;
}) => Promise<unknown>;

/** How the engine sends mail of its own (replies to interactions). */
export interface OutboundMail {
  readonly send: SendMail;
  /** The sender address; its domain also names our Message-IDs. */
  readonly from: string;
}
