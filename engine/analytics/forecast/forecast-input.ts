import { BadInputError } from '../../core/errors/index.ts';

/** Bounds of forecast and plan requests (docs/planning.md): a week or a month ahead, not a year. */
export const FORECAST_LIMITS = {
  maxDays: 35,
  minHistoryWeeks: 3,
  maxHistoryWeeks: 52,
  defaultHistoryWeeks: 12,
  intervalMinutes: [15, 30, 60] as readonly number[],
  /** Accuracy is measured over this many rolling one-week-ahead folds. */
  folds: 4,
};

/** What to forecast: a queue (and channel), at a site's calendar, over [from, to). */
export interface ForecastInput {
  queue: string;
  channel?: string | null;
  site?: string | null;
  from: number;
  to: number;
  intervalMinutes?: number | null;
  historyWeeks?: number | null;
}

export interface CheckedForecastInput {
  queue: string;
  channel: string | null;
  site: string | null;
  from: number;
  to: number;
  intervalMinutes: number;
  historyWeeks: number;
}

/** Checks the bounds; BAD_USER_INPUT naming the field. */
export function checkForecastInput(input: ForecastInput): CheckedForecastInput {
  const L = FORECAST_LIMITS;
  const intervalMinutes = input.intervalMinutes ?? 15;
  if (!L.intervalMinutes.includes(intervalMinutes))
    throw new BadInputError(`intervalMinutes must be one of ${L.intervalMinutes.join(', ')}`, {
      field: 'intervalMinutes',
    });
  if (!(Number.isFinite(input.from) && Number.isFinite(input.to) && input.from < input.to))
    throw new BadInputError('from must be before to', { field: 'from' });
  if (input.to - input.from > L.maxDays * 86_400_000)
    throw new BadInputError(`at most ${L.maxDays} days at once`, { field: 'to', max: L.maxDays });
  const historyWeeks = input.historyWeeks ?? L.defaultHistoryWeeks;
  if (!Number.isInteger(historyWeeks) || historyWeeks < L.minHistoryWeeks || historyWeeks > L.maxHistoryWeeks)
    throw new BadInputError(`historyWeeks must be ${L.minHistoryWeeks} to ${L.maxHistoryWeeks}`, {
      field: 'historyWeeks',
    });
  return {
    queue: input.queue,
    channel: input.channel ?? null,
    site: input.site ?? null,
    from: input.from,
    to: input.to,
    intervalMinutes,
    historyWeeks,
  };
}
