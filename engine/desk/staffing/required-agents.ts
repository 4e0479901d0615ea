import { erlangAFigures } from './erlang-a.ts';
import { erlangB, erlangCFiguresFromB, nextErlangB } from './erlang-c.ts';
import { erlangsOf, type Load, type QueueFigures } from './figures.ts';

/** What a staffing must achieve; absent targets do not constrain. */
export interface StaffingTargets {
  /** Service-level threshold, seconds. */
  readonly targetSeconds: number;
  /** Share of all arrivals to answer within targetSeconds. */
  readonly serviceLevel: number | null;
  /** Largest mean wait of answered calls, seconds. */
  readonly averageSpeedOfAnswerSeconds: number | null;
  /** Largest share of callers who abandon (Erlang A only: Erlang C has no abandonment). */
  readonly abandonProbability: number | null;
  /** Largest share of the agents' time spent handling contacts. */
  readonly maxOccupancy: number | null;
}

/** What set the required number of agents (the constraint that failed with one agent fewer). */
export const StaffingConstraint = {
  SERVICE_LEVEL: 'SERVICE_LEVEL',
  AVERAGE_SPEED_OF_ANSWER: 'AVERAGE_SPEED_OF_ANSWER',
  ABANDONMENT: 'ABANDONMENT',
  MAX_OCCUPANCY: 'MAX_OCCUPANCY',
  /** Erlang C only: the fewest agents that exceed the offered load already meet every target. */
  STABILITY: 'STABILITY',
  /** Nothing arrives: no agent is needed. */
  NO_ARRIVALS: 'NO_ARRIVALS',
} as const;
export type StaffingConstraint = (typeof StaffingConstraint)[keyof typeof StaffingConstraint];

/** The fewest agents that meet the targets, the figures there, and what set the number. */
export interface Requirement {
  readonly figures: QueueFigures;
  readonly limitedBy: StaffingConstraint;
}

/** Bounds the searches: no input within STAFFING_LIMITS comes near it. */
const MAX_AGENTS = 10_000_000;

/** The first target (in the order of StaffingConstraint) that `f` misses, or null when it meets all. */
export function missedTarget(f: QueueFigures, t: StaffingTargets): StaffingConstraint | null {
  if (t.serviceLevel !== null && !(f.serviceLevel >= t.serviceLevel)) return StaffingConstraint.SERVICE_LEVEL;
  if (t.averageSpeedOfAnswerSeconds !== null && !(f.averageSpeedOfAnswerSeconds <= t.averageSpeedOfAnswerSeconds))
    return StaffingConstraint.AVERAGE_SPEED_OF_ANSWER;
  if (t.abandonProbability !== null && !(f.abandonProbability <= t.abandonProbability))
    return StaffingConstraint.ABANDONMENT;
  if (t.maxOccupancy !== null && !(f.occupancy <= t.maxOccupancy)) return StaffingConstraint.MAX_OCCUPANCY;
  return null;
}

const noArrivals = (): Requirement => ({
  figures: {
    agents: 0,
    serviceLevel: 1,
    waitProbability: 0,
    abandonProbability: 0,
    averageSpeedOfAnswerSeconds: 0,
    occupancy: 0,
  },
  limitedBy: StaffingConstraint.NO_ARRIVALS,
});

/**
 * Erlang C: the fewest agents above the offered load that meet the targets. Each figure improves
 * with every agent added, so the first count that meets them all is the answer; the walk starts at
 * the stability bound (or the occupancy bound, A / maxOccupancy, when higher) and carries Erlang B
 * along by its one-step recursion, so it costs one pass up to the answer.
 */
export function erlangCRequirement(load: Load, targets: StaffingTargets): Requirement {
  const erlangs = erlangsOf(load);
  if (erlangs <= 0) return noArrivals();
  const stable = Math.floor(erlangs) + 1;
  const byOccupancy = targets.maxOccupancy === null ? 0 : ceilTolerant(erlangs / targets.maxOccupancy);
  const first = Math.max(stable, byOccupancy);
  let b = erlangB(first, erlangs);
  let missed: StaffingConstraint | null = null;
  for (let agents = first; agents <= MAX_AGENTS; agents += 1) {
    const figures = erlangCFiguresFromB(agents, load, targets.targetSeconds, b);
    const miss = missedTarget(figures, targets);
    if (miss === null) {
      const limitedBy = missed ?? (first > stable ? StaffingConstraint.MAX_OCCUPANCY : StaffingConstraint.STABILITY);
      return { figures, limitedBy };
    }
    missed = miss;
    b = nextErlangB(agents, erlangs, b);
  }
  throw new Error(`Erlang C found no staffing up to ${MAX_AGENTS} agents`);
}

/**
 * Erlang A: the fewest agents (at least one) that meet the targets. Service level, ASA, abandonment
 * and occupancy all improve as agents are added (the tests check it across the input range), so the
 * search gallops up from a lower bound (the answered share, hence the service level, is at most
 * n / A) and then bisects: about 2·log2(answer) evaluations.
 */
export function erlangARequirement(load: Load, patienceSeconds: number, targets: StaffingTargets): Requirement {
  const erlangs = erlangsOf(load);
  if (erlangs <= 0) return noArrivals();
  const evaluate = (agents: number) => erlangAFigures(agents, load, patienceSeconds, targets.targetSeconds);
  const answeredAtLeast = Math.max(targets.serviceLevel ?? 0, 1 - (targets.abandonProbability ?? 1));
  let failing = Math.max(0, Math.floor(answeredAtLeast * erlangs) - 1);
  let step = 1;
  let meeting = failing + step;
  let best = evaluate(meeting);
  while (missedTarget(best, targets) !== null) {
    failing = meeting;
    step *= 2;
    meeting = failing + step;
    if (meeting > MAX_AGENTS) throw new Error(`Erlang A found no staffing up to ${MAX_AGENTS} agents`);
    best = evaluate(meeting);
  }
  while (meeting - failing > 1) {
    const middle = Math.floor((failing + meeting) / 2);
    const figures = evaluate(middle);
    if (missedTarget(figures, targets) === null) {
      meeting = middle;
      best = figures;
    } else failing = middle;
  }
  const oneFewer = failing === 0 ? null : missedTarget(evaluate(failing), targets);
  return { figures: best, limitedBy: oneFewer ?? firstTarget(targets) };
}

/** With zero agents nobody is answered: every answer-based target is missed. */
function firstTarget(t: StaffingTargets): StaffingConstraint {
  if (t.serviceLevel !== null) return StaffingConstraint.SERVICE_LEVEL;
  if (t.averageSpeedOfAnswerSeconds !== null) return StaffingConstraint.AVERAGE_SPEED_OF_ANSWER;
  return StaffingConstraint.ABANDONMENT;
}

/** ⌈x⌉, forgiving the rounding error of a division that should land on an integer (14 / 0.7 = 20.000000000000004). */
export function ceilTolerant(x: number): number {
  return Math.ceil(x * (1 - 1e-12));
}
