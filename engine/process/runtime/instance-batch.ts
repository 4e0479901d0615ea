import { appendHistory, withTransaction, type HistoryRecord, type InstanceWithState } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import type { Actor } from '../../core/access/index.ts';
import { hasFreshMessageWaits } from './consume-buffered.ts';
import type { RunOutcome } from './engine-run.ts';
import { enginePoolOf, type EnginePool, type PoolResult } from './engine-pool.ts';
import {
  finishCommand,
  firingOf,
  loadActive,
  preparedFromOutcome,
  prepareCommand,
  runInstanceCommand,
  settleEngine,
  writeCommand,
  type CommandAct,
  type PreparedCommand,
  type RemoteCommand,
} from './instance-command.ts';

/** One command of a batch: what runInstanceCommand takes, and optionally its engine-thread form. */
export interface BatchCommand<T> {
  instanceId: string;
  actor: Actor;
  act: CommandAct<T>;
  remote?: RemoteCommand<T>;
}

/** How one command of a batch ended: its result, or the error it would have thrown on its own. */
export type BatchOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Engine work of the commands that have a thread form, all at once across the pool's threads. */
function runOnThreads<T>(
  pool: EnginePool | undefined,
  commands: readonly BatchCommand<T>[],
  loaded: { index: number; row: InstanceWithState }[],
): Promise<(PoolResult | null)[]> {
  return Promise.all(
    loaded.map(({ index, row }) => {
      const remote = commands[index]?.remote;
      if (!pool || !remote) return null;
      return pool.run({
        instanceId: row.id,
        definitionId: row.definitionId,
        engineState: row.engineState,
        version: row.version,
        action: remote.action,
      });
    }),
  );
}

async function alone<T>(ctx: EngineContext, c: BatchCommand<T>): Promise<BatchOutcome<T>> {
  try {
    return { ok: true, value: await runInstanceCommand(ctx, c.instanceId, c.actor, c.act) };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * Runs commands on distinct instances with one transaction for all their writes (one commit, one
 * history insert) instead of one each; the engine work is the same as runInstanceCommand's. Each
 * write keeps its version guard. When any write of the batch fails (a lost race, a database error),
 * the shared transaction rolls back and every command of the batch runs again on its own, so one
 * command's trouble never decides another's fate. A second command on an instance already in the
 * batch also runs on its own, after the batch committed, as it must see the first one's result.
 * With a `pool` (or the context's engine threads), the engine work of commands with a thread form
 * runs on its threads, all at once.
 */
export async function runInstanceCommands<T>(
  ctx: EngineContext,
  commands: readonly BatchCommand<T>[],
  pool?: EnginePool,
): Promise<BatchOutcome<T>[]> {
  const outcomes: BatchOutcome<T>[] = new Array(commands.length);
  const seen = new Set<string>();
  const later: number[] = [];
  const loaded: { index: number; row: InstanceWithState }[] = [];
  for (const [index, c] of commands.entries()) {
    if (seen.has(c.instanceId)) {
      later.push(index);
      continue;
    }
    seen.add(c.instanceId);
    try {
      loaded.push({ index, row: await loadActive(ctx, c.instanceId) });
    } catch (error) {
      outcomes[index] = { ok: false, error };
    }
  }
  const remote = await runOnThreads(pool ?? enginePoolOf(ctx), commands, loaded);
  const prepared: { index: number; command: PreparedCommand<T> }[] = [];
  for (const [i, { index, row }] of loaded.entries()) {
    const c = commands[index] as BatchCommand<T>;
    const done = remote[i];
    const fromThread = done?.ok && c.remote && !hasFreshMessageWaits(done.outcome, row.waiting.subscriptions);
    if (done?.ok && !fromThread) done.settled(false);
    try {
      const command =
        fromThread && done?.ok && c.remote
          ? {
              ...preparedFromOutcome(
                ctx,
                row,
                c.actor,
                await c.remote.plan(row, done.acted),
                done.outcome as RunOutcome,
              ),
              settled: done.settled,
            }
          : await prepareCommand(ctx, row, c.actor, c.act, firingOf(c.remote));
      prepared.push({ index, command });
    } catch (error) {
      if (fromThread && done?.ok) done.settled(false);
      outcomes[index] = { ok: false, error };
    }
  }
  let effects: Awaited<ReturnType<typeof writeCommand>>[] | null = null;
  try {
    effects = await withTransaction(ctx.db, async (trx) => {
      const history: HistoryRecord[] = [];
      const written = [];
      for (const p of prepared) written.push(await writeCommand(ctx, trx, p.command, history));
      await appendHistory(trx, history);
      return written;
    });
  } catch {
    for (const p of prepared) settleEngine(p.command, false);
    for (const p of prepared) outcomes[p.index] = await alone(ctx, commands[p.index] as BatchCommand<T>);
  }
  if (effects) {
    for (const p of prepared) settleEngine(p.command, true);
    for (const [i, p] of prepared.entries()) {
      try {
        outcomes[p.index] = { ok: true, value: finishCommand(ctx, p.command, effects[i] as (typeof effects)[number]) };
      } catch (error) {
        outcomes[p.index] = { ok: false, error };
      }
    }
  }
  for (const index of later) outcomes[index] = await alone(ctx, commands[index] as BatchCommand<T>);
  return outcomes;
}
