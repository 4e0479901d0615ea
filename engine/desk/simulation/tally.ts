import type { Scenario } from './scenario.ts';

/** Counts of one queue in one interval (contacts by the interval they arrived in, completions by theirs). */
interface Counts {
  offered: number;
  answered: number;
  answeredInTarget: number;
  abandoned: number;
  waitMs: number;
  completed: number;
  completedWithinSla: number;
}

const zero = (): Counts => ({
  offered: 0,
  answered: 0,
  answeredInTarget: 0,
  abandoned: 0,
  waitMs: 0,
  completed: 0,
  completedWithinSla: 0,
});

/** One interval's counts: per queue, and the agents' busy and staffed time. */
export interface IntervalCounts {
  queues: Counts[];
  busyMs: number;
  staffedMs: number;
  pauses: number;
}

/** What a simulation counts as it runs; times are milliseconds from the start of the day. */
export interface Tally {
  readonly intervals: IntervalCounts[];
  readonly intervalMs: number;
  arrived(queue: number, at: number): void;
  answered(queue: number, arrivedAt: number, at: number): void;
  abandoned(queue: number, arrivedAt: number): void;
  completed(queue: number, at: number, withinSla: boolean): void;
  paused(at: number): void;
  /** Time an agent spent on a break (not working): not staffed, as occupancy counts in WFM. */
  offWork(from: number, to: number): void;
  /** Time an agent held active work; clipped to its shift and split over the intervals. */
  busy(from: number, to: number, shift: { start: number; end: number }): void;
}

/** Makes an empty tally with each interval's staffed time from the agents' shifts. */
export function makeTally(s: Scenario): Tally {
  const intervalMs = s.intervalMinutes * 60_000;
  const dayMs = s.hours * 3_600_000;
  const n = Math.ceil(dayMs / intervalMs);
  const intervals: IntervalCounts[] = Array.from({ length: n }, () => ({
    queues: s.queues.map(zero),
    busyMs: 0,
    staffedMs: 0,
    pauses: 0,
  }));
  const at = (t: number) => intervals[Math.min(n - 1, Math.max(0, Math.floor(t / intervalMs)))];
  const spread = (from: number, to: number, add: (i: IntervalCounts, ms: number) => void) => {
    for (let k = Math.max(0, Math.floor(from / intervalMs)); k < n && k * intervalMs < to; k += 1) {
      const ms = Math.min(to, (k + 1) * intervalMs, dayMs) - Math.max(from, k * intervalMs);
      if (ms > 0) add(intervals[k], ms);
    }
  };
  for (const g of s.agents)
    spread(g.shift.start * 3_600_000, g.shift.end * 3_600_000, (i, ms) => (i.staffedMs += ms * g.count));
  return {
    intervals,
    intervalMs,
    arrived: (q, t) => void (at(t).queues[q].offered += 1),
    answered(q, arrivedAt, t) {
      const c = at(arrivedAt).queues[q];
      // Arrival times are fractional milliseconds: an answer at the same instant may differ by rounding.
      const wait = Math.max(0, t - arrivedAt);
      c.answered += 1;
      c.waitMs += wait;
      if (wait <= s.queues[q].targetSeconds * 1000) c.answeredInTarget += 1;
    },
    abandoned: (q, arrivedAt) => void (at(arrivedAt).queues[q].abandoned += 1),
    completed(q, t, withinSla) {
      const c = at(t).queues[q];
      c.completed += 1;
      if (withinSla) c.completedWithinSla += 1;
    },
    paused: (t) => void (at(t).pauses += 1),
    offWork: (from, to) => spread(from, to, (i, ms) => (i.staffedMs -= ms)),
    busy: (from, to, shift) =>
      spread(Math.max(from, shift.start), Math.min(to, shift.end), (i, ms) => (i.busyMs += ms)),
  };
}
