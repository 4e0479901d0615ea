import { erlangsOf, type Load, type QueueFigures } from './figures.ts';

/**
 * Erlang B, the probability that all `agents` are busy in a loss system offered `erlangs`, by the
 * recursion B(k) = A·B(k−1) / (k + A·B(k−1)): every step is a ratio of positive numbers, so it neither
 * overflows nor cancels at any size (the textbook A^n/n! sums overflow past ~170 agents).
 */
export function erlangB(agents: number, erlangs: number): number {
  if (erlangs <= 0) return 0;
  let b = 1;
  for (let k = 1; k <= agents; k += 1) b = (erlangs * b) / (k + erlangs * b);
  return b;
}

/** One step of the recursion: Erlang B for agents + 1 from Erlang B for `agents`. */
export const nextErlangB = (agents: number, erlangs: number, b: number): number =>
  (erlangs * b) / (agents + 1 + erlangs * b);

/** Erlang C from Erlang B: C = n·B / (n − A·(1 − B)); 1 when the agents cannot keep up (n <= A). */
export function erlangCFromB(agents: number, erlangs: number, b: number): number {
  if (erlangs <= 0) return 0;
  if (agents <= erlangs) return 1;
  return (agents * b) / (agents - erlangs * (1 - b));
}

/** Probability that an arrival waits (Erlang C), with `agents` agents offered `erlangs`. */
export const erlangCWaitProbability = (agents: number, erlangs: number): number =>
  erlangCFromB(agents, erlangs, erlangB(agents, erlangs));

/**
 * Erlang C (M/M/n, callers never hang up) at `agents` agents, given Erlang B at that count. Needs
 * agents > offered load: below it the queue grows without bound and there is no steady state.
 *   P(wait) = C,  SL(t) = 1 − C·e^(−(n − A)·t / AHT),  ASA = C·AHT / (n − A),  occupancy = A / n.
 */
export function erlangCFiguresFromB(agents: number, load: Load, targetSeconds: number, b: number): QueueFigures {
  const erlangs = erlangsOf(load);
  if (erlangs <= 0) {
    return {
      agents,
      serviceLevel: 1,
      waitProbability: 0,
      abandonProbability: 0,
      averageSpeedOfAnswerSeconds: 0,
      occupancy: 0,
    };
  }
  if (agents <= erlangs)
    throw new RangeError(`Erlang C has no steady state with ${agents} agents for ${erlangs} Erlangs`);
  const c = erlangCFromB(agents, erlangs, b);
  const spare = agents - erlangs;
  return {
    agents,
    serviceLevel: 1 - c * Math.exp((-spare * targetSeconds) / load.handleSeconds),
    waitProbability: c,
    abandonProbability: 0,
    averageSpeedOfAnswerSeconds: (c * load.handleSeconds) / spare,
    occupancy: erlangs / agents,
  };
}

/** Erlang C figures at `agents` agents (see erlangCFiguresFromB). */
export const erlangCFigures = (agents: number, load: Load, targetSeconds: number): QueueFigures =>
  erlangCFiguresFromB(agents, load, targetSeconds, erlangB(agents, erlangsOf(load)));
