/**
 * Additive Holt-Winters with a weekly season on daily totals, hand-written (docs/planning.md "Forecast").
 * Additive, not multiplicative: closed or near-empty weekdays have a seasonal index near zero, where a
 * multiplicative season divides by almost nothing and one quiet Sunday swings the level; over the few
 * weeks a plan looks ahead the trend is small enough that an additive season is as accurate.
 * A missing day (a holiday: null) advances level and trend without learning from it, so a closed day
 * neither drags the level down nor teaches the season that this weekday is empty.
 */
export interface HoltWintersParams {
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
}

export interface HoltWintersFit {
  readonly params: HoltWintersParams;
  /** Sum of squared one-step-ahead errors over the fitted days (after the first season). */
  readonly sse: number;
  /** Forecasts for 1..horizon days after the last observation (never below zero). */
  forecast(horizon: number): number[];
}

const SEASON = 7;

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Fits fixed smoothing parameters to the series (null = missing day). Needs two full seasons. */
export function fitHoltWinters(series: readonly (number | null)[], params: HoltWintersParams): HoltWintersFit {
  const first = series.slice(0, SEASON).map((v) => v ?? NaN);
  const second = series.slice(SEASON, 2 * SEASON).map((v) => v ?? NaN);
  const known = (xs: number[]) => xs.filter((v) => !Number.isNaN(v));
  let level = mean(known(first));
  let trend = (mean(known(second)) - level) / SEASON || 0;
  const season = first.map((v) => (Number.isNaN(v) ? 0 : v - level));
  let sse = 0;
  for (let t = SEASON; t < series.length; t++) {
    const s = season[t % SEASON];
    const predicted = level + trend + s;
    const y = series[t];
    if (y === null || y === undefined) {
      level += trend;
      continue;
    }
    sse += (y - predicted) ** 2;
    const prevLevel = level;
    level = params.alpha * (y - s) + (1 - params.alpha) * (level + trend);
    trend = params.beta * (level - prevLevel) + (1 - params.beta) * trend;
    season[t % SEASON] = params.gamma * (y - level) + (1 - params.gamma) * s;
  }
  const n = series.length;
  return {
    params,
    sse,
    forecast: (horizon) =>
      Array.from({ length: horizon }, (_, h) => Math.max(0, level + (h + 1) * trend + season[(n + h) % SEASON])),
  };
}

const GRID = [0.05, 0.1, 0.2, 0.3, 0.5];
const TREND_GRID = [0, 0.01, 0.05, 0.1];

/** Picks alpha, beta, gamma from a small grid by the one-step-ahead squared error on the history. */
export function holtWinters(series: readonly (number | null)[]): HoltWintersFit {
  if (series.length < 2 * SEASON) {
    // Too short for a season: the mean of the known days, flat.
    const flat = mean(series.filter((v): v is number => v !== null));
    return { params: { alpha: 0, beta: 0, gamma: 0 }, sse: 0, forecast: (h) => Array(h).fill(flat) };
  }
  let best: HoltWintersFit | null = null;
  for (const alpha of GRID)
    for (const beta of TREND_GRID)
      for (const gamma of GRID) {
        const fit = fitHoltWinters(series, { alpha, beta, gamma });
        if (!best || fit.sse < best.sse) best = fit;
      }
  return best as HoltWintersFit;
}
