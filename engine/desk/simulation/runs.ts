import type { EngineContext } from '../../core/context/index.ts';
import { requireRole, Role, type Actor } from '../../core/access/index.ts';
import { NotFoundError, RateLimitedError } from '../../core/errors/index.ts';
import { newId } from '../../core/ids/index.ts';
import { checkScenario } from './check-scenario.ts';
import { DEFAULT_SIMULATION_LIMITS, type SimulationLimits } from './limits.ts';
import { simulate, SimulationCancelled } from './simulate.ts';
import type { SimulationResult } from './summary.ts';

export const RunState = { RUNNING: 'RUNNING', DONE: 'DONE', FAILED: 'FAILED', CANCELLED: 'CANCELLED' } as const;
export type RunState = (typeof RunState)[keyof typeof RunState];

/** One simulation asked for: RUNNING (or waiting for its turn, progress 0) until DONE, FAILED or CANCELLED. */
export interface SimulationRun {
  id: string;
  state: RunState;
  /** Share of the day simulated, 0..1. */
  progress: number;
  result: SimulationResult | null;
  error: string | null;
  requestedBy: string;
  createdAt: number;
  finishedAt: number | null;
}

/** Who may simulate: supervisors (admin holds every role). */
export const SIMULATION_ROLES: readonly Role[] = [Role.SUPERVISOR];

interface Entry {
  run: SimulationRun;
  abort: AbortController;
  started: boolean;
}

interface Registry {
  limits: SimulationLimits;
  runs: Map<string, Entry>;
  /** Runs go one at a time on a node: a simulation takes a core while it runs. */
  chain: Promise<void>;
}

// Kept per engine context (a node), not in the database: a run is a computation, lost on restart.
const registries = new WeakMap<EngineContext, Registry>();

function registryOf(ctx: EngineContext): Registry {
  let r = registries.get(ctx);
  if (!r) registries.set(ctx, (r = { limits: DEFAULT_SIMULATION_LIMITS, runs: new Map(), chain: Promise.resolve() }));
  return r;
}

/** Sets this node's simulation limits (the composition root, from CROSSDESK_SIMULATION_* settings). */
export function configureSimulations(ctx: EngineContext, limits: Partial<SimulationLimits>): void {
  const r = registryOf(ctx);
  const given = Object.entries(limits).filter(([, v]) => v !== undefined);
  r.limits = { ...r.limits, ...Object.fromEntries(given) };
}

/** Cancels every run of the node and waits for them to end (shutdown). */
export async function stopSimulations(ctx: EngineContext): Promise<void> {
  const r = registryOf(ctx);
  for (const entry of r.runs.values()) entry.abort.abort();
  await r.chain;
}

const finished = (run: SimulationRun) => run.state !== RunState.RUNNING;

/** Makes room for one more run: forgets the oldest finished ones; refuses when all kept runs are live. */
function makeRoom(r: Registry): void {
  for (const [id, { run }] of r.runs) {
    if (r.runs.size < r.limits.maxRuns) return;
    if (finished(run)) r.runs.delete(id);
  }
  if (r.runs.size >= r.limits.maxRuns)
    throw new RateLimitedError(`${r.runs.size} simulations are running or waiting on this node; try again later`, 60);
}

/**
 * Starts a simulation in the background (checked first: a bad scenario is refused at once with
 * BAD_USER_INPUT) and returns its run; the run's state and progress change as it goes.
 */
export function startSimulation(ctx: EngineContext, actor: Actor, raw: unknown): SimulationRun {
  requireRole(actor, ...SIMULATION_ROLES);
  const r = registryOf(ctx);
  const scenario = checkScenario(raw, r.limits);
  makeRoom(r);
  const run: SimulationRun = {
    id: newId('sim'),
    state: RunState.RUNNING,
    progress: 0,
    result: null,
    error: null,
    requestedBy: actor.userId,
    createdAt: ctx.clock.now(),
    finishedAt: null,
  };
  const abort = new AbortController();
  const entry: Entry = { run, abort, started: false };
  r.runs.set(run.id, entry);
  const end = (state: RunState, changes: Partial<SimulationRun> = {}) => {
    if (finished(run)) return;
    Object.assign(run, { state, finishedAt: ctx.clock.now(), ...changes });
  };
  r.chain = r.chain.then(async () => {
    if (abort.signal.aborted) return end(RunState.CANCELLED);
    entry.started = true;
    try {
      const result = await simulate(scenario, { signal: abort.signal, onProgress: (p) => (run.progress = p) });
      end(RunState.DONE, { result, progress: 1 });
    } catch (err) {
      if (err instanceof SimulationCancelled) return end(RunState.CANCELLED);
      ctx.logger.error('simulation failed', { id: run.id, err: String((err as Error)?.stack ?? err) });
      end(RunState.FAILED, { error: String((err as Error)?.message ?? err) });
    }
  });
  return run;
}

/** A run by id (supervisors), or null when unknown or forgotten. */
export function getSimulationRun(ctx: EngineContext, actor: Actor, id: string): SimulationRun | null {
  requireRole(actor, ...SIMULATION_ROLES);
  return registryOf(ctx).runs.get(id)?.run ?? null;
}

/** Cancels a run (a finished one is returned as it is). */
export function cancelSimulation(ctx: EngineContext, actor: Actor, id: string): SimulationRun {
  requireRole(actor, ...SIMULATION_ROLES);
  const entry = registryOf(ctx).runs.get(id);
  if (!entry) throw new NotFoundError('SimulationRun', id);
  entry.abort.abort();
  // A run still waiting for its turn ends now; a running one at its next yield.
  if (!entry.started && !finished(entry.run))
    Object.assign(entry.run, { state: RunState.CANCELLED, finishedAt: ctx.clock.now() });
  return entry.run;
}

/** Resolves when every run started so far has ended (tests, shutdown). */
export const simulationsIdle = (ctx: EngineContext): Promise<void> => registryOf(ctx).chain;
