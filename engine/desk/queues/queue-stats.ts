import {
  agentLoads,
  Channel,
  findLatestQueueTasks,
  listAgents,
  listQueues,
  Presence,
  queueFigures,
  queueHours,
  TaskState,
  type AgentLoad,
  type AgentRecord,
  type FigureDefaults,
  type QueueFigures,
  type QueueHour,
  type QueueRecord,
  type TaskRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { qualification, agentsNeeded } from '../routing/index.ts';
import {
  addOutcomes,
  DEFAULT_ABANDON_GRACE_SECONDS,
  queueServiceLevel,
  serviceLevelParts,
  toPercent,
} from './service-level.ts';
import { defaultQueue } from './upsert-queue.ts';
import { estimateWaitSeconds, servingSlots } from './wait-estimate.ts';

/** One hour of a queue's day, as the board shows it (see the QueueHour type in graphql/schema/routing.graphql). */
export interface QueueHourStats {
  hour: number;
  arrived: number;
  /** Live contacts answered plus other work completed. */
  handled: number;
  /** What met the service level under the queue's rule. */
  withinSla: number;
  offered: number;
  answered: number;
  abandoned: number;
  shortAbandoned: number;
  serviceLevelPercent: number | null;
}

/** Live figures of a queue (see the Queue type in graphql/schema/routing.graphql). */
export interface QueueStats {
  waiting: number;
  reserved: number;
  assigned: number;
  paused: number;
  oldestWaitingSeconds: number;
  serviceLevelPercent: number | null;
  handledToday: number;
  offeredToday: number;
  answeredToday: number;
  abandonedToday: number;
  shortAbandonedToday: number;
  atRisk: number;
  averageHandleSeconds: number | null;
  arrivalsPerHour: number;
  requiredAgents: number | null;
  estimatedWaitSeconds: number | null;
  agentsByPresence: { presence: Presence; count: number }[];
  /** Today by hour (UTC). */
  hourly: QueueHourStats[];
}

/** A queue with its figures. */
export interface QueueWithStats extends QueueRecord {
  stats: QueueStats;
}

const ARRIVAL_WINDOW_MS = 15 * 60_000;
/** Handle time assumed (Erlang C, wait estimates) before a queue has completed anything today. */
const DEFAULT_AHT_SECONDS = 300;
const DEFAULTS: FigureDefaults = { liveThresholdSeconds: 20, abandonGraceSeconds: DEFAULT_ABANDON_GRACE_SECONDS };

function hourStats(queue: QueueRecord, h: QueueHour): QueueHourStats {
  const { met } = serviceLevelParts(queue.serviceLevelRule, h);
  return {
    hour: h.hour,
    arrived: h.arrived,
    handled: h.answered + h.completed,
    withinSla: met,
    offered: h.answered + h.abandoned,
    answered: h.answered,
    abandoned: h.abandoned,
    shortAbandoned: h.abandonedShort,
    serviceLevelPercent: toPercent(queueServiceLevel(queue.serviceLevelRule, h)),
  };
}

interface Inputs {
  figures: QueueFigures | undefined;
  hours: QueueHour[];
  serving: AgentRecord[];
  loads: ReadonlyMap<string, AgentLoad>;
  now: number;
}

function statsOf(queue: QueueRecord, { figures: f, hours, serving, loads, now }: Inputs): QueueStats {
  const by = f?.byState ?? {};
  const aht = f && f.handled > 0 ? f.handleMsSum / f.handled / 1000 : null;
  const arrivalsPerHour = ((f?.arrivals ?? 0) * 3_600_000) / ARRIVAL_WINDOW_MS;
  const live = queue.channel === Channel.VOICE || queue.channel === Channel.CHAT;
  const counts = new Map<Presence, number>(Object.values(Presence).map((p) => [p, 0]));
  for (const a of serving) counts.set(a.presence, (counts.get(a.presence) ?? 0) + 1);
  const day = addOutcomes(hours);
  const wait = estimateWaitSeconds({
    queued: by[TaskState.QUEUED] ?? 0,
    ...servingSlots(serving, loads, queue.channel),
    ahtSeconds: aht ?? DEFAULT_AHT_SECONDS,
  });
  return {
    waiting: (by[TaskState.QUEUED] ?? 0) + (by[TaskState.RESERVED] ?? 0),
    reserved: by[TaskState.RESERVED] ?? 0,
    assigned: by[TaskState.ASSIGNED] ?? 0,
    paused: by[TaskState.PAUSED] ?? 0,
    oldestWaitingSeconds: f?.oldestEnqueuedAt == null ? 0 : Math.max(0, Math.floor((now - f.oldestEnqueuedAt) / 1000)),
    serviceLevelPercent: toPercent(queueServiceLevel(queue.serviceLevelRule, day)),
    handledToday: f?.handled ?? 0,
    offeredToday: day.answered + day.abandoned,
    answeredToday: day.answered,
    abandonedToday: day.abandoned,
    shortAbandonedToday: day.abandonedShort,
    atRisk: f?.atRisk ?? 0,
    averageHandleSeconds: aht === null ? null : Math.round(aht * 10) / 10,
    arrivalsPerHour,
    requiredAgents: live
      ? agentsNeeded(arrivalsPerHour, aht ?? DEFAULT_AHT_SECONDS, queue.slaTargetPercent, queue.slaSeconds)
      : null,
    estimatedWaitSeconds: wait === null ? null : Math.round(wait),
    agentsByPresence: [...counts].map(([presence, count]) => ({ presence, count })),
    hourly: hours.map((h) => hourStats(queue, h)),
  };
}

/** Agents who can serve a queue: those who qualify for its latest task (everyone when it has none). */
const servingAgents = (agents: AgentRecord[], sample: TaskRecord | undefined) =>
  sample ? agents.filter((a) => !qualification(a, { ...sample, sites: sample.siteScope })) : agents;

/**
 * Every queue with live figures. Queues that tasks name but nobody configured are listed with default
 * settings. Today is the UTC day. The service level of the day and of each hour comes from the same
 * outcome counts under the queue's rule (service-level.ts); the wait estimate is wait-estimate.ts's.
 */
export async function getQueuesWithStats(ctx: EngineContext): Promise<QueueWithStats[]> {
  const now = ctx.clock.now();
  const dayStart = now - (now % 86_400_000);
  const [queues, figures, agents, hours] = await Promise.all([
    listQueues(ctx.db),
    queueFigures(ctx.db, now, dayStart, now - ARRIVAL_WINDOW_MS, DEFAULTS),
    listAgents(ctx.db),
    queueHours(ctx.db, dayStart, DEFAULTS),
  ]);
  const known = new Map(queues.map((q) => [q.name, q]));
  for (const name of figures.keys()) if (!known.has(name)) known.set(name, defaultQueue(name, Channel.BACKOFFICE, now));
  const samples = await findLatestQueueTasks(ctx.db, [...known.keys()]);
  const staffed = agents.filter((a) => a.presence !== Presence.OFFLINE && a.presence !== Presence.AWAY);
  const loads = await agentLoads(
    ctx.db,
    staffed.map((a) => a.id),
  );
  return [...known.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((q) => ({
      ...q,
      stats: statsOf(q, {
        figures: figures.get(q.name),
        hours: hours.filter((h) => h.queue === q.name),
        serving: servingAgents(agents, samples.get(q.name)),
        loads,
        now,
      }),
    }));
}
