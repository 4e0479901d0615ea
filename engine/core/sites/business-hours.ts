import { Weekday, type SiteRecord } from '../../../models/index.ts';
import { makeZoneClock, type ZoneClock } from './zone-clock.ts';

/** One stretch of open time, as instants. */
export interface OpenPeriod {
  start: number;
  end: number;
}

/** A site's business time: when it is open, and what a span of business time adds up to. */
export interface SiteCalendar {
  readonly site: SiteRecord;
  readonly clock: ZoneClock;
  /** True when the site has any business hours (a site without them counts calendar time). */
  readonly hasHours: boolean;
  isOpen(at: number): boolean;
  /** The open period that contains `from` (clipped to start there) or the next one; null when none within a year. */
  nextOpenPeriod(from: number): OpenPeriod | null;
  /** The instant `ms` of business time after `start` (calendar time when the site has no hours). */
  addBusinessTime(start: number, ms: number): number;
}

/** Date's getUTCDay() number of each stored weekday. */
const DAY_NUMBER: Record<Weekday, number> = { SUN: 0, MON: 1, TUE: 2, WED: 3, THU: 4, FRI: 5, SAT: 6 };

/** "HH:MM" as minutes of the day ("24:00" is 1440). */
export const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** How far ahead business time is looked for; a site closed for longer counts calendar time. */
const HORIZON_DAYS = 400;
const MAX_PERIODS = 5000;

/** Makes the calendar of a site: its weekly hours and holidays, read in its own time zone. */
export function makeSiteCalendar(site: SiteRecord): SiteCalendar {
  const clock = makeZoneClock(site.timeZone);
  const holidays = new Set(site.holidays.map((h) => h.date));
  // Per weekday (0 = Sunday), the open and close minutes, in order.
  const week: [number, number][][] = Array.from({ length: 7 }, () => []);
  for (const h of site.businessHours) week[DAY_NUMBER[h.day]].push([minutesOf(h.open), minutesOf(h.close)]);
  for (const day of week) day.sort((a, b) => a[0] - b[0]);
  const hasHours = site.businessHours.length > 0;

  function nextOpenPeriod(from: number): OpenPeriod | null {
    if (!hasHours) return null;
    const today = clock.partsAt(from);
    for (let i = -1; i <= HORIZON_DAYS; i += 1) {
      const date = new Date(Date.UTC(today.year, today.month - 1, today.day + i));
      const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
      const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      if (holidays.has(iso)) continue;
      for (const [open, close] of week[date.getUTCDay()]) {
        const end = clock.instantOf(y, m, d, close);
        if (end <= from) continue;
        return { start: Math.max(from, clock.instantOf(y, m, d, open)), end };
      }
    }
    return null;
  }

  return {
    site,
    clock,
    hasHours,
    isOpen: (at) => nextOpenPeriod(at)?.start === at,
    nextOpenPeriod,
    addBusinessTime(start, ms) {
      let remaining = ms;
      let cursor = start;
      // Bounded: an absurd span (years of business time) ends in calendar time rather than a long walk.
      for (let periods = 0; periods < MAX_PERIODS; periods += 1) {
        const period = nextOpenPeriod(cursor);
        if (!period) return cursor + remaining;
        const room = period.end - period.start;
        if (remaining <= room) return period.start + remaining;
        remaining -= room;
        cursor = period.end;
      }
      return cursor + remaining;
    },
  };
}
