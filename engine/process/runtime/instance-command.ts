import type { Knex } from 'knex';
import {
  InstanceState,
  loadInstanceState,
  updateInstanceIfVersion,
  withTransaction,
  type HistoryRecord,
  type InstanceRecord,
  type InstanceWithState,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import type { EngineEvent } from '../../core/events/index.ts';
import { ConflictError, CrossdeskError, ErrorCode, NotFoundError } from '../../core/errors/index.ts';
import type { Actor } from '../../core/access/index.ts';
import { resumeRun, type EngineRun, type RunOutcome } from './engine-run.ts';
import { consumeBufferedMessages, deleteConsumed, hasFreshMessageWaits } from './consume-buffered.ts';
import type { RemoteAction } from './remote-run.ts';
import { persistOutcome, summarize, type PersistedEffects } from './persist-outcome.ts';
import { publishEffects } from './publish.ts';
import { enginePoolOf } from './engine-pool.ts';
import { hotEnginesOf } from './hot-engines.ts';

/** What a command does after acting on the engine: guarded writes of its own, history, its result. */
export interface CommandPlan<T> {
  /** Writes in the command's transaction; throwing aborts the whole command. */
  persist?(trx: Knex.Transaction, outcome: RunOutcome): Promise<void>;
  history?: HistoryRecord[];
  /** Task executions whose task `persist` itself closed: persistOutcome need not read them to cancel them. */
  closedTasks?: readonly string[];
  /** Events of what `persist` changed, published after commit with the command's own. */
  events?: EngineEvent[];
  result(instance: InstanceRecord, effects: PersistedEffects): T;
}

/**
 * A command's engine action described for an engine thread, and how to plan its writes from what the
 * thread reports (`acted`: what the action itself returned, e.g. whether the timer fired here).
 */
export interface RemoteCommand<T> {
  action: RemoteAction;
  plan(loaded: InstanceWithState, acted: boolean): Promise<CommandPlan<T>>;
}

/** What a command does to the live engine of its instance; returns what to write. */
export type CommandAct<T> = (run: EngineRun, loaded: InstanceWithState) => Promise<CommandPlan<T>>;

/**
 * Another command wrote the instance (or a row the command guards) between our load and our write.
 * Thrown inside a command's transaction, it rolls the attempt back and starts the command over.
 */
export class LostRace extends Error {}

/** The instance row as it stands after a run. */
function settledInstance(base: InstanceRecord, outcome: RunOutcome, now: number): InstanceRecord {
  return {
    ...base,
    state: outcome.completed ? InstanceState.COMPLETED : base.state,
    variables: outcome.variables,
    activeElementIds: outcome.activeElementIds,
    version: base.version + 1,
    updatedAt: now,
    endedAt: outcome.completed ? now : base.endedAt,
  };
}

/** A command whose engine work is done, ready to be written. */
export interface PreparedCommand<T> {
  loaded: InstanceWithState;
  actor: Actor;
  plan: CommandPlan<T>;
  outcome: RunOutcome;
  consumed: string[];
  next: InstanceRecord;
  /** Keeps the live engine for the next command when the write committed, forgets it otherwise. */
  settled?(committed: boolean): void;
}

/** After the write committed (or not): the engine the command ran goes back to the cache only on commit. */
export function settleEngine(p: PreparedCommand<unknown>, committed: boolean): void {
  p.settled?.(committed && !p.outcome.completed);
}

/** A command prepared from an outcome settled elsewhere (an engine thread); nothing is written yet. */
export function preparedFromOutcome<T>(
  ctx: EngineContext,
  loaded: InstanceWithState,
  actor: Actor,
  plan: CommandPlan<T>,
  outcome: RunOutcome,
): PreparedCommand<T> {
  return { loaded, actor, plan, outcome, consumed: [], next: settledInstance(loaded, outcome, ctx.clock.now()) };
}

/** Acts on the engine of a loaded instance and settles it; nothing is written yet. */
export async function prepareCommand<T>(
  ctx: EngineContext,
  loaded: InstanceWithState,
  actor: Actor,
  act: CommandAct<T>,
  firing?: string,
): Promise<PreparedCommand<T>> {
  const hot = hotEnginesOf(ctx);
  const run =
    hot?.take(loaded.id, loaded.version, loaded.definitionId, ctx.clock.now(), firing)?.reuse(ctx) ??
    (await resumeRun(ctx, loaded.id, await ctx.sources.get(ctx.db, loaded.definitionId), loaded.engineState));
  const plan = await act(run, loaded);
  const { outcome, consumed } = await consumeBufferedMessages(
    ctx,
    run,
    await run.settle(),
    loaded.businessKey,
    loaded.waiting.subscriptions,
  );
  const next = settledInstance(loaded, outcome, ctx.clock.now());
  const settled = (keep: boolean) => keep && hot?.put(loaded.id, next.version, loaded.definitionId, run);
  return { loaded, actor, plan, outcome, consumed, next, settled };
}

/**
 * Writes a prepared command in `trx`, guarded by the instance's version; throws LostRace when another
 * command got there first. History goes to `history` when given (a batch appends it once).
 */
export async function writeCommand<T>(
  ctx: EngineContext,
  trx: Knex.Transaction,
  p: PreparedCommand<T>,
  history?: HistoryRecord[],
): Promise<PersistedEffects> {
  const { loaded, outcome } = p;
  const won = await updateInstanceIfVersion(trx, loaded.id, loaded.version, {
    ...p.next,
    engineState: outcome.completed ? null : outcome.engineState,
    waiting: summarize(outcome),
  });
  if (!won || !(await deleteConsumed(trx, p.consumed))) throw new LostRace();
  await p.plan.persist?.(trx, outcome);
  return persistOutcome(
    { ctx, trx, instance: loaded, outcome, actor: p.actor, previous: loaded.waiting, closed: p.plan.closedTasks },
    [...(p.plan.history ?? [])],
    history,
  );
}

/** After commit: announces the command's effects and builds its result. */
export function finishCommand<T>(ctx: EngineContext, p: PreparedCommand<T>, effects: PersistedEffects): T {
  publishEffects(ctx, p.next, effects, p.outcome.completed ? 'instance.completed' : 'instance.changed');
  for (const event of p.plan.events ?? []) ctx.events.publish(event);
  return p.plan.result(p.next, effects);
}

/** Loads an instance a command may act on: it must exist and be active. */
export async function loadActive(ctx: EngineContext, instanceId: string): Promise<InstanceWithState> {
  const loaded = await loadInstanceState(ctx.db, instanceId);
  if (!loaded) throw new NotFoundError('ProcessInstance', instanceId);
  if (loaded.state !== InstanceState.ACTIVE) {
    throw new CrossdeskError(
      ErrorCode.INSTANCE_NOT_ACTIVE,
      `process instance ${instanceId} is ${loaded.state.toLowerCase()}`,
      { instanceId, state: loaded.state },
    );
  }
  return loaded;
}

/** The timer execution a command fires, if it fires one. */
export const firingOf = (remote?: RemoteCommand<unknown>): string | undefined =>
  remote?.action.kind === 'fireTimer' ? remote.action.executionId : undefined;

/** Prepares on an engine thread of the context when the command has a thread form and one can run it. */
async function prepareAnywhere<T>(
  ctx: EngineContext,
  loaded: InstanceWithState,
  actor: Actor,
  act: CommandAct<T>,
  remote?: RemoteCommand<T>,
): Promise<PreparedCommand<T>> {
  const engines = enginePoolOf(ctx);
  const firing = firingOf(remote);
  if (!remote || !engines) return prepareCommand(ctx, loaded, actor, act, firing);
  const done = await engines.run({
    instanceId: loaded.id,
    definitionId: loaded.definitionId,
    engineState: loaded.engineState,
    version: loaded.version,
    action: remote.action,
  });
  if (!done.ok || hasFreshMessageWaits(done.outcome, loaded.waiting.subscriptions)) {
    if (done.ok) done.settled(false);
    return prepareCommand(ctx, loaded, actor, act, firing);
  }
  try {
    const plan = await remote.plan(loaded, done.acted);
    return { ...preparedFromOutcome(ctx, loaded, actor, plan, done.outcome as RunOutcome), settled: done.settled };
  } catch (err) {
    done.settled(false);
    throw err;
  }
}

async function attempt<T>(
  ctx: EngineContext,
  loaded: InstanceWithState,
  actor: Actor,
  act: CommandAct<T>,
  remote?: RemoteCommand<T>,
) {
  const prepared = await prepareAnywhere(ctx, loaded, actor, act, remote);
  let effects: PersistedEffects;
  try {
    effects = await withTransaction(ctx.db, (trx) => writeCommand(ctx, trx, prepared));
  } catch (err) {
    settleEngine(prepared, false);
    throw err;
  }
  settleEngine(prepared, true);
  return finishCommand(ctx, prepared, effects);
}

/**
 * Runs one command against a stored instance: load it, recover the engine from its state, act, and
 * write the new state with everything it implies in one transaction guarded by the version column.
 * A command that loses the race to a concurrent one on the same instance starts over from the fresh
 * row (its own preconditions are checked again); after `commandRetries` losses the caller gets CONFLICT.
 * With `remote` and engine threads in the context, the engine work runs on a thread.
 */
export async function runInstanceCommand<T>(
  ctx: EngineContext,
  instanceId: string,
  actor: Actor,
  act: CommandAct<T>,
  remote?: RemoteCommand<T>,
): Promise<T> {
  for (let i = 0; i <= ctx.options.commandRetries; i++) {
    const loaded = await loadActive(ctx, instanceId);
    try {
      return await attempt(ctx, loaded, actor, act, remote);
    } catch (err) {
      if (!(err instanceof LostRace)) throw err;
    }
  }
  throw new ConflictError(`process instance ${instanceId} kept changing under this command; try again`, { instanceId });
}
