import type { Actor, CrossdeskError, EngineContext } from '../engine/index.ts';
import type { Loaders } from './loaders.ts';

/**
 * The caller of a request. Authentication failures are kept rather than thrown so that an operation
 * needing no caller (signIn) still works with a stale token; every other field raises `error`.
 */
export type Caller = { actor: Actor; error: null } | { actor: null; error: CrossdeskError | null };

/** What every resolver gets: the engine, the caller, per-request loaders, and the server's shutdown. */
export interface GraphQLContext {
  engine: EngineContext;
  caller: Caller;
  loaders: Loaders;
  /** Aborted when the server shuts down: open subscriptions end so their connections can close. */
  shutdown: AbortSignal;
}
