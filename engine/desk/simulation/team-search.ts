import { checkScenario } from './check-scenario.ts';
import { DEFAULT_SIMULATION_LIMITS } from './limits.ts';
import { Policy, Team } from './scenario.ts';
import { simulate } from './simulate.ts';
import type { SimulationResult } from './summary.ts';

/** The share of all calls of the voice queues answered within their targets, over the day. */
export function voiceServiceLevel(r: SimulationResult): number {
  const voice = r.queues.filter((q) => q.channel === 'VOICE');
  const offered = voice.reduce((n, q) => n + q.offered, 0);
  return offered === 0 ? 1 : voice.reduce((n, q) => n + (q.serviceLevel ?? 0) * q.offered, 0) / offered;
}

/** A scenario's JSON with one group of agents split into a voice team of `voice` and a back-office team. */
export function separateTeams(raw: Record<string, unknown>, voice: number): Record<string, unknown> {
  const [group] = raw.agents as Record<string, unknown>[];
  const total = group.count as number;
  const agents = [
    { ...group, count: voice, team: Team.VOICE },
    { ...group, count: total - voice, team: Team.BACKOFFICE },
  ].filter((g) => g.count > 0);
  return { ...raw, policy: Policy.SEPARATE, agents };
}

/**
 * The smallest fixed voice team that holds `target` (the share of all calls answered within their
 * queues' thresholds, over the day) under SEPARATE, found by bisection on the simulated day (the service
 * level rises with the team). The scenario's JSON must hold one group of agents, which is split.
 */
export async function smallestVoiceTeam(
  raw: Record<string, unknown>,
  target: number,
): Promise<{ team: number; result: SimulationResult }> {
  const total = (raw.agents as { count: number }[])[0].count;
  const limits = DEFAULT_SIMULATION_LIMITS;
  const cache = new Map<number, SimulationResult>();
  const run = async (n: number) => {
    if (!cache.has(n)) cache.set(n, await simulate(checkScenario(separateTeams(raw, n), limits)));
    return cache.get(n) as SimulationResult;
  };
  let lo = 1;
  let hi = total;
  if (voiceServiceLevel(await run(hi)) < target) return { team: hi, result: await run(hi) };
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (voiceServiceLevel(await run(mid)) >= target) hi = mid;
    else lo = mid + 1;
  }
  return { team: lo, result: await run(lo) };
}
