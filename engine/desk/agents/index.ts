/** Agents: users who take work, with skills, capacity and presence. */
export { upsertAgent, type AgentInput } from './upsert-agent.ts';
export { setPresence, changePresence, ensureAgent, type SetPresenceInput } from './presence.ts';
export { getAgent, getAgents, getAgentLoads } from './queries.ts';
