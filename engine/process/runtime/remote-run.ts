import type { PatternLimits } from '../../core/patterns/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { deserializeSourceContext } from '../definitions/index.ts';
import { resumeRun, type EngineRun, type RunOutcome } from './engine-run.ts';
import { makeHotEngines, type HotEngines } from './hot-engines.ts';
import type { WaitInfo } from './run-collector.ts';

/** Definition sources a thread keeps. */
const SOURCES_KEPT = 200;

/** The reason a thread gives when it no longer holds a definition's source. */
export const NO_SOURCE = 'no source';

/** What a command does to an engine, described so another thread can do it. */
export type RemoteAction =
  | { kind: 'fireTimer'; executionId: string }
  | { kind: 'completeExternal'; executionId: string; variables: Record<string, unknown> };

/** One engine run asked of an engine thread. */
export interface RemoteRequest {
  instanceId: string;
  definitionId: string;
  /** The stored source (JSON), sent the first time a thread needs this definition. */
  source?: string;
  engineState: unknown;
  /** The stored row's version: a live engine kept from the command that wrote it may serve. */
  version: number;
  action: RemoteAction;
  /** The main thread's clock at the request: due times and history use it, as a local run would. */
  now: number;
  allowScripts: boolean;
  /** The main thread's limits of user patterns (FEEL `matches()` and kin). */
  patterns?: PatternLimits;
}

/** A wait as a thread reports it: data only, no engine handles. */
export type PlainWait = Omit<WaitInfo, 'api' | 'complete'> & { api: null };

/** What a thread reports: the settled run, or that the main thread should run this command itself. */
export type RemoteResult =
  | {
      ok: true;
      acted: boolean;
      outcome: Omit<RunOutcome, 'waits'> & { waits: PlainWait[] };
      /** The thread's live engine served (no recover). */
      hit: boolean;
    }
  | { ok: false; reason: string };

// The external-work extension puts the service function on a behaviour; functions do not cross threads.
const plainBehaviour = (b: Record<string, any>) =>
  Object.fromEntries(Object.entries(b).filter(([, v]) => typeof v !== 'function'));

function act(run: Awaited<ReturnType<typeof resumeRun>>, action: RemoteAction): boolean | null {
  if (action.kind === 'fireTimer') return run.fireTimer(action.executionId);
  const wait = run.collector.waits.get(action.executionId);
  if (!wait?.complete) return null;
  run.rootEnvironment()?.assignVariables(action.variables);
  wait.complete(null, action.variables);
  return true;
}

/** What a thread keeps between requests. */
export interface ThreadState {
  /** Definition sources after first use. */
  sources: Map<string, unknown>;
  /** Live engines of committed versions. */
  hot: HotEngines;
  /** Engines of runs the main thread has not yet said committed, by instance. */
  pending: Map<string, { token: number; version: number; definitionId: string; run: EngineRun }>;
}

export function makeThreadState(cacheBytes: number): ThreadState {
  return { sources: new Map(), hot: makeHotEngines(cacheBytes), pending: new Map() };
}

/**
 * The main thread's word on request `token`: its outcome committed (its engine may serve the next
 * version) or not. Messages from the main thread arrive in order, so a request sent after the word
 * finds the engine; one sent before it finds none and recovers from the row.
 */
export function settleRemote(state: ThreadState, instanceId: string, token: number, committed: boolean): void {
  const held = state.pending.get(instanceId);
  if (held?.token !== token) return;
  state.pending.delete(instanceId);
  if (committed) state.hot.put(instanceId, held.version, held.definitionId, held.run);
}

/**
 * Runs one request in this thread: recover (or take the live engine of the stored version), act, settle. Anything unusual (a failing run, a wait the
 * action does not find, a multi-instance wait whose task needs the live engine) is reported as not
 * done, and the main thread runs the command itself, so errors and edge cases behave exactly as there.
 */
export async function runRemote(state: ThreadState, request: RemoteRequest, token: number): Promise<RemoteResult> {
  const { sources } = state;
  if (request.source !== undefined) {
    sources.set(request.definitionId, deserializeSourceContext(request.source));
    // Bounded like the main thread's cache; the pool sends a forgotten source again (see 'no source').
    if (sources.size > SOURCES_KEPT) sources.delete(sources.keys().next().value as string);
  }
  const source = sources.get(request.definitionId);
  if (!source) return { ok: false, reason: NO_SOURCE };
  const ctx = {
    clock: { now: () => request.now },
    options: { allowScripts: request.allowScripts, patterns: request.patterns },
  } as EngineContext;
  try {
    // A request on an instance whose last run is still unconfirmed comes from a command that did not
    // see that run's write: its engine cannot be trusted for anything now.
    state.pending.delete(request.instanceId);
    const firing = request.action.kind === 'fireTimer' ? request.action.executionId : undefined;
    const kept = state.hot
      .take(request.instanceId, request.version, request.definitionId, request.now, firing)
      ?.reuse(ctx);
    const run = kept ?? (await resumeRun(ctx, request.instanceId, source, request.engineState));
    const acted = act(run, request.action);
    if (acted === null) return { ok: false, reason: 'nothing to act on' };
    const outcome = await run.settle();
    if (outcome.waits.some((w) => w.loopIndex !== null)) return { ok: false, reason: 'multi-instance wait' };
    if (!outcome.completed && state.hot.stats().maxBytes > 0)
      state.pending.set(request.instanceId, {
        token,
        version: request.version + 1,
        definitionId: request.definitionId,
        run,
      });
    return {
      ok: true,
      acted,
      hit: kept !== undefined,
      outcome: {
        ...outcome,
        waits: outcome.waits.map((w) => ({
          ...w,
          behaviour: plainBehaviour(w.behaviour),
          api: null,
          complete: undefined,
        })),
      },
    };
  } catch (err) {
    state.pending.delete(request.instanceId);
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}
