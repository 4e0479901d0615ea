import type { Capacity, Channel, EscalationStep, SkillRequirement } from '../../../models/index.ts';

/** How agents share the work: one pool with the Erlang C reserve, one pool without it, or two teams. */
export const Policy = {
  BLENDED: 'BLENDED',
  BLENDED_NO_RESERVE: 'BLENDED_NO_RESERVE',
  SEPARATE: 'SEPARATE',
} as const;
export type Policy = (typeof Policy)[keyof typeof Policy];

/** Under SEPARATE, which work a group of agents does. */
export const Team = { VOICE: 'VOICE', BACKOFFICE: 'BACKOFFICE' } as const;
export type Team = (typeof Team)[keyof typeof Team];

/** From `start` (hours into the day) on, this many arrivals per hour, until the next point. */
export interface CurvePoint {
  start: number;
  perHour: number;
}

/** One queue of the scenario, checked and with its defaults. Times are seconds unless named hours. */
export interface SimQueue {
  name: string;
  channel: Channel;
  /** Piecewise-constant arrival rate over the day (one point at 0 when only arrivalsPerHour was given). */
  arrivals: CurvePoint[];
  averageHandleSeconds: number;
  handleTime: { distribution: 'EXPONENTIAL' | 'LOGNORMAL'; cv: number };
  /** Service-level threshold of live work (answered within), and the share to answer so. */
  targetSeconds: number;
  serviceLevelTarget: number;
  /** Mean caller patience (exponential); null: nobody hangs up. */
  patienceSeconds: number | null;
  /** Deadline of work items from their creation; null: none. */
  slaSeconds: number | null;
  skills: SkillRequirement[];
  /** Tasks waiting at the start of the day, with ages spread evenly up to backlogAgeSeconds. */
  backlog: number;
  backlogAgeSeconds: number;
  interruptible: boolean;
  priority: number;
  agingPerMinute: number;
  escalation: EscalationStep[];
}

/** A group of identical agents. */
export interface SimAgents {
  count: number;
  skills: SkillRequirement[];
  capacity: Capacity;
  team: Team | null;
  /** Hours into the day. */
  shift: { start: number; end: number };
  /** Hours into the day inside the shift, in order: no new work then (work in hand is finished first). */
  breaks: { start: number; end: number }[];
}

/** A checked scenario (see checkScenario for the JSON it is read from). */
export interface Scenario {
  seed: number;
  hours: number;
  policy: Policy;
  /** Seconds from an offer to its acceptance (0: at once, as queueing theory assumes). */
  acceptSeconds: number;
  intervalMinutes: number;
  /** Arrivals before this are simulated but not counted (the day starts empty). */
  warmupHours: number;
  queues: SimQueue[];
  agents: SimAgents[];
}

/** Whether a queue's work is live (answered while the customer waits) rather than a work item. */
export const isLive = (q: Pick<SimQueue, 'channel'>): boolean => q.channel === 'VOICE' || q.channel === 'CHAT';

/** Expected arrivals of a curve over [0, hours). */
export function expectedArrivals(curve: readonly CurvePoint[], hours: number): number {
  let sum = 0;
  curve.forEach((p, i) => {
    const end = Math.min(hours, curve[i + 1]?.start ?? hours);
    if (end > p.start) sum += (end - p.start) * p.perHour;
  });
  return sum;
}
