import {
  Channel,
  listAgents,
  listQueues,
  Presence,
  queueFigures,
  TaskState,
  type AgentRecord,
  type QueueFigures,
  type QueueRecord,
  type TaskRecord,
} from '../../models/index.ts';
import { findLatestQueueTasks, queueHours, type QueueHour } from '../../models/index.ts';
import type { EngineContext } from '../context.ts';
import { qualification } from '../routing/eligibility.ts';
import { agentsNeeded } from '../routing/erlang-c.ts';
import { defaultQueue } from './upsert-queue.ts';

/** Live figures of a queue (see the Queue type in graphql/schema/routing.graphql). */
export interface QueueStats {
  waiting: number;
  reserved: number;
  assigned: number;
  paused: number;
  oldestWaitingSeconds: number;
  serviceLevelPercent: number | null;
  handledToday: number;
  atRisk: number;
  averageHandleSeconds: number | null;
  arrivalsPerHour: number;
  requiredAgents: number | null;
  agentsByPresence: { presence: Presence; count: number }[];
  /** Today by hour (UTC): arrivals, handled work, handled within the service level. */
  hourly: { hour: number; arrived: number; handled: number; withinSla: number }[];
}

/** A queue with its figures. */
export interface QueueWithStats extends QueueRecord {
  stats: QueueStats;
}

const ARRIVAL_WINDOW_MS = 15 * 60_000;
/** Handle time assumed for Erlang C before a queue has completed anything today. */
const DEFAULT_AHT_SECONDS = 300;

function statsOf(
  queue: QueueRecord,
  f: QueueFigures | undefined,
  agents: AgentRecord[],
  sample: TaskRecord | undefined,
  now: number,
  hours: QueueHour[],
): QueueStats {
  const by = f?.byState ?? {};
  const aht = f && f.handled > 0 ? f.handleMsSum / f.handled / 1000 : null;
  const arrivalsPerHour = ((f?.arrivals ?? 0) * 3_600_000) / ARRIVAL_WINDOW_MS;
  const live = queue.channel === Channel.VOICE || queue.channel === Channel.CHAT;
  const serving = sample ? agents.filter((a) => !qualification(a, sample)) : agents;
  const counts = new Map<Presence, number>(Object.values(Presence).map((p) => [p, 0]));
  for (const a of serving) counts.set(a.presence, (counts.get(a.presence) ?? 0) + 1);
  return {
    waiting: (by[TaskState.QUEUED] ?? 0) + (by[TaskState.RESERVED] ?? 0),
    reserved: by[TaskState.RESERVED] ?? 0,
    assigned: by[TaskState.ASSIGNED] ?? 0,
    paused: by[TaskState.PAUSED] ?? 0,
    oldestWaitingSeconds: f?.oldestEnqueuedAt == null ? 0 : Math.max(0, Math.floor((now - f.oldestEnqueuedAt) / 1000)),
    serviceLevelPercent: f && f.handled > 0 ? Math.round((1000 * f.withinSla) / f.handled) / 10 : null,
    handledToday: f?.handled ?? 0,
    atRisk: f?.atRisk ?? 0,
    averageHandleSeconds: aht === null ? null : Math.round(aht * 10) / 10,
    arrivalsPerHour,
    requiredAgents: live
      ? agentsNeeded(arrivalsPerHour, aht ?? DEFAULT_AHT_SECONDS, queue.slaTargetPercent, queue.slaSeconds)
      : null,
    agentsByPresence: [...counts].map(([presence, count]) => ({ presence, count })),
    hourly: hours
      .filter((h) => h.queue === queue.name)
      .map(({ hour, arrived, handled, withinSla }) => ({ hour, arrived, handled, withinSla })),
  };
}

/**
 * Every queue with live figures. Queues that tasks name but nobody configured are listed with default
 * settings. Service level counts today (UTC): live work answered within slaSeconds, other work completed
 * by its SLA deadline. Agents by presence counts the agents who qualify for the queue's latest task.
 */
export async function getQueuesWithStats(ctx: EngineContext): Promise<QueueWithStats[]> {
  const now = ctx.clock.now();
  const dayStart = now - (now % 86_400_000);
  const [queues, figures, agents, hours] = await Promise.all([
    listQueues(ctx.db),
    queueFigures(ctx.db, now, dayStart, now - ARRIVAL_WINDOW_MS),
    listAgents(ctx.db),
    queueHours(ctx.db, dayStart),
  ]);
  const known = new Map(queues.map((q) => [q.name, q]));
  for (const name of figures.keys()) if (!known.has(name)) known.set(name, defaultQueue(name, Channel.BACKOFFICE, now));
  const samples = await findLatestQueueTasks(ctx.db, [...known.keys()]);
  return [...known.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((q) => ({ ...q, stats: statsOf(q, figures.get(q.name), agents, samples.get(q.name), now, hours) }));
}
