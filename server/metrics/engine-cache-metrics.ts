import { Counter, Gauge, type Registry } from 'prom-client';
import { engineCacheFigures, type EngineContext, type EngineCacheFigures } from '../../engine/index.ts';

type Figure = (f: EngineCacheFigures) => number | undefined;

/**
 * The hot-engine cache's and the engine threads' figures (docs/benchmarks.md, "Cost per command: engine"),
 * read at scrape time from the counts the runtime keeps: nothing is counted on the command path.
 * A cache that does not exist (cache off, no engine threads) reads 0.
 */
export function engineCacheMetrics(engine: EngineContext, registers: Registry[]): void {
  // Both kinds read the figure afresh at each scrape; a counter's value is the runtime's running total.
  const metric = (Kind: typeof Counter | typeof Gauge) => (name: string, help: string, figure: Figure) =>
    new Kind({
      name,
      help,
      registers,
      collect(this: Counter | Gauge) {
        this.reset();
        const value = figure(engineCacheFigures(engine));
        if (value === undefined) return;
        if (this instanceof Gauge) this.set(value);
        else this.inc(value);
      },
    });
  const counter = metric(Counter);
  const gauge = metric(Gauge);
  counter(
    'crossdesk_engine_cache_hits_total',
    'Commands that ran on a kept live engine (no recover) on the main thread',
    (f) => f.hot?.hits,
  );
  counter(
    'crossdesk_engine_cache_misses_total',
    'Commands that recovered their engine from the stored state (cache on, main thread)',
    (f) => f.hot?.misses,
  );
  counter(
    'crossdesk_engine_cache_evictions_total',
    'Live engines dropped to stay within CROSSDESK_ENGINE_CACHE_BYTES (main thread)',
    (f) => f.hot?.evictions,
  );
  gauge('crossdesk_engine_cache_entries', 'Live engines kept on the main thread', (f) => f.hot?.entries);
  gauge('crossdesk_engine_cache_bytes', 'Estimated heap of the kept live engines (main thread)', (f) => f.hot?.bytes);
  gauge('crossdesk_engine_cache_max_bytes', 'The cache budget, CROSSDESK_ENGINE_CACHE_BYTES', (f) => f.hot?.maxBytes);
  counter('crossdesk_engine_thread_runs_total', 'Engine requests the engine threads answered', (f) => f.threads?.runs);
  counter(
    'crossdesk_engine_thread_hits_total',
    'Engine requests that ran on a live engine kept by their thread',
    (f) => f.threads?.hits,
  );
}
