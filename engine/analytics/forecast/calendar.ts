import { findSites, type Db } from '../../../models/index.ts';
import { makeZoneClock, type ZoneClock } from '../../core/sites/index.ts';

/** The local calendar a plan is made in: the site's zone and holidays (UTC and none without a site). */
export interface PlanCalendar {
  readonly zone: ZoneClock;
  readonly holidays: ReadonlySet<string>;
  /** Local date YYYY-MM-DD of an instant. */
  dateOf(instant: number): string;
  /** Weekday (0 = Sunday) of a local date. */
  weekdayOf(date: string): number;
  /** The instant of a local date and minute of the day (1440: the next midnight). */
  at(date: string, minutes: number): number;
  /** The local date after this one. */
  nextDate(date: string): string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function makePlanCalendar(timeZone: string, holidays: readonly string[]): PlanCalendar {
  const zone = makeZoneClock(timeZone);
  const split = (date: string) => date.split('-').map(Number) as [number, number, number];
  return {
    zone,
    holidays: new Set(holidays),
    dateOf(instant) {
      const p = zone.partsAt(instant);
      return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
    },
    weekdayOf(date) {
      const [y, m, d] = split(date);
      return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    },
    at(date, minutes) {
      const [y, m, d] = split(date);
      return zone.instantOf(y, m, d, minutes);
    },
    nextDate(date) {
      const [y, m, d] = split(date);
      const next = new Date(Date.UTC(y, m - 1, d + 1));
      return `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
    },
  };
}

/** The calendar of a site (its zone and holiday dates), or UTC without holidays for none. */
export async function calendarOfSite(db: Db, siteId: string | null): Promise<PlanCalendar> {
  if (!siteId) return makePlanCalendar('UTC', []);
  const [site] = await findSites(db, [siteId]);
  if (!site) return makePlanCalendar('UTC', []);
  return makePlanCalendar(
    site.timeZone,
    site.holidays.map((h) => h.date),
  );
}

/** True for a real local date YYYY-MM-DD (not 2026-13-45, which Date would roll over). */
export const isLocalDate = (cal: PlanCalendar, date: string): boolean =>
  DATE_PATTERN.test(date) && cal.dateOf(cal.at(date, 720)) === date;

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
export const minutesOfTime = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
