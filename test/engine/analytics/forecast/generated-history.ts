import type { HistoryDay } from '../../../../engine/analytics/forecast/index.ts';

/**
 * Generated history with stated parameters: 1000 contacts on an average weekday, weekly pattern
 * WEEKLY (Sunday first), a two-peak intraday curve over 08:00-20:00 in 15-minute intervals, a trend of
 * +1% a week (compounding), and multiplicative Gaussian noise of coefficient of variation 10% per
 * interval, from a seeded generator (mulberry32) so every run sees the same numbers.
 */
export const WEEKLY = [0.3, 1.2, 1.1, 1.0, 1.0, 0.9, 0.5];
export const SLOTS = 96;
const BASE = 1000;

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Share of the day in each 15-minute interval: peaks at 10:00 and 15:00, closed outside 08:00-20:00. */
export const INTRADAY: number[] = (() => {
  const raw = Array.from({ length: SLOTS }, (_, i) => {
    const h = i / 4;
    if (h < 8 || h >= 20) return 0;
    return Math.exp(-((h - 10) ** 2) / 4) + 0.8 * Math.exp(-((h - 15) ** 2) / 5) + 0.1;
  });
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((v) => v / sum);
})();

/** Expected (noise-free) arrivals of day `d` (day 0 is a Sunday). */
export const expectedTotal = (d: number) => BASE * WEEKLY[d % 7] * 1.01 ** (d / 7);

/** `weeks` weeks from a Sunday; the days in `holidays` (day numbers) are closed and marked. */
export function generateHistory(weeks: number, holidays: number[] = [], seed = 42): HistoryDay[] {
  const random = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Array.from({ length: weeks * 7 }, (_, d) => {
    const holiday = holidays.includes(d);
    const slots = INTRADAY.map((share) => {
      const noisy = Math.max(0, expectedTotal(d) * share * (1 + 0.1 * normal()));
      const arrivals = holiday ? 0 : noisy;
      return { arrivals, handled: arrivals, handleSeconds: arrivals * 300 };
    });
    return { date: `day-${d}`, weekday: d % 7, holiday, slots };
  });
}
