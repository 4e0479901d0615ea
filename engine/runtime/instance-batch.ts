import { appendHistory, withTransaction, type HistoryRecord } from '../../models/index.ts';
import type { EngineContext } from '../context.ts';
import type { Actor } from '../users/actor.ts';
import { finishCommand, loadActive, prepareCommand, runInstanceCommand, writeCommand, type CommandAct, type PreparedCommand } from './instance-command.ts';

/** One command of a batch: what runInstanceCommand takes. */
export interface BatchCommand<T> {
  instanceId: string;
  actor: Actor;
  act: CommandAct<T>;
}

/** How one command of a batch ended: its result, or the error it would have thrown on its own. */
export type BatchOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

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
 */
export async function runInstanceCommands<T>(ctx: EngineContext, commands: readonly BatchCommand<T>[]): Promise<BatchOutcome<T>[]> {
  const outcomes: BatchOutcome<T>[] = new Array(commands.length);
  const seen = new Set<string>();
  const later: number[] = [];
  const prepared: { index: number; command: PreparedCommand<T> }[] = [];
  for (const [index, c] of commands.entries()) {
    if (seen.has(c.instanceId)) {
      later.push(index);
      continue;
    }
    seen.add(c.instanceId);
    try {
      prepared.push({ index, command: await prepareCommand(ctx, await loadActive(ctx, c.instanceId), c.actor, c.act) });
    } catch (error) {
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
    for (const p of prepared) outcomes[p.index] = await alone(ctx, commands[p.index] as BatchCommand<T>);
  }
  if (effects) {
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
