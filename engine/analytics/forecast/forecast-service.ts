import {
  findQueue,
  listForecastAdjustments,
  rollupArrivalHistory,
  type ArrivalHistory,
  type Db,
  type ForecastAdjustmentRecord,
} from '../../../models/index.ts';
import { requireRole, requireSiteScope, siteScopeOf, Role, type Actor } from '../../core/access/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { NotFoundError } from '../../core/errors/index.ts';
import { rollingAccuracy, type Accuracy } from './accuracy.ts';
import { calendarOfSite, type PlanCalendar } from './calendar.ts';
import { forecastDays } from './forecast-days.ts';
import {
  checkForecastInput,
  FORECAST_LIMITS,
  type CheckedForecastInput,
  type ForecastInput,
} from './forecast-input.ts';
import { datesBetween, slotStarts, toHistoryDays } from './local-days.ts';

/** One forecast interval (arrivals after the planners' adjustments). */
export interface ForecastInterval {
  start: number;
  arrivals: number;
  averageHandleSeconds: number;
  /** A site holiday: closed, nothing forecast. */
  closed: boolean;
  /** The planners' adjustment applied here (day and interval compound), percent; 0 for none. */
  adjustmentPercent: number;
}

export interface Forecast {
  queue: string;
  channel: string;
  site: string | null;
  timeZone: string;
  intervalMinutes: number;
  intervals: ForecastInterval[];
  /** The last week before the forecast's history ends, as it happened (for a chart beside the forecast). */
  history: ForecastInterval[];
  accuracy: Accuracy;
}

/** Who plans: supervisors (admins hold every role). */
export const PLANNING_ROLES = [Role.SUPERVISOR] as const;

/** FORBIDDEN unless a planner whose site scope reaches the site. */
export async function requirePlanner(db: Db, actor: Actor, site: string | null): Promise<void> {
  requireRole(actor, ...PLANNING_ROLES);
  if (site) requireSiteScope(await siteScopeOf(db, actor), [site], `the plan of ${site}`);
}

/** The history source: the reports' queue rollups (models/arrival-history.ts). */
const arrivalHistory: ArrivalHistory = rollupArrivalHistory;

/** Forecast for a planner (role and site checked). */
export async function forecast(ctx: EngineContext, actor: Actor, input: ForecastInput): Promise<Forecast> {
  const checked = checkForecastInput(input);
  await requirePlanner(ctx.db, actor, checked.site);
  return computeForecast(ctx, checked);
}

/**
 * Reads `historyWeeks` whole local days before min(from, today), fits, forecasts up to `to`, applies
 * adjustments, and backtests over FORECAST_LIMITS.folds weeks.
 */
export async function computeForecast(ctx: EngineContext, input: CheckedForecastInput): Promise<Forecast> {
  const queue = await findQueue(ctx.db, input.queue);
  if (!queue) throw new NotFoundError('Queue', input.queue);
  const site = input.site ?? queue.siteId;
  const channel = input.channel ?? queue.channel;
  const cal = await calendarOfSite(ctx.db, site);
  const end = cal.dateOf(Math.min(input.from, ctx.clock.now()));
  let first = end;
  for (let i = 0; i < input.historyWeeks * 7; i++) first = previousDate(cal, first);
  const dates = datesBetween(cal, first, end);
  const rows = await arrivalHistory(ctx.db, {
    queue: queue.name,
    channel,
    site: input.site,
    from: cal.at(first, 0),
    to: cal.at(end, 0),
    intervalMinutes: input.intervalMinutes,
  });
  const slots = 1440 / input.intervalMinutes;
  const history = toHistoryDays(cal, dates, rows, input.intervalMinutes);
  const futureDates = datesBetween(cal, end, cal.nextDate(cal.dateOf(input.to - 1)));
  const future = futureDates.map((date) => ({ date, weekday: cal.weekdayOf(date), holiday: cal.holidays.has(date) }));
  const days = forecastDays(history, future, slots);
  const adjustments = await listForecastAdjustments(ctx.db, {
    queue: queue.name,
    channel,
    siteId: site ?? '',
    dates: futureDates,
  });
  const intervals: ForecastInterval[] = [];
  for (const day of days) {
    slotStarts(cal, day.date, input.intervalMinutes).forEach((start, i) => {
      if (start === null || start < input.from || start >= input.to) return;
      const factor = adjustmentFactor(adjustments, day.date, start);
      intervals.push({
        start,
        arrivals: day.slots[i].arrivals * factor,
        averageHandleSeconds: day.slots[i].averageHandleSeconds,
        closed: day.closed,
        adjustmentPercent: Math.round((factor - 1) * 10000) / 100,
      });
    });
  }
  return {
    queue: queue.name,
    channel,
    site,
    timeZone: cal.zone.zone,
    intervalMinutes: input.intervalMinutes,
    intervals,
    history: lastWeek(cal, history.slice(-7), input.intervalMinutes),
    accuracy: rollingAccuracy(history, slots, FORECAST_LIMITS.folds),
  };
}

function adjustmentFactor(adjustments: ForecastAdjustmentRecord[], date: string, start: number): number {
  return adjustments
    .filter((a) => a.date === date && (a.intervalStart === null || a.intervalStart === start))
    .reduce((f, a) => f * (1 + a.percent / 100), 1);
}

function lastWeek(cal: PlanCalendar, days: ReturnType<typeof toHistoryDays>, intervalMinutes: number) {
  return days.flatMap((day) =>
    slotStarts(cal, day.date, intervalMinutes).flatMap((start, i) => {
      const s = day.slots[i];
      if (start === null) return [];
      const averageHandleSeconds = s.handled ? s.handleSeconds / s.handled : 0;
      return [{ start, arrivals: s.arrivals, averageHandleSeconds, closed: day.holiday, adjustmentPercent: 0 }];
    }),
  );
}

/** The local date before this one (noon minus a day never lands on the wrong date across DST). */
export function previousDate(cal: PlanCalendar, date: string): string {
  return cal.dateOf(cal.at(date, 720) - 86_400_000);
}
