import { findSites, type ReportRange } from '../../../models/index.ts';
import { hasRole, requireRole, Role, siteScopeOf, type Actor, type SiteScope } from '../../core/access/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError } from '../../core/errors/index.ts';
import { isKnownTimeZone, makeZoneClock } from '../../core/sites/index.ts';

/** What a report asks for (the ReportFilter input of graphql/schema/reports.graphql). */
export interface ReportFilter {
  from: number;
  to: number;
  intervalMinutes?: number | null;
  queues?: readonly string[] | null;
  channels?: readonly string[] | null;
  sites?: readonly string[] | null;
  /** An IANA zone, or a site id whose zone to use; default UTC. */
  timeZone?: string | null;
  agents?: readonly string[] | null;
  groups?: readonly string[] | null;
  /** Add total rows (all queues per interval, each queue over the range, everything over the range). */
  totals?: boolean | null;
}

/** A checked filter: the range in the zone's intervals, the sites the caller may see, the row bound. */
export interface ResolvedFilter {
  filter: ReportFilter;
  range: ReportRange;
  timeZone: string;
  /** The sites reported on (null: all); '' stands for work of no site. */
  sites: readonly string[] | null;
  scope: SiteScope;
  maxRows: number;
}

const DAY_MINUTES = 1440;
/** Longest range a report covers (a longer one is refused before any SQL). */
const MAX_RANGE_DAYS = 400;

/** The zone's offsets over [from, to): one segment per daylight-saving period (checked each hour). */
export function zoneOffsets(zone: string, from: number, to: number): ReportRange['offsets'] {
  if (zone === 'UTC') return [{ until: null, offsetMs: 0 }];
  const clock = makeZoneClock(zone);
  const offsetAt = (t: number) => {
    const p = clock.partsAt(t);
    const local = Date.UTC(p.year, p.month - 1, p.day, 0, p.minutes);
    return local - (t - (t % 60_000));
  };
  const segments: { until: number | null; offsetMs: number }[] = [];
  let current = offsetAt(from);
  for (let t = from - (from % 900_000) + 900_000; t < to; t += 900_000) {
    const o = offsetAt(t);
    if (o !== current) {
      segments.push({ until: t, offsetMs: current });
      current = o;
    }
  }
  segments.push({ until: null, offsetMs: current });
  return segments;
}

async function zoneOf(ctx: EngineContext, timeZone: string | null | undefined): Promise<string> {
  if (!timeZone) return 'UTC';
  const [site] = await findSites(ctx.db, [timeZone]);
  if (site) return site.timeZone;
  if (isKnownTimeZone(timeZone)) return timeZone;
  throw new BadInputError(`${timeZone} is neither a site nor a known time zone`, { field: 'timeZone' });
}

/**
 * Checks a report request: supervisors and admins only; a range of whole 15-minute buckets up to
 * MAX_RANGE_DAYS; an interval of 15 minutes up to a day that divides a day (or whole days); the
 * caller's site scope narrows the sites.
 */
export async function resolveFilter(
  ctx: EngineContext,
  actor: Actor,
  filter: ReportFilter,
  maxRows: number,
): Promise<ResolvedFilter> {
  requireRole(actor, Role.SUPERVISOR, Role.ADMIN);
  const minutes = filter.intervalMinutes ?? 30;
  const byDay = minutes % DAY_MINUTES === 0;
  if (minutes < 15 || minutes % 15 !== 0 || (!byDay && DAY_MINUTES % minutes !== 0) || minutes > 31 * DAY_MINUTES)
    throw new BadInputError('intervalMinutes is a multiple of 15 that divides a day, or whole days', {
      field: 'intervalMinutes',
    });
  const from = Number(filter.from);
  const to = Number(filter.to);
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from)
    throw new BadInputError('the range needs from before to', { field: 'to' });
  if (to - from > MAX_RANGE_DAYS * 86_400_000)
    throw new BadInputError(`a report covers at most ${MAX_RANGE_DAYS} days`, { field: 'from' });
  const timeZone = await zoneOf(ctx, filter.timeZone);
  const scope = hasRole(actor, Role.ADMIN) ? null : await siteScopeOf(ctx.db, actor);
  let sites: readonly string[] | null = filter.sites?.length ? filter.sites : null;
  if (scope) sites = (sites ?? scope).filter((s) => scope.includes(s));
  const start = from - (from % 900_000);
  return {
    filter,
    timeZone,
    sites,
    scope,
    maxRows,
    range: { from: start, to, intervalMs: minutes * 60_000, offsets: zoneOffsets(timeZone, start, to) },
  };
}

/** The refusal of a report with too many rows: ask for fewer (larger intervals, fewer queues). */
export function tooManyRows(maxRows: number): BadInputError {
  return new BadInputError(
    `this report has more than ${maxRows} rows: ask for a larger interval, a shorter range or fewer queues or agents`,
    { field: 'intervalMinutes', maxRows, reason: 'TOO_MANY_ROWS' },
  );
}
