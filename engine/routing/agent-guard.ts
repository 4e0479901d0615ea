import type { Knex } from 'knex';
import { agentLoads, touchAgent, updateAgentIf, withTransaction, type AgentChanges, type AgentLoad, type AgentRecord } from '../../models/index.ts';
import type { EngineContext } from '../context.ts';
import { ConflictError } from '../errors/index.ts';

/** Thrown inside a guarded transaction when another command changed the agent first; the work is retried. */
export class AgentRaceLost extends Error {}

/** Thrown inside a guarded transaction when the task is no longer what the command expected. */
export class TaskRaceLost extends Error {}

const ATTEMPTS = 5;

/**
 * Runs `work` in a transaction that reads the agent and its load, and ends by moving the agent's
 * version (with `changes`). Two commands that give work to the same agent cannot both pass the
 * version check, so the capacity read inside is never stale when the transaction commits. A lost race
 * is retried; `work` returns null to give up without error.
 */
export async function withAgentGuard<T>(
  ctx: EngineContext,
  agentId: string,
  work: (trx: Knex.Transaction, agent: AgentRecord, load: AgentLoad) => Promise<{ result: T; changes?: AgentChanges } | null>,
): Promise<T | null> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await withTransaction(ctx.db, async (trx) => {
        // Write first: it takes the agent's row lock (PostgreSQL) or the write lock (SQLite) before the
        // reads, so concurrent commands for the agent queue up instead of failing on a stale snapshot.
        const agent = await touchAgent(trx, agentId);
        if (!agent) return null;
        const view = { agent, load: (await agentLoads(trx, [agentId])).get(agentId) as AgentLoad };
        const out = await work(trx, view.agent, view.load);
        if (!out) return null;
        if (!(await updateAgentIf(trx, agentId, view.agent.version, out.changes ?? {}, ctx.clock.now()))) throw new AgentRaceLost();
        return out.result;
      });
    } catch (err) {
      if (!(err instanceof AgentRaceLost) || attempt >= ATTEMPTS) {
        if (err instanceof AgentRaceLost) throw new ConflictError(`agent ${agentId} kept changing; try again`, { agentId });
        throw err;
      }
    }
  }
}
