import type { Knex } from 'knex';
import type { Clock } from '../clock/index.ts';
import type { Logger } from '../logger/index.ts';
import type { EngineEvents } from '../events/index.ts';
import type { SourceCache } from '../../process/runtime/source-cache.ts';
import type { SendMail } from '../../process/services/handlers.ts';
import type { EnginePool } from '../../process/runtime/engine-pool.ts';
import type { PatternLimits } from '../patterns/index.ts';
import type { SessionSettings } from './session-settings.ts';
import type { TaskHooks } from '../../process/tasks/cancel-hooks.ts';

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
  /** Hooks run inside the transaction that cancels tasks (routing rescinds their offers there). */
  readonly taskHooks: TaskHooks;
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
