import {
  agentIntervalSums,
  backlogBefore,
  presenceIntervalSums,
  Presence,
  queueIntervalSums,
  queueIntervalSumsPacked,
  queueReportSettings,
  ServiceLevelRule,
  WAIT_BOUNDS,
  WAIT_COLUMNS,
  type QueueSums,
} from '../../../models/index.ts';
import type { Actor } from '../../core/access/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { DEFAULT_SERVICE_LEVEL_RULE, serviceLevelParts } from '../../desk/queues/index.ts';
import { resolveFilter, tooManyRows, type ReportFilter, type ResolvedFilter } from './report-filter.ts';

/** One queue x channel x interval (the QueueInterval type); total rows add up others (docs/reports.md). */
export interface QueueIntervalRow {
  queue: string;
  channel: string | null;
  start: number;
  end: number;
  total: boolean;
  /** A total over the whole range (else one interval). */
  overRange: boolean;
  offered: number;
  answered: number;
  abandoned: number;
  shortAbandoned: number;
  serviceLevelPercent: number | null;
  serviceLevelTargetPercent: number | null;
  averageSpeedOfAnswerSeconds: number | null;
  waitP50Seconds: number | null;
  waitP90Seconds: number | null;
  handled: number;
  averageHandleSeconds: number | null;
  averageHoldSeconds: number | null;
  occupancyPercent: number | null;
  transfers: number;
  escalations: number;
  backOfficeCompleted: number;
  slaMet: number;
  slaBreached: number;
  backlog: number | null;
}

/** Sums with the service level's parts under each queue's own rule, so totals over queues stay true. */
type Acc = QueueSums & { met: number; counted: number; backlog: number | null };

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

/** The upper edge of the wait bin where the p-th share of answered waits is reached. */
function percentile(bins: readonly number[], answered: number, p: number): number | null {
  if (!answered) return null;
  let seen = 0;
  for (let i = 0; i < bins.length; i++) {
    seen += bins[i];
    if (seen >= p * answered) return WAIT_BOUNDS[Math.min(i, WAIT_BOUNDS.length - 1)];
  }
  return WAIT_BOUNDS[WAIT_BOUNDS.length - 1];
}

// waitBins spells the histogram's columns out: it must follow WAIT_COLUMNS.
if (
  WAIT_COLUMNS.join() !==
  'wait_le_5,wait_le_10,wait_le_20,wait_le_30,wait_le_60,wait_le_120,wait_le_300,wait_le_600,wait_le_1800,wait_le_3600,wait_over_3600'
)
  throw new Error('queue report: waitBins does not list WAIT_COLUMNS');

/**
 * The wait histogram of a row in WAIT_COLUMNS order, read by name: reading it by computed keys twice per
 * row was a measurable share of a 90-day report (docs/benchmarks.md).
 */
const waitBins = (a: Acc): number[] => [
  a.wait_le_5,
  a.wait_le_10,
  a.wait_le_20,
  a.wait_le_30,
  a.wait_le_60,
  a.wait_le_120,
  a.wait_le_300,
  a.wait_le_600,
  a.wait_le_1800,
  a.wait_le_3600,
  a.wait_over_3600,
];

function toRow(
  a: Acc,
  end: number,
  total: boolean,
  target: number | null,
  occupancy: number | null,
  overRange = false,
): QueueIntervalRow {
  const bins = a.answered ? waitBins(a) : [];
  return {
    queue: a.queue,
    channel: a.channel || null,
    start: a.start,
    end,
    total,
    overRange,
    offered: a.answered + a.abandoned,
    answered: a.answered,
    abandoned: a.abandoned,
    shortAbandoned: a.abandoned_short,
    serviceLevelPercent: round1(a.counted > 0 ? (100 * a.met) / a.counted : null),
    serviceLevelTargetPercent: target,
    averageSpeedOfAnswerSeconds: round1(ratio(a.wait_ms / 1000, a.answered)),
    waitP50Seconds: percentile(bins, a.answered, 0.5),
    waitP90Seconds: percentile(bins, a.answered, 0.9),
    handled: a.handled,
    averageHandleSeconds: round1(ratio(a.handle_ms / 1000, a.handled)),
    averageHoldSeconds: round1(ratio(a.hold_ms / 1000, a.handled)),
    occupancyPercent: round1(occupancy === null ? null : occupancy * 100),
    transfers: a.transfers_out,
    escalations: a.escalations,
    backOfficeCompleted: a.completed,
    slaMet: a.completed_within,
    slaBreached: a.completed - a.completed_within,
    backlog: a.backlog,
  };
}

function addInto(into: Acc, from: Acc) {
  for (const k of Object.keys(from)) if (typeof from[k] === 'number' && !['start'].includes(k)) into[k] += from[k];
  into.backlog = into.backlog === null || from.backlog === null ? null : into.backlog;
}

