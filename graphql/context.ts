import type { Actor, EngineContext } from '../engine/index.ts';
import type { Loaders } from './loaders.ts';

/** What every resolver gets: the engine, the caller (null before sign-in) and per-request loaders. */
export interface GraphQLContext {
  engine: EngineContext;
  actor: Actor | null;
  loaders: Loaders;
}
