import {
  countCompleted,
  countStarted,
  elementFactsEnded,
  instanceFactsEnded,
  sumRollups,
  type RollupSum,
} from '../../../models/index.ts';
import { Role, requireRole, type Actor } from '../../core/access/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError } from '../../core/errors/index.ts';
import { addBucket, bucketOf, summarize, type Bucket } from './histogram.ts';

const DAY = 86_400_000;
/** Most intervals one report returns (BAD_USER_INPUT asks for a larger interval above). */
export const MAX_PROCESS_INTERVALS = 2000;
/** The longest range one report covers. */
export const MAX_PROCESS_RANGE_DAYS = 400;

/** The report's range (epoch milliseconds, `to` exclusive) and interval; queue/channel/site filters do not apply. */
export interface ProcessReportFilter {
  from: number;
  to: number;
  intervalMinutes?: number | null;
}

export interface TimeFigures {
  meanMs: number | null;
  p90Ms: number | null;
}

export interface ElementFigures {
  elementId: string;
  /** Visits (the element's path count). */
  count: number;
  waiting: TimeFigures;
  working: TimeFigures;
  total: TimeFigures;
}

export interface ProcessReportResult {
  processKey: string;
  from: number;
  to: number;
  started: number;
  completed: number;
  cancelled: number;
  duration: { meanMs: number | null; p50Ms: number | null; p90Ms: number | null; p99Ms: number | null };
  elements: ElementFigures[];
  slaBreachStarts: { elementId: string; count: number }[];
  incidents: number;
  instancesWithIncidents: number;
  intervals: { start: number; started: number; completed: number }[];
}

/** Checks a filter and returns its interval in milliseconds (the whole range without one). */
export function checkProcessFilter(filter: ProcessReportFilter): number {
  if (!(filter.to > filter.from)) throw new BadInputError('to must be after from', { field: 'to' });
  if (filter.to - filter.from > MAX_PROCESS_RANGE_DAYS * DAY)
    throw new BadInputError(`a report covers at most ${MAX_PROCESS_RANGE_DAYS} days`, { field: 'to' });
  if (filter.intervalMinutes == null) return filter.to - filter.from;
  if (!Number.isInteger(filter.intervalMinutes) || filter.intervalMinutes < 1)
    throw new BadInputError('intervalMinutes must be a positive integer', { field: 'intervalMinutes' });
  const intervalMs = filter.intervalMinutes * 60_000;
  if (Math.ceil((filter.to - filter.from) / intervalMs) > MAX_PROCESS_INTERVALS)
    throw new BadInputError(`more than ${MAX_PROCESS_INTERVALS} intervals: ask for a larger interval`, {
      field: 'intervalMinutes',
      max: MAX_PROCESS_INTERVALS,
    });
  return intervalMs;
}

/**
 * Figures of one process over instances that ended in [from, to) (started: that started then).
 * Whole UTC days come from the day histograms, the edges of the range from the facts themselves.
 * Supervisors, designers and admins.
 */
export async function processReport(
  ctx: EngineContext,
  actor: Actor,
  filter: ProcessReportFilter,
  processKey: string,
): Promise<ProcessReportResult> {
  requireRole(actor, Role.SUPERVISOR, Role.DESIGNER);
  const intervalMs = checkProcessFilter(filter);
  const { from, to } = filter;
  const fromDay = Math.ceil(from / DAY) * DAY;
  const toDay = Math.max(fromDay, Math.floor(to / DAY) * DAY);
  const edges: [number, number][] =
    fromDay < toDay
      ? [
          [from, fromDay],
          [toDay, to],
        ]
      : [[from, to]];
  const sums: RollupSum[] = fromDay < toDay ? await sumRollups(ctx.db, processKey, fromDay, toDay) : [];
  for (const [a, b] of edges) {
    for (const e of await elementFactsEnded(ctx.db, processKey, a, b)) {
      for (const [metric, ms] of [
        ['wait', e.waitingMs],
        ['work', e.workingMs],
        ['total', e.totalMs],
      ] as const)
        sums.push({ elementId: e.elementId, metric, bucket: bucketOf(ms), n: 1, sumMs: ms });
    }
    for (const i of await instanceFactsEnded(ctx.db, processKey, a, b)) {
      if (i.state === 'COMPLETED')
        sums.push({ elementId: '', metric: 'duration', bucket: bucketOf(i.durationMs), n: 1, sumMs: i.durationMs });
      else sums.push({ elementId: '', metric: 'cancelled', bucket: 0, n: 1, sumMs: 0 });
      if (i.slaBreachElementId !== null)
        sums.push({ elementId: i.slaBreachElementId, metric: 'breach', bucket: 0, n: 1, sumMs: 0 });
      if (i.incidents > 0) sums.push({ elementId: '', metric: 'incidents', bucket: 0, n: 1, sumMs: i.incidents });
    }
  }
  const histograms = new Map<string, Map<number, Bucket>>();
  for (const s of sums) {
    const key = `${s.metric}\u0000${s.elementId}`;
    if (!histograms.has(key)) histograms.set(key, new Map());
    addBucket(histograms.get(key)!, s);
  }
  const of = (metric: string, elementId = '') => histograms.get(`${metric}\u0000${elementId}`)?.values() ?? [];
  const times = (metric: string, elementId: string): TimeFigures => {
    const s = summarize(of(metric, elementId), [0.9]);
    return { meanMs: s.meanMs, p90Ms: s.percentiles[0] };
  };
  const total = (metric: string, elementId = '') => summarize(of(metric, elementId), []);
  const elementIds = [...histograms.keys()]
    .filter((k) => k.startsWith('total\u0000'))
    .map((k) => k.slice(6))
    .sort();
  const duration = summarize(of('duration'), [0.5, 0.9, 0.99]);
  // Starts: whole days from the histograms, the edges counted; intervals (bounded) from the facts.
  let startedTotal = total('started').n;
  for (const [a, b] of edges)
    for (const n of (await countStarted(ctx.db, processKey, a, b, Math.max(1, b - a))).values()) startedTotal += n;
  const intervals = [];
  if (filter.intervalMinutes != null) {
    const [started, completed] = await Promise.all([
      countStarted(ctx.db, processKey, from, to, intervalMs),
      countCompleted(ctx.db, processKey, from, to, intervalMs),
    ]);
    for (let i = 0; from + i * intervalMs < to; i++)
      intervals.push({ start: from + i * intervalMs, started: started.get(i) ?? 0, completed: completed.get(i) ?? 0 });
  }
  const incidentSummary = total('incidents');
  return {
    processKey,
    from,
    to,
    started: startedTotal,
    completed: duration.n,
    cancelled: total('cancelled').n,
    duration: {
      meanMs: duration.meanMs,
      p50Ms: duration.percentiles[0],
      p90Ms: duration.percentiles[1],
      p99Ms: duration.percentiles[2],
    },
    elements: elementIds.map((elementId) => ({
      elementId,
      count: total('total', elementId).n,
      waiting: times('wait', elementId),
      working: times('work', elementId),
      total: times('total', elementId),
    })),
    slaBreachStarts: [...histograms.keys()]
      .filter((k) => k.startsWith('breach\u0000'))
      .map((k) => ({ elementId: k.slice(7), count: total('breach', k.slice(7)).n }))
      .sort((a, b) => b.count - a.count || a.elementId.localeCompare(b.elementId)),
    incidents: incidentSummary.n === 0 ? 0 : Math.round((incidentSummary.meanMs ?? 0) * incidentSummary.n),
    instancesWithIncidents: incidentSummary.n,
    intervals,
  };
}
