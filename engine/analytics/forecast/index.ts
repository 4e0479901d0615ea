/** Forecast: arrivals and handle time per interval, from history (docs/planning.md "Forecast"). */
export { fitHoltWinters, holtWinters, type HoltWintersFit, type HoltWintersParams } from './holt-winters.ts';
export { intradayProfile, type IntradayProfile } from './intraday.ts';
export { forecastDays } from './forecast-days.ts';
export { rollingAccuracy, type Accuracy } from './accuracy.ts';
export type { DayForecast, FutureDay, HistoryDay, HistorySlot } from './days.ts';