/** Centre occupancy per interval: handle time over staffed time (available, busy, wrap-up) of the sites' agents. */
async function occupancies(ctx: EngineContext, r: ResolvedFilter): Promise<Map<number, number | null>> {
  const [work, presence] = await Promise.all([
    agentIntervalSums(ctx.db, r.range, null),
    presenceIntervalSums(ctx.db, r.range, null),
  ]);
  const handle = new Map<number, number>();
  const staffed = new Map<number, number>();
  for (const w of work) handle.set(w.start, (handle.get(w.start) ?? 0) + w.handleMs);
  for (const p of presence)
    if (p.presence !== Presence.OFFLINE && p.presence !== Presence.AWAY)
      staffed.set(p.start, (staffed.get(p.start) ?? 0) + p.ms);
  return new Map([...staffed].map(([start, ms]) => [start, ratio(handle.get(start) ?? 0, ms)]));
}

/**
 * Where the interval sums come from: `days`, the packed day rows (the default, docs/reports.md "Storage"),
 * or `buckets`, a GROUP BY over the 15-minute rollups (the benchmark's and the tests' reference).
 */
export type QueueReportSource = 'days' | 'buckets';

/**
 * The queue report: per queue x channel x interval, from the rollups; the service level under each
 * queue's rule (engine/desk/queues/service-level.ts); with `totals`, rows of all queues per interval
 * (queue `*`), of each queue over the range and of everything over the range. More rows than
 * `maxRows` is BAD_USER_INPUT (a larger interval).
 */
export async function queueReport(
  ctx: EngineContext,
  actor: Actor,
  filter: ReportFilter,
  options: { maxRows: number; occupancy?: boolean; source?: QueueReportSource },
): Promise<QueueIntervalRow[]> {
  const r = await resolveFilter(ctx, actor, filter, options.maxRows);
  const selection = {
    queues: filter.queues?.length ? filter.queues : null,
    channels: filter.channels?.length ? filter.channels : null,
    sites: r.sites,
  };
  const [sums, before, settings, occupancy] = await Promise.all([
    (options.source === 'buckets' ? queueIntervalSums : queueIntervalSumsPacked)(
      ctx.db,
      r.range,
      selection,
      r.maxRows + 1,
    ),
    backlogBefore(ctx.db, r.range.from, selection),
    queueReportSettings(ctx.db),
    options.occupancy ? occupancies(ctx, r) : Promise.resolve(new Map<number, number | null>()),
  ]);
  if (sums.length > r.maxRows) throw tooManyRows(r.maxRows);
  const running = new Map(before);
  // The sums become the accumulators in place: spreading ~30 figures into a new object per row made
  // slow dictionary-mode objects, most of a 90-day report's time (docs/benchmarks.md).
  const accs = sums as Acc[];
  for (const s of accs) {
    const rule = (settings.get(s.queue)?.rule ?? DEFAULT_SERVICE_LEVEL_RULE) as ServiceLevelRule;
    const parts = serviceLevelParts(rule, {
      answered: s.answered,
      answeredWithin: s.answered_within,
      abandoned: s.abandoned,
      abandonedShort: s.abandoned_short,
      abandonedWithin: s.abandoned_within,
      completed: s.completed,
      completedWithin: s.completed_within,
    });
    const key = `${s.queue}|${s.channel}`;
    const backlog = (running.get(key) ?? 0) + s.offered + s.transfers_in - s.transfers_out - s.ended;
    running.set(key, backlog);
    s.met = parts.met;
    s.counted = parts.counted;
    s.backlog = backlog;
  }
  const end = (start: number) => Math.min(start + r.range.intervalMs, r.range.to);
  const target = (q: string) => settings.get(q)?.targetPercent ?? null;
  const rows = accs.map((a) => toRow(a, end(a.start), false, target(a.queue), occupancy.get(a.start) ?? null));
  if (!filter.totals) return rows;
  return [...rows, ...totalRows(accs, r, end, target, occupancy)];
}

function totalRows(
  accs: Acc[],
  r: ResolvedFilter,
  end: (start: number) => number,
  target: (q: string) => number | null,
  occupancy: Map<number, number | null>,
): QueueIntervalRow[] {
  const group = (keyOf: (a: Acc) => string, make: (a: Acc) => Acc) => {
    const out = new Map<string, Acc>();
    for (const a of accs) {
      const k = keyOf(a);
      const into = out.get(k);
      if (into) addInto(into, a);
      else out.set(k, { ...make(a) });
    }
    return [...out.values()];
  };
  const perInterval = group(
    (a) => String(a.start),
    (a) => ({ ...a, queue: '*', channel: '', backlog: a.backlog }),
  );
  const lastBacklog = new Map<string, number | null>();
  for (const a of accs) lastBacklog.set(`${a.queue}|${a.channel}`, a.backlog);
  const perQueue = group(
    (a) => `${a.queue}|${a.channel}`,
    (a) => ({ ...a, start: r.range.from, backlog: null }),
  ).map((a) => ({ ...a, backlog: lastBacklog.get(`${a.queue}|${a.channel}`) ?? null }));
  const all = group(
    () => '*',
    (a) => ({ ...a, queue: '*', channel: '', start: r.range.from, backlog: null }),
  );
  return [
    ...perInterval.map((a) => toRow(a, end(a.start), true, null, occupancy.get(a.start) ?? null)),
    ...perQueue.map((a) => toRow(a, r.range.to, true, target(a.queue), null, true)),
    ...all.map((a) =>
      toRow(
        { ...a, backlog: [...lastBacklog.values()].reduce<number>((n, b) => n + (b ?? 0), 0) },
        r.range.to,
        true,
        null,
        null,
        true,
      ),
    ),
  ];
}
