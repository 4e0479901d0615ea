import { addIsoDuration, isIsoDuration } from './duration.ts';

/** A parsed ISO-8601 repeating interval: `R[n]/[start/]duration`. */
export interface TimeCycle {
  /** Remaining repetitions; null repeats forever. */
  repetitions: number | null;
  start: number | null;
  duration: string;
}

/** Parses `R3/PT10M`, `R/P1D`, `R5/2026-01-05T09:00:00Z/P1D`; null if not a cycle. */
export function parseTimeCycle(text: string): TimeCycle | null {
  const parts = text.trim().split('/');
  const r = /^R(\d*)$/.exec(parts[0] ?? '');
  if (!r || parts.length < 2 || parts.length > 3) return null;
  const duration = parts[parts.length - 1];
  if (!isIsoDuration(duration)) return null;
  const start = parts.length === 3 ? Date.parse(parts[1]) : null;
  if (start !== null && Number.isNaN(start)) return null;
  return { repetitions: r[1] === '' ? null : Number(r[1]), start, duration };
}

/** When a cycle first fires, counted from `now` unless it names its start. */
export function firstOccurrence(cycle: TimeCycle, now: number): number {
  return cycle.start ?? (addIsoDuration(now, cycle.duration) as number);
}

/** The occurrence after `previous`. */
export function nextOccurrence(cycle: TimeCycle, previous: number): number {
  return addIsoDuration(previous, cycle.duration) as number;
}
