import type { ArrivalInterval } from '../../../models/index.ts';
import type { PlanCalendar } from './calendar.ts';
import type { HistoryDay, HistorySlot } from './days.ts';

/** The local dates from `first` up to (not including) `end`. */
export function datesBetween(cal: PlanCalendar, first: string, end: string, max = 400): string[] {
  const dates: string[] = [];
  for (let d = first; d < end && dates.length < max; d = cal.nextDate(d)) dates.push(d);
  return dates;
}

/** The interval starts of a local day (slot i at minute i x intervalMinutes; DST gaps leave slots out). */
export function slotStarts(cal: PlanCalendar, date: string, intervalMinutes: number): (number | null)[] {
  const end = cal.at(date, 1440);
  const starts: (number | null)[] = [];
  let last = -Infinity;
  for (let m = 0; m < 1440; m += intervalMinutes) {
    const at = cal.at(date, m);
    starts.push(at > last && at < end ? at : null);
    if (at > last) last = at;
  }
  return starts;
}

/** Buckets interval rows into local days and slots of the calendar's zone. */
export function toHistoryDays(
  cal: PlanCalendar,
  dates: readonly string[],
  rows: readonly ArrivalInterval[],
  intervalMinutes: number,
): HistoryDay[] {
  const slots = 1440 / intervalMinutes;
  type Slot = { -readonly [K in keyof HistorySlot]: HistorySlot[K] };
  const byDate = new Map<string, Slot[]>(
    dates.map((d) => [d, Array.from({ length: slots }, () => ({ arrivals: 0, handled: 0, handleSeconds: 0 }))]),
  );
  for (const r of rows) {
    const day = byDate.get(cal.dateOf(r.start));
    if (!day) continue;
    const slot = day[Math.floor(cal.zone.partsAt(r.start).minutes / intervalMinutes)];
    slot.arrivals += r.arrivals;
    slot.handled += r.handled;
    slot.handleSeconds += r.handleSeconds;
  }
  return dates.map((date) => ({
    date,
    weekday: cal.weekdayOf(date),
    holiday: cal.holidays.has(date),
    slots: byDate.get(date) as HistorySlot[],
  }));
}
