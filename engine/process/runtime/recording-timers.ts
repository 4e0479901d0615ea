import { Timers } from 'bpmn-elements';
import { addIsoDuration, parseTimeCycle } from '../../core/clock/index.ts';

/** A timer the process asked for, to be persisted as a job instead of living in memory. */
export interface RequestedTimer {
  elementId: string;
  executionId: string;
  dueAt: number;
  content: Record<string, unknown>;
}

/**
 * The due time of a duration or cycle timer counted exactly from `now`. bpmn-elements measures their
 * delay between two readings of the wall clock, which adds a millisecond or more when a tick falls
 * between them (more under load): a PT4H timer would then not be due at exactly four hours.
 */
function exactDue(now: number, content: Record<string, any>): number | null {
  if (content.timerType === 'timeDuration' && typeof content.timeDuration === 'string')
    return addIsoDuration(now, content.timeDuration.trim());
  if (content.timerType !== 'timeCycle' || typeof content.timeCycle !== 'string') return null;
  const cycle = parseTimeCycle(content.timeCycle);
  return cycle && cycle.start === null ? addIsoDuration(now, cycle.duration) : null;
}

/**
 * bpmn-engine timers that never fire on their own. A timer set during a command is only recorded; the
 * command persists it as a TIMER job, and the scheduler fires it through `fire()` in a later command.
 * In-process timers would be lost on restart, and node cannot wait past ~24.8 days anyway.
 * Due times come from the engine's clock (so tests can move time), not from bpmn-elements' Date.
 */
export function makeRecordingTimers(now: () => number) {
  const timers = new Timers({
    setTimeout: (() => ({ recorded: true })) as any,
    clearTimeout: (() => undefined) as any,
  });
  // bpmn-elements registers each timer with the timer event's message content as its owner.
  const refs = () => timers.executing as any[];
  // A timer's due time is fixed when first reported: a live engine kept for the next command (see
  // hot-engines.ts) reports it again later, when now() + delay would be past the real due time.
  const dueOf = new WeakMap<object, number>();
  return {
    timers,
    /** The timers still armed when the command settles. */
    armed(): RequestedTimer[] {
      return refs().map((t) => {
        const content = (t.owner ?? {}) as Record<string, any>;
        const dueAt = dueOf.get(t) ?? exactDue(now(), content) ?? now() + Number(t.delay);
        dueOf.set(t, dueAt);
        return {
          elementId: String(content.id),
          executionId: String(content.executionId ?? t.timerId),
          dueAt,
          content: {
            timerType: content.timerType,
            timeDuration: content.timeDuration,
            timeDate: content.timeDate,
            timeCycle: content.timeCycle,
            repeat: content.repeat,
          },
        };
      });
    },
    /** Fires the armed timer of an execution, as its timeout would have. False if none is armed. */
    fire(executionId: string): boolean {
      const ref = refs().find((t) => String(t.owner?.executionId ?? t.timerId) === executionId);
      if (!ref) return false;
      timers.clearTimeout(ref);
      ref.callback(...(ref.args ?? []));
      return true;
    },
  };
}
