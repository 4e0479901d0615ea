/**
 * Erlang C: the queueing model of a call centre (Poisson arrivals, exponential handle times, N agents,
 * callers wait). Used by blending to know how many agents live work needs to hold its service level.
 */

/** Probability that an arriving call has to wait, with `agents` agents and `erlangs` = arrival rate × AHT. */
export function erlangC(agents: number, erlangs: number): number {
  if (erlangs <= 0) return 0;
  if (agents <= erlangs) return 1;
  // Erlang B by its stable recursion, then C from B.
  let b = 1;
  for (let n = 1; n <= agents; n += 1) b = (erlangs * b) / (n + erlangs * b);
  return (agents * b) / (agents - erlangs * (1 - b));
}

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
  const erlangs = (callsPerHour * ahtSeconds) / 3600;
  const target = Math.min(targetPercent, 99.99) / 100;
  let agents = Math.max(1, Math.floor(erlangs) + 1);
  while (serviceLevel(agents, erlangs, ahtSeconds, targetSeconds) < target) agents += 1;
  return agents;
}
