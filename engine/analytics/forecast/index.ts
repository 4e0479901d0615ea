/** Forecast: arrivals and handle time per interval, from history (docs/planning.md "Forecast"). */
export { fitHoltWinters, holtWinters, type HoltWintersFit, type HoltWintersParams } from './holt-winters.ts';
export { intradayProfile, type IntradayProfile } from './intraday.ts';
export { forecastDays } from './forecast-days.ts';
export { rollingAccuracy, type Accuracy } from './accuracy.ts';
export type { DayForecast, FutureDay, HistoryDay, HistorySlot } from './days.ts';
export {
  makePlanCalendar,
  calendarOfSite,
  DATE_PATTERN,
  isLocalDate,
  TIME_PATTERN,
  minutesOfTime,
  type PlanCalendar,
} from './calendar.ts';
export {
  FORECAST_LIMITS,
  checkForecastInput,
  type ForecastInput,
  type CheckedForecastInput,
} from './forecast-input.ts';
export {
  forecast,
  computeForecast,
  requirePlanner,
  PLANNING_ROLES,
  type Forecast,
  type ForecastInterval,
} from './forecast-service.ts';
export { adjustForecast, type ForecastAdjustmentInput } from './adjust-forecast.ts';
