import { Weekday, type BusinessHours, type Holiday } from '../../../models/index.ts';
import { BadInputError } from '../errors/index.ts';
import { minutesOf } from './business-hours.ts';
import { isKnownTimeZone } from './zone-clock.ts';

/** Input of upsertSite; on an existing site, what is left out keeps its value. */
export interface SiteInput {
  id: string;
  name?: string | null;
  timeZone?: string | null;
  businessHours?: BusinessHours[] | null;
  holidays?: Holiday[] | null;
  /** The users who supervise the site (replaces the list when given). */
  supervisors?: string[] | null;
}

/** Lower-case letters, digits and dashes: ids are matched with LIKE in a task's site scope, so no wildcards. */
export const SITE_ID = /^[a-z0-9][a-z0-9-]{0,59}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DAYS = Object.values(Weekday) as string[];

/** Throws BAD_USER_INPUT unless the id can name a site. */
export function checkSiteId(id: unknown, field = 'id'): string {
  if (typeof id !== 'string' || !SITE_ID.test(id))
    throw new BadInputError('a site id is 1-60 lower-case letters, digits and dashes', { field });
  return id;
}

/** Throws BAD_USER_INPUT unless the zone is an IANA time zone Intl knows. */
export function checkTimeZone(zone: string): string {
  if (!isKnownTimeZone(zone))
    throw new BadInputError(`unknown time zone "${zone}": give an IANA name such as Europe/Paris`, {
      field: 'timeZone',
    });
  return zone;
}

/** Business hours per weekday: valid times, open before close, no overlaps on a day. */
export function checkBusinessHours(hours: readonly BusinessHours[]): BusinessHours[] {
  if (hours.length > 50) throw new BadInputError('at most 50 business-hour entries', { field: 'businessHours' });
  for (const h of hours) {
    if (!DAYS.includes(h.day))
      throw new BadInputError(`day must be one of ${DAYS.join(' ')}`, { field: 'businessHours' });
    if (!TIME.test(h.open) || !TIME.test(h.close) || h.open === '24:00')
      throw new BadInputError(`business hours of ${h.day}: times are HH:MM (close may be 24:00)`, {
        field: 'businessHours',
      });
    if (minutesOf(h.open) >= minutesOf(h.close))
      throw new BadInputError(`business hours of ${h.day}: ${h.open} is not before ${h.close}`, {
        field: 'businessHours',
      });
  }
  for (const day of DAYS) {
    const spans = hours.filter((h) => h.day === day).sort((a, b) => minutesOf(a.open) - minutesOf(b.open));
    for (let i = 1; i < spans.length; i += 1)
      if (minutesOf(spans[i].open) < minutesOf(spans[i - 1].close))
        throw new BadInputError(`business hours of ${day} overlap`, { field: 'businessHours' });
  }
  return hours.map((h) => ({ day: h.day, open: h.open, close: h.close }));
}

/** Holidays: real dates "YYYY-MM-DD", each once, with a name. */
export function checkHolidays(holidays: readonly Holiday[]): Holiday[] {
  if (holidays.length > 500) throw new BadInputError('at most 500 holidays', { field: 'holidays' });
  const seen = new Set<string>();
  for (const h of holidays) {
    const real = DATE.test(h.date) && new Date(`${h.date}T00:00:00Z`).toISOString().startsWith(h.date);
    if (!real) throw new BadInputError(`holiday date "${h.date}" is not YYYY-MM-DD`, { field: 'holidays' });
    if (seen.has(h.date)) throw new BadInputError(`holiday ${h.date} is named twice`, { field: 'holidays' });
    if (typeof h.name !== 'string' || h.name.trim().length === 0 || h.name.length > 200)
      throw new BadInputError(`holiday ${h.date} needs a name of 1-200 characters`, { field: 'holidays' });
    seen.add(h.date);
  }
  return [...holidays].map((h) => ({ date: h.date, name: h.name.trim() })).sort((a, b) => a.date.localeCompare(b.date));
}
