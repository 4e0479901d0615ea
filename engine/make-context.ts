import type { Knex } from 'knex';
import type { Clock } from './clock/index.ts';
import type { EngineContext, EngineOptions, OutboundMail } from './context.ts';
import { makeEngineEvents } from './events/index.ts';
import type { Logger } from './logger/index.ts';
import { makeEnginePool, makeSourceCache } from './runtime/index.ts';
import { DEFAULT_PATTERN_LIMITS } from './patterns/index.ts';
import { DEFAULT_SESSION_SETTINGS } from './users/session-settings.ts';

/**
 * Builds the engine context from its parts; the composition root calls this once. `engineThreads`
 * above 0 starts that many engine threads for the context's commands (timer firings, external task
 * completions); whoever built the context closes them with `ctx.engines.close()`.
 */
export function makeEngineContext(parts: {
  db: Knex;
  clock: Clock;
  logger: Logger;
  options?: Partial<EngineOptions>;
  mail?: OutboundMail;
  engineThreads?: number;
}): EngineContext {
  const { db, clock, logger } = parts;
  const ctx: EngineContext = {
    db,
    clock,
    logger,
    options: {
      allowScripts: false,
      maxBpmnBytes: 5 * 1024 * 1024,
      commandRetries: 5,
      patterns: DEFAULT_PATTERN_LIMITS,
      sessions: DEFAULT_SESSION_SETTINGS,
      ...parts.options,
    },
    sources: makeSourceCache(),
    mail: parts.mail,
    events: makeEngineEvents((err) => logger.error('event listener failed', { err: String(err) })),
  };
  return parts.engineThreads ? { ...ctx, engines: makeEnginePool(ctx, parts.engineThreads) } : ctx;
}
