import type { Knex } from 'knex';
import type { Clock } from './clock/index.ts';
import type { Logger } from './logger/index.ts';
import type { EngineEvents } from './events/index.ts';
import type { SourceCache } from './runtime/source-cache.ts';
import type { SendMail } from './services/handlers.ts';
import type { EnginePool } from './runtime/engine-pool.ts';
import type { PatternLimits } from './patterns/index.ts';
import type { SessionSettings } from './users/session-settings.ts';

/** Engine options that come from configuration. */
export interface EngineOptions {
  readonly allowScripts: boolean;
  readonly maxBpmnBytes: number;
  /** How often a command that lost a race on an instance is retried before CONFLICT. */
  readonly commandRetries: number;
  /** Limits of user-written regular expressions (rules, form fields, FEEL). */
  readonly patterns: PatternLimits;
  /** Token lifetime, idle timeout and sign-in throttling. */
  readonly sessions: SessionSettings;
}

/**
 * Everything engine functions need, built once by the composition root and passed first to every
 * function (`claimTask(ctx, ...)`). No globals: two contexts in one process do not share state.
 */
export interface EngineContext {
  readonly db: Knex;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly options: EngineOptions;
  readonly sources: SourceCache;
  readonly events: EngineEvents;
  /** Outbound mail for replies to customers; absent when no mail server is configured. */
  readonly mail?: OutboundMail;
  /**
   * Engine threads (see runtime/engine-pool.ts), when the composition root made some: commands that
   * can run their engine there (timer firings, external completions) do, spreading over cores.
   */
  readonly engines?: EnginePool;
}

/** How the engine sends mail of its own (replies to interactions). */
export interface OutboundMail {
  readonly send: SendMail;
  /** The sender address; its domain also names our Message-IDs. */
  readonly from: string;
}
