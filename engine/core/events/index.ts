import { EventEmitter } from 'node:events';
import type {
  AgentRecord,
  ChatConversationRecord,
  ChatMessageRecord,
  InstanceRecord,
  QueueRecord,
  ReservationRecord,
  TaskRecord,
} from '../../../models/index.ts';

/**
 * What changed, published after the change is committed (never before). `origin` names the component
 * whose write it was, when it asked to be named (the router, so it does not react to its own writes).
 */
export type EngineEvent = { origin?: string } & (
  | {
      type:
        | 'task.created'
        | 'task.claimed'
        | 'task.unclaimed'
        | 'task.assigned'
        | 'task.completed'
        | 'task.cancelled'
        | 'task.slaBreached'
        | 'task.priorityRaised'
        /** Fields that matter to its holder and reports, not to routing: a disposition, a hold. */
        | 'task.changed';
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
  | {
      type: 'chat.message' | 'chat.ended';
      chat: ChatConversationRecord;
      /** The new message (chat.message). */
      message: ChatMessageRecord | null;
    }
  /** A token was revoked or a user deactivated (heard from the change feed): streams check their tokens. */
  | { type: 'sessions.changed'; userId: string | null }
  | { type: 'external.created'; topic: string }
  /** An outbound webhook job was queued (the webhook worker wakes). */
  | { type: 'webhook.queued'; topic: string }
);

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

/** The same hub, with every event this side publishes stamped with `origin` (listeners are shared). */
export function withOrigin(events: EngineEvents, origin: string): EngineEvents {
  return { publish: (event) => events.publish({ ...event, origin }), subscribe: (l) => events.subscribe(l) };
}

/** A task event as subscribers receive it. */
export type TaskEventPayload = Extract<EngineEvent, { task: TaskRecord }>;
