import type { Capacity, SkillRequirement } from '../../../models/index.ts';
import { Policy, Team } from '../../desk/simulation/index.ts';
import { computeStaffing } from '../../desk/staffing/index.ts';

const HOUR = 3_600_000;
/** The simulator's longest day: a 25-hour day (clocks going back) loses its last hour. */
const MAX_HOURS = 24;

/** One queue of the site for the day: its forecast and targets. */
export interface DayQueue {
  name: string;
  channel: string;
  /** Live queues: answered within; work items: the deadline from creation. */
  slaSeconds: number;
  serviceLevelTarget: number;
  patienceSeconds: number | null;
  /** What its work asks of agents (the skills of its newest task). */
  skills: SkillRequirement[];
  intervals: readonly { start: number; arrivals: number; averageHandleSeconds: number; closed: boolean }[];
  /** Work items waiting when the day starts, and the age of the oldest. */
  backlog: number;
  backlogAgeSeconds: number;
}

/** One rostered shift working some of the day, with its agent's record. */
export interface DayAgent {
  id: string;
  skills: SkillRequirement[];
  capacity: Capacity;
  /** The queue the shift is planned on; null: any queue of the site. */
  queue: string | null;
  startsAt: number;
  endsAt: number;
  breaks: readonly { from: number; to: number }[];
}

export interface DayParts {
  dayStart: number;
  dayEnd: number;
  intervalMinutes: number;
  fallbackHandleSeconds: number;
  queues: readonly DayQueue[];
  agents: readonly DayAgent[];
}

const isLive = (channel: string) => channel === 'VOICE' || channel === 'CHAT';
const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** The day's mean handle time, weighted by arrivals (the simulator takes one per queue). */
function handleSeconds(q: DayQueue, fallback: number): number {
  const n = q.intervals.reduce((a, i) => a + i.arrivals, 0);
  const aht = n > 0 ? q.intervals.reduce((a, i) => a + i.arrivals * i.averageHandleSeconds, 0) / n : 0;
  return Math.max(1, aht || fallback);
}

function queueJson(q: DayQueue, parts: DayParts) {
  const hour = (t: number) => round((t - parts.dayStart) / HOUR);
  const hours = Math.min(MAX_HOURS, (parts.dayEnd - parts.dayStart) / HOUR);
  const perHour = 60 / parts.intervalMinutes;
  const live = isLive(q.channel);
  return {
    name: q.name,
    channel: q.channel,
    arrivals: q.intervals
      .filter((i) => i.start >= parts.dayStart && hour(i.start) < hours)
      .map((i) => ({ start: hour(i.start), perHour: i.closed ? 0 : round(i.arrivals * perHour) })),
    averageHandleSeconds: handleSeconds(q, parts.fallbackHandleSeconds),
    targetSeconds: live ? q.slaSeconds : Math.min(q.slaSeconds, 86_400),
    serviceLevelTarget: q.serviceLevelTarget,
    patienceSeconds: live ? q.patienceSeconds : null,
    slaSeconds: live ? null : q.slaSeconds,
    skills: q.skills,
    backlog: live ? 0 : q.backlog,
    backlogAgeSeconds: live ? 0 : q.backlogAgeSeconds,
  };
}

/**
 * Agents the live queues need in their busiest interval: Erlang C per queue with its target, summed over
 * the queues (which over-counts agents who serve several, as the staffing plan does).
 */
export function liveAgentsNeeded(parts: DayParts): number {
  const need = new Map<number, number>();
  for (const q of parts.queues.filter((x) => isLive(x.channel)))
    for (const i of q.intervals) {
      if (i.closed || i.arrivals <= 0) continue;
      const { erlangC } = computeStaffing({
        arrivalsPerHour: (i.arrivals * 60) / parts.intervalMinutes,
        averageHandleSeconds: Math.max(1, i.averageHandleSeconds || parts.fallbackHandleSeconds),
        targetSeconds: q.slaSeconds,
        serviceLevelTarget: q.serviceLevelTarget,
      });
      need.set(i.start, (need.get(i.start) ?? 0) + erlangC.agents);
    }
  return Math.max(0, ...need.values());
}

