import { Timers } from 'bpmn-elements';

/** A timer the process asked for, to be persisted as a job instead of living in memory. */
export interface RequestedTimer {
  elementId: string;
  executionId: string;
  dueAt: number;
  content: Record<string, unknown>;
}

/**
 * bpmn-engine timers that never fire in memory. A timer set during a command is only recorded; the
 * command persists it as a TIMER job, and the job scheduler resumes the instance when it falls due.
 * In-process timers would be lost on restart (and node cannot wait past ~24.8 days anyway).
 */
export function makeRecordingTimers(now: () => number) {
  const timers = new Timers({ setTimeout: (() => ({ recorded: true })) as any, clearTimeout: (() => undefined) as any });
  return {
    timers,
    /** The timers still armed when the command settles. */
    armed(): RequestedTimer[] {
      return timers.executing.map((t: any) => {
        // bpmn-elements registers the timer with the timer event's message content as its owner.
        const content = (t.owner ?? {}) as Record<string, any>;
        const expireAt = content.expireAt ? Date.parse(content.expireAt) : now() + Number(t.delay);
        return {
          elementId: String(content.id),
          executionId: String(content.executionId ?? t.timerId),
          dueAt: expireAt,
          content: { timerType: content.timerType, timeDuration: content.timeDuration, timeDate: content.timeDate, timeCycle: content.timeCycle, repeat: content.repeat },
        };
      });
    },
  };
}
