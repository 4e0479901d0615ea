/**
 * Sites in the admin area: the GraphQL documents and the pure helpers that turn the hours and holidays
 * a person types into the API's shapes and back (unit-tested without a browser).
 */
import type { Weekday } from '../generated/graphql.ts';
import { graphql } from '../generated/index.ts';

export const SITES = graphql(`
  query AdminSites {
    sites {
      id
      name
      timeZone
      businessHours {
        day
        open
        close
      }
      holidays {
        date
        name
      }
      supervisors {
        id
      }
    }
  }
`);

export const UPSERT_SITE = graphql(`
  mutation AdminUpsertSite($input: SiteInput!) {
    upsertSite(input: $input) {
      id
    }
  }
`);

export const MY_SITES = graphql(`
  query MySupervisedSites {
    me {
      id
      supervisedSites {
        id
        name
      }
    }
  }
`);

export const DAYS: readonly Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

export interface Hours {
  day: Weekday;
  open: string;
  close: string;
}

const LINE = /^([A-Z]{3})(?:\s*-\s*([A-Z]{3}))?\s+(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})$/;

/** "MON-FRI 09:00-17:00" lines into hours per day; the first line it cannot read when it cannot. */
export function parseHours(text: string): { hours: Hours[] } | { bad: string } {
  const hours: Hours[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim().toUpperCase();
    if (!line) continue;
    const m = LINE.exec(line);
    const from = m ? DAYS.indexOf(m[1] as Weekday) : -1;
    const to = m ? (m[2] ? DAYS.indexOf(m[2] as Weekday) : from) : -1;
    if (!m || from < 0 || to < from) return { bad: raw.trim() };
    for (let d = from; d <= to; d += 1) hours.push({ day: DAYS[d], open: m[3], close: m[4] });
  }
  return { hours };
}

/** Hours per day as lines, consecutive days with the same times joined ("MON-FRI 09:00-17:00"). */
export function formatHours(hours: readonly Hours[]): string {
  const sorted = [...hours].sort((a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || a.open.localeCompare(b.open));
  const lines: { from: Weekday; to: Weekday; open: string; close: string }[] = [];
  for (const h of sorted) {
    const last = lines.find(
      (l) => l.open === h.open && l.close === h.close && DAYS.indexOf(l.to) === DAYS.indexOf(h.day) - 1,
    );
    if (last) last.to = h.day;
    else lines.push({ from: h.day, to: h.day, open: h.open, close: h.close });
  }
  return lines.map((l) => `${l.from === l.to ? l.from : `${l.from}-${l.to}`} ${l.open}-${l.close}`).join('\n');
}

/** "2026-05-01 Labour Day" lines into holidays; the first line it cannot read when it cannot. */
export function parseHolidays(text: string): { holidays: { date: string; name: string }[] } | { bad: string } {
  const holidays: { date: string; name: string }[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^(\d{4}-\d{2}-\d{2})\s+(.+)$/.exec(line);
    if (!m) return { bad: line };
    holidays.push({ date: m[1], name: m[2].trim() });
  }
  return { holidays };
}

export const formatHolidays = (holidays: readonly { date: string; name: string }[]): string =>
  holidays.map((h) => `${h.date} ${h.name}`).join('\n');
