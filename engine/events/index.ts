import { EventEmitter } from 'node:events';
import type { AgentRecord, InstanceRecord, QueueRecord, ReservationRecord, TaskRecord } from '../../models/index.ts';

/** What changed, published after the change is committed (never before). */
export type EngineEvent =
  | {
      type:
        | 'task.created'
        | 'task.claimed'
        | 'task.unclaimed'
        | 'task.assigned'
        | 'task.completed'
        | 'task.cancelled'
        | 'task.slaBreached'
        | 'task.priorityRaised';
      task: TaskRecord;
      /** Set when an accepted reservation caused it (the holder's load did not change). */ viaReservation?: boolean;
    }
  | { type: 'task.reserved' | 'task.paused' | 'task.resumed' | 'task.requeued' | 'task.escalated'; task: TaskRecord }
  | {
      type:
        | 'reservation.offered'
        | 'reservation.accepted'
        | 'reservation.rejected'
        | 'reservation.timedOut'
        | 'reservation.rescinded';
      reservation: ReservationRecord;
      task: TaskRecord;
    }
  | { type: 'consultation.answered'; task: TaskRecord; consultation: TaskRecord }
  | { type: 'agent.changed'; agent: AgentRecord }
  | { type: 'queue.changed'; queue: QueueRecord }
  | {
      type: 'instance.started' | 'instance.completed' | 'instance.cancelled' | 'instance.changed';
      instance: InstanceRecord;
    }
  | { type: 'timers.scheduled'; dueAt: number }
  | { type: 'external.created'; topic: string };

/** In-process publish/subscribe of committed changes; the API's subscriptions listen here. */
export interface EngineEvents {
  publish(event: EngineEvent): void;
  subscribe(listener: (event: EngineEvent) => void): () => void;
}

/** Makes an event hub. Listener errors are isolated so one bad subscriber cannot break a command. */
export function makeEngineEvents(onListenerError: (err: unknown) => void): EngineEvents {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish(event) {
      for (const listener of emitter.listeners('event')) {
        try {
          (listener as (e: EngineEvent) => void)(event);
        } catch (err) {
          onListenerError(err);
        }
      }
    },
    subscribe(listener) {
      emitter.on('event', listener);
      return () => emitter.off('event', listener);
    },
  };
}

/** A task event as subscribers receive it. */
export type TaskEventPayload = Extract<EngineEvent, { task: TaskRecord }>;
