import type { EngineContext } from '../../core/context/index.ts';
import { enginePoolOf } from './engine-pool.ts';
import { hotEnginesOf, type HotEngineStats } from './hot-engines.ts';

/** What the live-engine caches of this process did so far (server/metrics exports them). */
export interface EngineCacheFigures {
  /** The main thread's hot-engine cache; absent when the context has none. */
  hot?: HotEngineStats;
  /** Engine threads: requests answered, and those that ran on a live engine of their thread. */
  threads?: { hits: number; runs: number };
}

export function engineCacheFigures(ctx: Pick<EngineContext, 'hotEngines' | 'engines'>): EngineCacheFigures {
  return { hot: hotEnginesOf(ctx)?.stats(), threads: enginePoolOf(ctx)?.stats() };
}
