import { Channel, TaskState } from '../../../models/index.ts';
import type { EngineEvent } from '../../core/events/index.ts';

/**
 * A change the router hears about: a serializable record of ids, the row's version, its origin and the
 * few scalars the router uses without reading the row back, never a whole row. The router re-reads what
 * it needs from its store, so the same inbox can be fed from a durable change feed shared by nodes.
 */
export type RoutingEvent = { origin: string | null } & (
  | { type: 'taskArrived'; taskId: string; version: number }
  | { type: 'taskChanged'; taskId: string; version: number; agentId: string | null }
  | {
      type: 'taskFinished';
      taskId: string;
      version: number;
      agentId: string;
      channel: Channel;
      queue: string | null;
      handlingMs: number;
    }
  | {
      type: 'taskPaused';
      taskId: string;
      version: number;
      agentId: string | null;
      pausedAt: number;
      queue: string | null;
    }
  | { type: 'offerMade'; reservationId: string; taskId: string; agentId: string; expiresAt: number }
  | { type: 'offerEnded'; reservationId: string; taskId: string; agentId: string; declined: boolean }
  | { type: 'agentChanged'; agentId: string }
  | { type: 'queuesChanged' }
);

/** The engine event as a routing event; null for events routing ignores. */
export function toRoutingEvent(event: EngineEvent): RoutingEvent | null {
  const origin = event.origin ?? null;
  switch (event.type) {
    case 'reservation.offered':
      return {
        type: 'offerMade',
        origin,
        reservationId: event.reservation.id,
        taskId: event.task.id,
        agentId: event.reservation.agentId,
        expiresAt: event.reservation.expiresAt,
      };
    // Accepting changes neither the index (the task was not waiting) nor the agent's load.
    case 'reservation.accepted':
      return null;
    case 'reservation.rejected':
    case 'reservation.timedOut':
    case 'reservation.rescinded':
      return {
        type: 'offerEnded',
        origin,
        reservationId: event.reservation.id,
        taskId: event.task.id,
        agentId: event.reservation.agentId,
        declined: event.type !== 'reservation.rescinded',
      };
    case 'agent.changed':
      return { type: 'agentChanged', origin, agentId: event.agent.id };
    case 'queue.changed':
      return { type: 'queuesChanged', origin };
    case 'task.reserved':
    case 'consultation.answered':
    // A disposition or a hold changes nothing the router reads.
    case 'task.changed':
      return null;
  }
  if (!('task' in event) || ('viaReservation' in event && event.viaReservation)) return null;
  const { task } = event;
  const ids = { origin, taskId: task.id, version: task.version };
  if (event.type === 'task.created' && task.state === TaskState.QUEUED) return { type: 'taskArrived', ...ids };
  if (event.type === 'task.completed' && task.assigneeId)
    return {
      type: 'taskFinished',
      ...ids,
      agentId: task.assigneeId,
      channel: task.channel,
      queue: task.queue,
      handlingMs: task.handlingMs,
    };
  if (event.type === 'task.paused' && task.pausedAt !== null)
    return { type: 'taskPaused', ...ids, agentId: task.assigneeId, pausedAt: task.pausedAt, queue: task.queue };
  return { type: 'taskChanged', ...ids, agentId: task.assigneeId };
}

/** Whether a finished call teaches the queue's handle time. */
export const teachesHandleTime = (e: { channel: Channel; handlingMs: number }) =>
  e.channel === Channel.VOICE && e.handlingMs > 0;
