import {
  agentLoads,
  findAgent,
  listAgents,
  type AgentFilter,
  type AgentLoad,
  type AgentRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';

/** One agent, or undefined. */
export function getAgent(ctx: EngineContext, id: string): Promise<AgentRecord | undefined> {
  return findAgent(ctx.db, id);
}

/** Agents under a filter. */
export function getAgents(ctx: EngineContext, filter: AgentFilter = {}): Promise<AgentRecord[]> {
  return listAgents(ctx.db, filter);
}

/** The work agents hold now, by channel. */
export function getAgentLoads(ctx: EngineContext, ids: readonly string[]): Promise<Map<string, AgentLoad>> {
  return agentLoads(ctx.db, ids);
}
