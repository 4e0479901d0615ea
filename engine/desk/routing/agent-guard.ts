import type { Knex } from 'knex';
import {
  agentLoads,
  touchAgent,
  updateAgent,
  withTransaction,
  type AgentChanges,
  type AgentLoad,
  type AgentRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';

/** Thrown inside a guarded transaction when the task is no longer what the command expected. */
export class TaskRaceLost extends Error {}

/**
 * Runs `work` in a transaction that first locks the agent's row with a write (PostgreSQL: the row lock;
 * SQLite: the database write lock) and moves its version, then reads its load. Two commands that give
 * work to the same agent therefore run one after the other, each seeing what the other committed, so
 * the capacity read inside is never stale. `work` returns null to give up without error; its `changes`
 * to the agent are written only where they differ.
 */
export async function withAgentGuard<T>(
  ctx: EngineContext,
  agentId: string,
  work: (
    trx: Knex.Transaction,
    agent: AgentRecord,
    load: AgentLoad,
  ) => Promise<{ result: T; changes?: AgentChanges } | null>,
): Promise<T | null> {
  return withTransaction(ctx.db, async (trx) => {
    // The router's writes first check that its node still leads (no-op elsewhere: no fence).
    if (ctx.fence) await ctx.fence(trx);
    const agent = await touchAgent(trx, agentId, ctx.clock.now());
    if (!agent) return null;
    const load = (await agentLoads(trx, [agentId])).get(agentId) as AgentLoad;
    const out = await work(trx, agent, load);
    if (!out) return null;
    const changed = Object.entries(out.changes ?? {}).filter(
      ([key, value]) => value !== undefined && agent[key as keyof AgentRecord] !== value,
    );
    if (changed.length) await updateAgent(trx, agentId, Object.fromEntries(changed));
    return out.result;
  });
}
