import type { Channel } from '../../../models/index.ts';

/**
 * The one priority formula (docs/routing.md). A task's effective priority at time t is
 *
 *   base + businessValueWeight × businessValue + channelBoost[channel]
 *        + agingPerMinute(queue) × minutes waited since enqueuedAt
 *        + slaUrgency × max(0, t − (slaDueAt − H)) / H          (H = the queue's slaSeconds)
 *
 * Every term is constant or linear in t, with a slope shared by all tasks of a queue in the same SLA
 * phase, so an ordering computed once stays correct as time passes: the router never rewrites rows on
 * a tick; a task only changes phase once, when its deadline comes within H.
 */
export const PriorityWeights = {
  businessValue: 0.5,
  channelBoost: { VOICE: 1000, CHAT: 600, EMAIL: 100, BACKOFFICE: 0 } as Record<Channel, number>,
  /** Points an SLA task gains over the last H before its deadline (and keeps gaining after it). */
  slaUrgency: 200,
  /** Used when a task names no queue, or its queue is unknown. */
  defaultAgingPerMinute: 1,
  defaultUrgencyHorizonSeconds: 3600,
} as const;

/** What the formula reads of a task. */
export interface PriorityInput {
  priority: number;
  businessValue: number;
  channel: Channel;
  enqueuedAt: number;
  slaDueAt: number | null;
}

/** What the formula reads of the task's queue. */
export interface PriorityQueue {
  agingPerMinute: number;
  slaSeconds: number;
}

/** The queue settings the formula uses for a task without a known queue. */
export const DEFAULT_PRIORITY_QUEUE: PriorityQueue = {
  agingPerMinute: PriorityWeights.defaultAgingPerMinute,
  slaSeconds: PriorityWeights.defaultUrgencyHorizonSeconds,
};

/** The time-independent part of the formula (base, business value, channel). */
export function staticPriority(task: Pick<PriorityInput, 'priority' | 'businessValue' | 'channel'>): number {
  return (
    task.priority + PriorityWeights.businessValue * task.businessValue + PriorityWeights.channelBoost[task.channel]
  );
}

/** When the task's SLA urgency starts to rise, or null without an SLA. */
export function urgencyStartsAt(task: Pick<PriorityInput, 'slaDueAt'>, queue: PriorityQueue): number | null {
  return task.slaDueAt === null ? null : task.slaDueAt - queue.slaSeconds * 1000;
}

/** The task's effective priority at `now`. */
export function effectivePriority(task: PriorityInput, queue: PriorityQueue, now: number): number {
  const aging = (queue.agingPerMinute * Math.max(0, now - task.enqueuedAt)) / 60_000;
  const start = urgencyStartsAt(task, queue);
  const horizon = queue.slaSeconds * 1000;
  const urgency =
    start === null || now <= start || horizon <= 0 ? 0 : (PriorityWeights.slaUrgency * (now - start)) / horizon;
  return staticPriority(task) + aging + urgency;
}
