import type { HistoryDay } from './days.ts';
import { forecastDays } from './forecast-days.ts';

/** WAPE of the forecast and of the seasonal-naive baseline over rolling one-week-ahead folds. */
export interface Accuracy {
  /** Σ|actual − forecast| ÷ Σ actual over every open interval of every fold; null without folds. */
  readonly wape: number | null;
  /** The same for "same interval last week" (two weeks back when last week's day was a holiday). */
  readonly baselineWape: number | null;
  readonly folds: number;
}

/**
 * Backtests on the history itself: fold k holds out the k-th last week, fits on everything before it,
 * and forecasts that week interval by interval. Holidays in a held-out week are skipped (closed days are
 * not forecast). Folds need at least three weeks before them.
 */
export function rollingAccuracy(history: readonly HistoryDay[], slots: number, folds = 4): Accuracy {
  let error = 0;
  let baselineError = 0;
  let actualSum = 0;
  let done = 0;
  for (let k = folds; k >= 1; k--) {
    const cut = history.length - 7 * k;
    if (cut < 21) continue;
    const train = history.slice(0, cut);
    const test = history.slice(cut, cut + 7);
    const predicted = forecastDays(train, test, slots);
    test.forEach((day, i) => {
      if (day.holiday) return;
      const naive = train[cut - 7 + i].holiday ? train[cut - 14 + i] : train[cut - 7 + i];
      day.slots.forEach((s, slot) => {
        actualSum += s.arrivals;
        error += Math.abs(s.arrivals - (predicted[i].slots[slot]?.arrivals ?? 0));
        baselineError += Math.abs(s.arrivals - (naive.slots[slot]?.arrivals ?? 0));
      });
    });
    done++;
  }
  if (!done || actualSum === 0) return { wape: null, baselineWape: null, folds: done };
  return { wape: error / actualSum, baselineWape: baselineError / actualSum, folds: done };
}
