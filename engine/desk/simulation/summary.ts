import type { Channel } from '../../../models/index.ts';
import { isLive, type Policy, type Scenario } from './scenario.ts';
import type { IntervalCounts, Tally } from './tally.ts';

/** One queue's figures over an interval or the day. Live figures are null for work items and vice versa. */
export interface QueueResult {
  name: string;
  channel: Channel;
  /** Contacts that arrived (the backlog not included). */
  offered: number;
  answered: number;
  abandoned: number;
  completed: number;
  /** Share of ALL arrivals answered within targetSeconds (live queues). */
  serviceLevel: number | null;
  averageSpeedOfAnswerSeconds: number | null;
  /** Share of arrivals that hung up. */
  abandonRate: number | null;
  /** Work items completed by their SLA deadline (of those completed in the period). */
  completedWithinSla: number;
}

export interface IntervalResult {
  /** Hours into the day. */
  start: number;
  queues: QueueResult[];
  /** Share of the staffed time agents spent on active work. */
  occupancy: number;
  pauses: number;
}

export interface SimulationResult {
  policy: Policy;
  seed: number;
  hours: number;
  /** The day, from warmupHours on. */
  queues: QueueResult[];
  agents: { count: number; occupancy: number; pauses: number };
  intervals: IntervalResult[];
  run: { events: number; wallMs: number; speedUp: number };
}

function queueResult(s: Scenario, i: number, periods: readonly IntervalCounts[]): QueueResult {
  const q = s.queues[i];
  const sum = (key: keyof IntervalCounts['queues'][number]) => periods.reduce((n, p) => n + p.queues[i][key], 0);
  const offered = sum('offered');
  const answered = sum('answered');
  const live = isLive(q);
  return {
    name: q.name,
    channel: q.channel,
    offered,
    answered,
    abandoned: sum('abandoned'),
    completed: sum('completed'),
    serviceLevel: live && offered > 0 ? sum('answeredInTarget') / offered : null,
    averageSpeedOfAnswerSeconds: live && answered > 0 ? sum('waitMs') / answered / 1000 : null,
    abandonRate: live && offered > 0 ? sum('abandoned') / offered : null,
    completedWithinSla: sum('completedWithinSla'),
  };
}

const occupancyOf = (periods: readonly IntervalCounts[]) => {
  const staffed = periods.reduce((n, p) => n + p.staffedMs, 0);
  return staffed > 0 ? periods.reduce((n, p) => n + p.busyMs, 0) / staffed : 0;
};

/** The result of a run: per interval, and for the day after the warm-up. */
export function summarize(s: Scenario, tally: Tally, run: { events: number; wallMs: number }): SimulationResult {
  const hoursOf = (k: number) => (k * tally.intervalMs) / 3_600_000;
  const counted = tally.intervals.filter((_, k) => hoursOf(k) >= s.warmupHours - 1e-9);
  return {
    policy: s.policy,
    seed: s.seed,
    hours: s.hours,
    queues: s.queues.map((_, i) => queueResult(s, i, counted)),
    agents: {
      count: s.agents.reduce((n, a) => n + a.count, 0),
      occupancy: occupancyOf(counted),
      pauses: counted.reduce((n, p) => n + p.pauses, 0),
    },
    intervals: tally.intervals.map((p, k) => ({
      start: hoursOf(k),
      queues: s.queues.map((_, i) => queueResult(s, i, [p])),
      occupancy: occupancyOf([p]),
      pauses: p.pauses,
    })),
    run: { events: run.events, wallMs: run.wallMs, speedUp: (s.hours * 3_600_000) / Math.max(1, run.wallMs) },
  };
}
