import type { EngineContext } from '../../core/context/index.ts';
import type { EngineRun } from './engine-run.ts';

/**
 * Live engines of recently commanded instances, so the next command on the same instance skips
 * recover + resume. An engine is only ever reused for the exact stored version it produced: it is
 * taken out while a command uses it and put back only after that command committed, so an error, a
 * lost race or a rollback simply never puts it back, and the next command recovers from the row.
 */
export interface HotEngines {
  /**
   * The live engine of `instanceId` if it is exactly the stored `version` of `definitionId`; removed
   * while in use. Not when one of its timers is due, unless it is the one the command fires (`firing`):
   * a recover fires overdue timers by itself, a live engine would not.
   */
  take(instanceId: string, version: number, definitionId: string, now: number, firing?: string): EngineRun | undefined;
  /** Keeps a run whose outcome was committed as `version`. */
  put(instanceId: string, version: number, definitionId: string, run: EngineRun): void;
  /** Forgets an instance's engine (it changed outside the engine). */
  evict(instanceId: string): void;
  stats(): HotEngineStats;
}

export interface HotEngineStats {
  hits: number;
  misses: number;
  /** Engines dropped to stay within the byte budget. */
  evictions: number;
  entries: number;
  /** Estimated bytes the kept engines hold. */
  bytes: number;
  maxBytes: number;
}

interface Entry {
  version: number;
  definitionId: string;
  run: EngineRun;
  bytes: number;
  /** The timers armed in the engine. */
  timers: { executionId: string; dueAt: number }[];
}

// Heap of settled live engines measured with --expose-gc (docs/benchmarks.md, "Cost per command: cold path
// patches"): with the patched smqp ~283 KB for a 3-task chain (9 elements and flows), ~1.55 MB for a
// 40-task one (83); a fixed part plus a part per element and flow.
const BASE_BYTES = 130_000;
const ELEMENT_BYTES = 17_000;

/** Estimated heap of a live engine: its definition's element and flow count, counted once per definition. */
function estimator() {
  const byDefinition = new Map<string, number>();
  return (definitionId: string, run: EngineRun): number => {
    let bytes = byDefinition.get(definitionId);
    if (bytes === undefined) {
      bytes = BASE_BYTES + ELEMENT_BYTES * run.elementCount();
      if (byDefinition.size > 1000) byDefinition.clear();
      byDefinition.set(definitionId, bytes);
    }
    return bytes;
  };
}

/** Makes a cache holding live engines up to an estimated `maxBytes` (0: off), least recently used out first. */
export function makeHotEngines(maxBytes: number): HotEngines {
  const entries = new Map<string, Entry>();
  const estimate = estimator();
  const counts = { hits: 0, misses: 0, evictions: 0 };
  let bytes = 0;
  const drop = (instanceId: string) => {
    const entry = entries.get(instanceId);
    if (!entry) return undefined;
    entries.delete(instanceId);
    bytes -= entry.bytes;
    return entry;
  };
  return {
    take(instanceId, version, definitionId, now, firing) {
      const entry = drop(instanceId);
      const fits =
        entry &&
        entry.version === version &&
        entry.definitionId === definitionId &&
        entry.timers.every((t) => t.dueAt > now || t.executionId === firing);
      if (fits) counts.hits++;
      else if (maxBytes > 0) counts.misses++;
      return fits ? entry.run : undefined;
    },
    put(instanceId, version, definitionId, run) {
      drop(instanceId);
      const size = estimate(definitionId, run);
      if (size > maxBytes) return;
      const timers = run.armedTimers().map((t) => ({ executionId: t.executionId, dueAt: t.dueAt }));
      entries.set(instanceId, { version, definitionId, run, bytes: size, timers });
      bytes += size;
      while (bytes > maxBytes) {
        drop(entries.keys().next().value as string);
        counts.evictions++;
      }
    },
    evict: (instanceId) => void drop(instanceId),
    stats: () => ({ ...counts, entries: entries.size, bytes, maxBytes }),
  };
}

/** The context's hot engines with their entries typed (the context declares them in core, which knows no runs). */
export const hotEnginesOf = (ctx: Pick<EngineContext, 'hotEngines'>): HotEngines | undefined =>
  ctx.hotEngines as HotEngines | undefined;
