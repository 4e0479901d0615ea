import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Clock } from './core/clock/index.ts';
import {
  type EngineContext,
  type EngineOptions,
  type OutboundMail,
  DEFAULT_NODE_SETTINGS,
  DEFAULT_SESSION_SETTINGS,
  DEFAULT_CHAT_SETTINGS,
  DEFAULT_PRESENCE_REASONS,
  makeTaskHooks,
} from './core/context/index.ts';
import { makeEngineEvents } from './core/events/index.ts';
import { DEFAULT_VARIABLE_LIMITS } from './process/instances/index.ts';
import type { Logger } from './core/logger/index.ts';
import { rescindOffersOnCancel } from './desk/routing/index.ts';
import { makeEnginePool, makeHotEngines, makeSourceCache } from './process/runtime/index.ts';
import { DEFAULT_PATTERN_LIMITS } from './core/patterns/index.ts';
import { TaskKind } from '../models/index.ts';
import { callbackHooks } from './desk/callbacks/index.ts';
import { consultationHooks } from './desk/consultations/index.ts';
import { chatHooks } from './desk/chat/index.ts';

/**
 * Live engines kept between commands (hot-engines.ts): ~60 engines of a 3-task model, ~10 of a 40-task
 * one. Commands close together on an instance need few; a larger budget kept so much heap alive that
 * the whole process ran 8-15% slower under GC (docs/benchmarks.md, "Fewer pages per offer").
 */
const DEFAULT_ENGINE_CACHE_BYTES = 16 * 1024 * 1024;

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
  /** Default: a fresh random id (tests, scripts); the server passes its configured one. */
  nodeId?: string;
}): EngineContext {
  const { db, clock, logger } = parts;
  // The budget is shared by the main thread and each engine thread, each keeping the engines it ran.
  const cacheBytes = Math.floor(
    (parts.options?.engineCacheBytes ?? DEFAULT_ENGINE_CACHE_BYTES) / (1 + (parts.engineThreads ?? 0)),
  );
  const ctx: EngineContext = {
    db,
    nodeId: parts.nodeId ?? `node-${randomUUID().slice(0, 8)}`,
    clock,
    logger,
    options: {
      allowScripts: false,
      maxBpmnBytes: 5 * 1024 * 1024,
      commandRetries: 5,
      ...DEFAULT_VARIABLE_LIMITS,
      patterns: DEFAULT_PATTERN_LIMITS,
      sessions: DEFAULT_SESSION_SETTINGS,
      chat: DEFAULT_CHAT_SETTINGS,
      nodes: DEFAULT_NODE_SETTINGS,
      presenceReasons: DEFAULT_PRESENCE_REASONS,
      reportMaxRows: 5000,
      engineCacheBytes: DEFAULT_ENGINE_CACHE_BYTES,
      ...parts.options,
    },
    sources: makeSourceCache(),
    hotEngines: cacheBytes > 0 ? makeHotEngines(cacheBytes) : undefined,
    mail: parts.mail,
    events: makeEngineEvents((err) => logger.error('event listener failed', { err: String(err) })),
    taskHooks: makeTaskHooks(),
  };
  // A task its process cancels takes its pending offer with it, in the same transaction.
  rescindOffersOnCancel(ctx);
  // Kind behaviour the generic task commands trigger: a callback dials when taken, a consultation
  // answers its parent when completed.
  ctx.taskHooks.forKind(TaskKind.CALLBACK, callbackHooks);
  ctx.taskHooks.forKind(TaskKind.CONSULT, consultationHooks(ctx));
  ctx.taskHooks.forKind(TaskKind.CHAT, chatHooks(ctx));
  return parts.engineThreads ? { ...ctx, engines: makeEnginePool(ctx, parts.engineThreads, cacheBytes) } : ctx;
}
