/**
 * Erlang C for blending: how many agents live work needs to hold its service level. The queueing
 * formulas live in engine/desk/staffing (the staffing calculator); these are the shapes the router uses.
 */
import { erlangCRequirement, erlangCWaitProbability } from '../staffing/index.ts';

/** Probability that an arriving call has to wait, with `agents` agents and `erlangs` = arrival rate × AHT. */
export const erlangC = (agents: number, erlangs: number): number => erlangCWaitProbability(agents, erlangs);

/** Fraction of calls answered within `targetSeconds`. */
export function serviceLevel(agents: number, erlangs: number, ahtSeconds: number, targetSeconds: number): number {
  if (erlangs <= 0) return 1;
  if (agents <= erlangs) return 0;
  return 1 - erlangC(agents, erlangs) * Math.exp((-(agents - erlangs) * targetSeconds) / ahtSeconds);
}

/**
 * The fewest agents that hold `targetPercent`% of calls answered within `targetSeconds`, for
 * `callsPerHour` arrivals of `ahtSeconds` average handle time. 0 when nothing arrives.
 */
export function agentsNeeded(
  callsPerHour: number,
  ahtSeconds: number,
  targetPercent: number,
  targetSeconds: number,
): number {
  if (callsPerHour <= 0 || ahtSeconds <= 0) return 0;
  const load = { arrivalRate: callsPerHour / 3600, handleSeconds: ahtSeconds };
  const targets = {
    targetSeconds,
    serviceLevel: Math.min(targetPercent, 99.99) / 100,
    averageSpeedOfAnswerSeconds: null,
    abandonProbability: null,
    maxOccupancy: null,
  };
  return erlangCRequirement(load, targets).figures.agents;
}
