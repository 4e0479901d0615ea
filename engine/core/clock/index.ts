/** Time source. Everything time-dependent takes one so tests can move time by hand. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** The wall clock. */
export function makeSystemClock(): Clock {
  return { now: () => Date.now() };
}

/** A clock tests set and advance explicitly. */
export interface ManualClock extends Clock {
  set(ms: number): void;
  advance(ms: number): void;
}

/** Makes a manual clock starting at `start` (default 2026-01-05T09:00:00Z, a Monday). */
export function makeManualClock(start = Date.UTC(2026, 0, 5, 9, 0, 0)): ManualClock {
  let current = start;
  return {
    now: () => current,
    set: (ms) => {
      current = ms;
    },
    advance: (ms) => {
      current += ms;
    },
  };
}
export { isIsoDuration, addIsoDuration } from './duration.ts';
export { parseTimeCycle, firstOccurrence, nextOccurrence, type TimeCycle } from './time-cycle.ts';
export { makeWakeLoop, realSleep, MAX_TIMER_MS, type Sleep, type WakeLoop, type WakeLoopSpec } from './wake-loop.ts';
