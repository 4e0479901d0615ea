import type { HistoryDay } from './days.ts';

/**
 * The intraday profile of each weekday: the mean share of the day's arrivals in each interval over the
 * most recent `weeks` open days of that weekday (holidays and empty days left out), and the
 * arrival-weighted mean handle time of each interval over the same days.
 */
export interface IntradayProfile {
  /** shares[weekday][slot], each weekday summing to 1 (or all 0 when no day of it had arrivals). */
  readonly shares: number[][];
  /** handle[weekday][slot]: mean handle seconds; falls back to the weekday's, then the overall mean. */
  readonly handleSeconds: number[][];
}

export function intradayProfile(days: readonly HistoryDay[], slots: number, weeks = 4): IntradayProfile {
  const shares: number[][] = [];
  const handleSeconds: number[][] = [];
  let allHandle = 0;
  let allAnswered = 0;
  for (const d of days)
    for (const s of d.slots) {
      allHandle += s.handleSeconds;
      allAnswered += s.handled;
    }
  const overall = allAnswered ? allHandle / allAnswered : 0;
  for (let weekday = 0; weekday < 7; weekday++) {
    const recent = days.filter((d) => d.weekday === weekday && !d.holiday && total(d) > 0).slice(-weeks);
    const share = Array(slots).fill(0);
    const handle = Array(slots).fill(0);
    const handled = Array(slots).fill(0);
    for (const d of recent) {
      const sum = total(d);
      d.slots.forEach((s, i) => {
        if (i >= slots) return;
        share[i] += s.arrivals / sum / recent.length;
        handle[i] += s.handleSeconds;
        handled[i] += s.handled;
      });
    }
    const dayHandled = handled.reduce((a, b) => a + b, 0);
    const dayMean = dayHandled ? handle.reduce((a, b) => a + b, 0) / dayHandled : overall;
    shares.push(share);
    handleSeconds.push(handle.map((h, i) => (handled[i] ? h / handled[i] : dayMean)));
  }
  return { shares, handleSeconds };
}

export const total = (d: HistoryDay): number => d.slots.reduce((a, s) => a + s.arrivals, 0);
