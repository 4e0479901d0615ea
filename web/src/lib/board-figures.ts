/**
 * The supervisor board's figures: waiting tasks over the day (the server's samples, then the live
 * count) and today by hour. Pure functions over what the GraphQL API returns, so they are unit-tested.
 */

/** A queue as the board loads it: its live waiting count and, once fetched, today's samples. */
export interface QueueWaiting {
  name: string;
  stats: { waiting: number };
  waitingToday?: readonly { at: string; waiting: number }[];
}

/** Times (epoch ms) and, per queue, how many tasks waited then. */
export interface WaitingSeries {
  times: number[];
  waiting: Record<string, number[]>;
}

/**
 * Today's waiting counts per queue from the server's samples, ending with the live count at `now`.
 * The server samples every queue it knows at each instant and leaves out queues with nothing waiting
 * that nobody configured, so a queue missing at a sampled instant had none waiting.
 */
export function waitingSeries(queues: readonly QueueWaiting[], now: number, only = ''): WaitingSeries {
  const shown = queues.filter((q) => !only || q.name === only);
  const sampled = new Set<number>();
  for (const q of shown) for (const s of q.waitingToday ?? []) sampled.add(Date.parse(s.at));
  const times = [...sampled].filter((t) => t < now).sort((a, b) => a - b);
  const waiting: Record<string, number[]> = {};
  for (const q of shown) {
    const at = new Map((q.waitingToday ?? []).map((s) => [Date.parse(s.at), s.waiting]));
    waiting[q.name] = [...times.map((t) => at.get(t) ?? 0), q.stats.waiting];
  }
  return { times: [...times, now], waiting };
}

/** One hour of a queue's day as the API gives it. */
export interface HourFigures {
  hour: string;
  arrived: number;
  handled: number;
  withinSla: number;
  abandoned?: number;
}

/** Today's figures by hour, summed over queues (or one queue), for the board's day chart. */
export interface DayChart {
  hours: string[];
  arrived: number[];
  handled: number[];
  withinSla: number[];
  abandoned: number[];
}

/** Sums queues' hourly figures into one row per hour, in order; `only` limits it to one queue. */
export function dayChart(
  queues: readonly { name: string; stats: { hourly?: readonly HourFigures[] } }[],
  only = '',
): DayChart {
  const byHour = new Map<string, { arrived: number; handled: number; withinSla: number; abandoned: number }>();
  for (const q of queues) {
    if (only && q.name !== only) continue;
    for (const h of q.stats.hourly ?? []) {
      const row = byHour.get(h.hour) ?? { arrived: 0, handled: 0, withinSla: 0, abandoned: 0 };
      row.arrived += h.arrived;
      row.handled += h.handled;
      row.withinSla += h.withinSla;
      row.abandoned += h.abandoned ?? 0;
      byHour.set(h.hour, row);
    }
  }
  const hours = [...byHour.keys()].sort();
  const column = (k: 'arrived' | 'handled' | 'withinSla' | 'abandoned') => hours.map((h) => byHour.get(h)![k]);
  return {
    hours,
    arrived: column('arrived'),
    handled: column('handled'),
    withinSla: column('withinSla'),
    abandoned: column('abandoned'),
  };
}

/** "0s", "45s", "3m 20s": an estimated wait; null when nobody serves the queue. */
export function formatWait(seconds: number | null | undefined): string | null {
  if (seconds === null || seconds === undefined) return null;
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}
