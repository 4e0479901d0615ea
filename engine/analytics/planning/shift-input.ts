import type { RosterShiftRecord, ShiftBreak } from '../../../models/index.ts';
import { BadInputError } from '../../core/errors/index.ts';
import { isLocalDate, minutesOfTime, TIME_PATTERN, type PlanCalendar } from '../forecast/index.ts';

/** A shift as entered (web app, API or one CSV line). */
export interface RosterShiftInput {
  id?: string | null;
  agentId: string;
  /** Local date YYYY-MM-DD of the shift's site. */
  date: string;
  /** Local "HH:MM"; an end at or before the start ends the next day (a night shift). */
  start: string;
  end: string;
  breaks?: readonly ShiftBreak[] | null;
  queue?: string | null;
  site?: string | null;
}

export const MAX_BREAKS = 6;

/** The instant of a local time within a shift that starts at `startMinutes` (past midnight: next day). */
const instantIn = (cal: PlanCalendar, date: string, startMinutes: number, hhmm: string) => {
  const m = minutesOfTime(hhmm);
  return cal.at(date, m < startMinutes ? m + 1440 : m);
};

/** Checks the fields (BAD_USER_INPUT naming the field) and computes the shift's instants in its zone. */
export function shiftTimes(
  cal: PlanCalendar,
  input: RosterShiftInput,
): { startsAt: number; endsAt: number; breaks: ShiftBreak[] } {
  if (!isLocalDate(cal, input.date)) throw new BadInputError('date must be YYYY-MM-DD', { field: 'date' });
  for (const field of ['start', 'end'] as const)
    if (!TIME_PATTERN.test(input[field])) throw new BadInputError(`${field} must be HH:MM`, { field });
  const breaks = [...(input.breaks ?? [])];
  if (breaks.length > MAX_BREAKS) throw new BadInputError(`at most ${MAX_BREAKS} breaks`, { field: 'breaks' });
  const startMinutes = minutesOfTime(input.start);
  const startsAt = cal.at(input.date, startMinutes);
  const endsAt = instantIn(cal, input.date, startMinutes + 1, input.end);
  for (const b of breaks) {
    if (!TIME_PATTERN.test(b.start) || !TIME_PATTERN.test(b.end))
      throw new BadInputError('a break needs start and end as HH:MM', { field: 'breaks' });
    const from = instantIn(cal, input.date, startMinutes, b.start);
    const to = instantIn(cal, input.date, startMinutes, b.end);
    if (!(from < to && from >= startsAt && to <= endsAt))
      throw new BadInputError(`the break ${b.start}-${b.end} must lie inside the shift`, { field: 'breaks' });
  }
  return { startsAt, endsAt, breaks: breaks.map((b) => ({ start: b.start, end: b.end })) };
}

/** True when the agent of the shift works (is not on a break) at `instant`. */
export function shiftWorksAt(cal: PlanCalendar, shift: RosterShiftRecord, instant: number): boolean {
  if (instant < shift.startsAt || instant >= shift.endsAt) return false;
  const startMinutes = minutesOfTime(shift.start);
  return !shift.breaks.some(
    (b) =>
      instant >= instantIn(cal, shift.date, startMinutes, b.start) &&
      instant < instantIn(cal, shift.date, startMinutes, b.end),
  );
}

/** The instants of the shift's breaks, in order. */
export function breakSpans(cal: PlanCalendar, shift: RosterShiftRecord): { from: number; to: number }[] {
  const startMinutes = minutesOfTime(shift.start);
  return shift.breaks
    .map((b) => ({
      from: instantIn(cal, shift.date, startMinutes, b.start),
      to: instantIn(cal, shift.date, startMinutes, b.end),
    }))
    .sort((a, b) => a.from - b.from);
}
