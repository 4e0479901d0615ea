import { EventEmitter } from 'node:events';
import type { TaskRecord, InstanceRecord } from '../../models/index.ts';

/** What changed, published after the change is committed (never before). */
export type EngineEvent =
  | { type: 'task.created' | 'task.claimed' | 'task.unclaimed' | 'task.assigned' | 'task.completed' | 'task.cancelled' | 'task.slaBreached' | 'task.priorityRaised'; task: TaskRecord }
  | { type: 'instance.started' | 'instance.completed' | 'instance.cancelled' | 'instance.changed'; instance: InstanceRecord }
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
