import type { DayForecast, FutureDay, HistoryDay } from './days.ts';
import { holtWinters } from './holt-winters.ts';
import { intradayProfile, total } from './intraday.ts';

/**
 * Forecasts the days after the history (pure): daily totals by Holt-Winters over the history's days in
 * order (holidays as missing), spread over the intervals by the weekday's intraday profile. `future`
 * must start the day after the history's last day; holidays in it are closed (0).
 */
export function forecastDays(
  history: readonly HistoryDay[],
  future: readonly FutureDay[],
  slots: number,
  profileWeeks = 4,
): DayForecast[] {
  const fit = holtWinters(history.map((d) => (d.holiday ? null : total(d))));
  const totals = fit.forecast(future.length);
  const profile = intradayProfile(history, slots, profileWeeks);
  return future.map((day, i) => {
    const share = profile.shares[day.weekday];
    const dayTotal = day.holiday ? 0 : totals[i];
    return {
      date: day.date,
      weekday: day.weekday,
      closed: day.holiday,
      total: dayTotal,
      slots: share.map((s, slot) => ({
        arrivals: dayTotal * s,
        averageHandleSeconds: profile.handleSeconds[day.weekday][slot],
      })),
    };
  });
}
