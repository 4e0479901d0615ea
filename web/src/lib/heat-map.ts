/** What the heat map colours an element by. */
export type HeatTime = 'waiting' | 'working' | 'total';
export type HeatStatistic = 'meanSeconds' | 'p90Seconds';

export interface ElementFiguresLike {
  elementId: string;
  count: number;
  waiting: { meanSeconds?: number | null; p90Seconds?: number | null };
  working: { meanSeconds?: number | null; p90Seconds?: number | null };
  total: { meanSeconds?: number | null; p90Seconds?: number | null };
}

/** Colour steps of the scale, coolest first. */
export const HEAT_STEPS = 5;

/**
 * Each element's step on the scale (0 = the shortest time shown, HEAT_STEPS - 1 the longest), linear
 * between the smallest and the largest figure; elements without a figure, or whose figure is 0
 * (gateways, start and end events), get none.
 */
export function heatLevels(
  elements: readonly ElementFiguresLike[],
  time: HeatTime,
  statistic: HeatStatistic,
): { levels: Record<string, number>; min: number; max: number } {
  const values = elements.map((e) => [e.elementId, e[time][statistic] ?? 0] as const).filter(([, v]) => v > 0);
  if (values.length === 0) return { levels: {}, min: 0, max: 0 };
  const min = Math.min(...values.map(([, v]) => v));
  const max = Math.max(...values.map(([, v]) => v));
  const levels: Record<string, number> = {};
  for (const [id, v] of values)
    levels[id] =
      max === min ? HEAT_STEPS - 1 : Math.min(HEAT_STEPS - 1, Math.floor(((v - min) / (max - min)) * HEAT_STEPS));
  return { levels, min, max };
}

/** Seconds as a short duration: 45 s, 12 min, 3.5 h, 2.1 d. */
export function shortDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '—';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 86_400) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86_400).toFixed(1)} d`;
}

/** The report's range from two dates of a date input (`to` inclusive: up to the end of that day, UTC). */
export function rangeOf(fromDate: string, toDate: string): { from: string; to: string } {
  const to = new Date(`${toDate}T00:00:00Z`);
  to.setUTCDate(to.getUTCDate() + 1);
  return { from: `${fromDate}T00:00:00.000Z`, to: to.toISOString() };
}

/** A sequence flow with its ends, and how many flows enter its target and leave its source. */
export interface FlowEnds {
  id: string;
  source: string;
  target: string;
}

/**
 * Path counts of sequence flows, read off element visits (history records elements, not flows): a
 * flow into an element with no other way in was taken as often as that element was visited, and a
 * flow out of an element with no other way out as often as that one; other flows (into a merge
 * from a split) get no count.
 */
export function flowCounts(flows: readonly FlowEnds[], visits: Record<string, number>): Record<string, number> {
  const into = new Map<string, number>();
  const outOf = new Map<string, number>();
  for (const f of flows) {
    into.set(f.target, (into.get(f.target) ?? 0) + 1);
    outOf.set(f.source, (outOf.get(f.source) ?? 0) + 1);
  }
  const counts: Record<string, number> = {};
  for (const f of flows) {
    if (into.get(f.target) === 1) counts[f.id] = visits[f.target] ?? 0;
    else if (outOf.get(f.source) === 1) counts[f.id] = visits[f.source] ?? 0;
  }
  return counts;
}