const LIVE_CHANNELS = ['VOICE', 'CHAT'] as const;
const ITEM_CHANNELS = ['EMAIL', 'BACKOFFICE'] as const;

/**
 * Teams for SEPARATE: a shift planned on a queue joins that queue's kind; an agent able to do one kind
 * only joins it; of the others, as many join the voice team as the live queues need at their peak
 * (liveAgentsNeeded), as a planner would size a dedicated team, and the rest do the back-office work.
 */
function teams(parts: DayParts, capacities: Map<string, Capacity>): Map<string, Team> {
  const kind = new Map(parts.queues.map((q) => [q.name, isLive(q.channel) ? Team.VOICE : Team.BACKOFFICE]));
  const out = new Map<string, Team>();
  const open: DayAgent[] = [];
  for (const a of parts.agents) {
    const c = capacities.get(a.id) as Capacity;
    const live = LIVE_CHANNELS.some((ch) => c[ch] > 0);
    const items = ITEM_CHANNELS.some((ch) => c[ch] > 0);
    if (a.queue && kind.has(a.queue)) out.set(a.id, kind.get(a.queue) as Team);
    else if (live !== items) out.set(a.id, live ? Team.VOICE : Team.BACKOFFICE);
    else open.push(a);
  }
  const voice = liveAgentsNeeded(parts) - [...out.values()].filter((t) => t === Team.VOICE).length;
  open.forEach((a, i) => out.set(a.id, i < voice ? Team.VOICE : Team.BACKOFFICE));
  return out;
}

/** The simulator's most tasks of a kind at once (an agent's record may allow more). */
const MAX_AT_ONCE = 50;

/** The agent's capacity within the simulator's bounds; a shift planned on one queue takes only its channel. */
function capacityOf(a: DayAgent, queues: readonly DayQueue[]): Capacity {
  const c = { ...a.capacity };
  for (const k of Object.keys(c) as (keyof Capacity)[]) c[k] = Math.min(MAX_AT_ONCE, c[k]);
  const planned = queues.find((q) => q.name === a.queue);
  if (!planned) return c;
  const ch = planned.channel as keyof Capacity;
  return { ...c, VOICE: 0, CHAT: 0, EMAIL: 0, BACKOFFICE: 0, [ch]: c[ch] };
}

/**
 * The `simulate` scenario of a site's day (docs/planning.md "Simulating a day"): every queue with its
 * forecast curve, handle time and target, the back-office backlog, and one agent per shift working that
 * day with its own skills and capacity, its breaks, and the part of a night shift that falls in the day.
 */
export function buildDayScenario(parts: DayParts, policy: Policy = Policy.BLENDED): Record<string, unknown> {
  const hours = Math.min(MAX_HOURS, (parts.dayEnd - parts.dayStart) / HOUR);
  const hour = (t: number) => round(Math.min(hours, Math.max(0, (t - parts.dayStart) / HOUR)));
  const capacities = new Map(parts.agents.map((a) => [a.id, capacityOf(a, parts.queues)]));
  const team = teams(parts, capacities);
  const agents = parts.agents
    .map((a) => {
      const shift = { start: hour(a.startsAt), end: hour(a.endsAt) };
      const breaks = a.breaks.map((b) => ({ start: hour(b.from), end: hour(b.to) })).filter((b) => b.end > b.start);
      return {
        id: a.id,
        count: 1,
        skills: a.skills,
        capacity: capacities.get(a.id),
        team: team.get(a.id),
        shift,
        breaks,
      };
    })
    .filter((a) => a.shift.end > a.shift.start)
    .map(({ breaks, ...a }) => ({ ...a, shift: { ...a.shift, breaks } }));
  return {
    seed: 1,
    hours,
    policy,
    intervalMinutes: parts.intervalMinutes,
    queues: parts.queues.map((q) => queueJson(q, parts)),
    agents,
  };
}
