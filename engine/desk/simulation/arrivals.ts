import type { Random } from './random.ts';
import type { CurvePoint } from './scenario.ts';

const HOUR = 3_600_000;

/**
 * The next arrival after `from` (ms into the day) of a Poisson process whose rate follows the curve, or
 * null when none comes before `endMs`. The exponential is memoryless, so a gap that crosses into the
 * next step of the curve is redrawn from the step's start at the step's rate: exact, not approximated.
 */
export function nextArrival(curve: readonly CurvePoint[], from: number, endMs: number, random: Random): number | null {
  let t = from;
  while (t < endMs) {
    const i = stepAt(curve, t);
    const stepEnd = Math.min(endMs, i + 1 < curve.length ? curve[i + 1].start * HOUR : endMs);
    const rate = curve[i].perHour;
    if (rate > 0) {
      const next = t + random.exponential(HOUR / rate);
      if (next < stepEnd) return next;
    }
    t = stepEnd;
  }
  return null;
}

function stepAt(curve: readonly CurvePoint[], t: number): number {
  let i = 0;
  while (i + 1 < curve.length && curve[i + 1].start * HOUR <= t) i += 1;
  return i;
}
