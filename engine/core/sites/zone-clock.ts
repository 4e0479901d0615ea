/** Local wall-clock fields of an instant in one time zone (month 1-12, weekday 0 = Sunday as Date's). */
export interface LocalParts {
  year: number;
  month: number;
  day: number;
  weekday: number;
  minutes: number;
}

/** Converts between instants and a zone's local dates and times (the site's, never the server's). */
export interface ZoneClock {
  readonly zone: string;
  partsAt(instant: number): LocalParts;
  /** The instant of a local date and minute of the day (1440 is the next midnight); DST gaps move forward. */
  instantOf(year: number, month: number, day: number, minutes: number): number;
}

/** True when Intl knows the IANA zone name (canonical names and their aliases). */
export function isKnownTimeZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > 100) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** A clock for one zone; its formatter is made once, as Intl formatters are costly to create. */
export function makeZoneClock(zone: string): ZoneClock {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    weekday: 'short',
  });
  const fields = (instant: number) => {
    const out: Record<string, string> = {};
    for (const p of format.formatToParts(instant)) out[p.type] = p.value;
    return out;
  };
  const offsetAt = (instant: number) => {
    const f = fields(instant);
    const local = Date.UTC(+f.year, +f.month - 1, +f.day, +f.hour, +f.minute, +f.second);
    return local - (instant - (((instant % 1000) + 1000) % 1000));
  };
  return {
    zone,
    partsAt(instant) {
      const f = fields(instant);
      return {
        year: +f.year,
        month: +f.month,
        day: +f.day,
        weekday: WEEKDAYS[f.weekday],
        minutes: +f.hour * 60 + +f.minute,
      };
    },
    instantOf(year, month, day, minutes) {
      const wall = Date.UTC(year, month - 1, day, 0, minutes);
      const first = offsetAt(wall);
      const guess = wall - first;
      const second = offsetAt(guess);
      if (second === first) return guess;
      // Near a change of offset the two readings differ: the instant whose own offset gives back the
      // wall time is the answer (01:00 on a spring-forward night at 02:00 exists); when neither does,
      // the wall time falls in the gap and moves forward.
      const other = wall - second;
      if (offsetAt(other) === second) return other;
      return wall - Math.max(first, second);
    },
  };
}
