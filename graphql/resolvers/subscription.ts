import type { EngineEvent, TaskEventPayload } from '../../engine/index.ts';
import type { SubscriptionResolvers } from '../generated/resolvers-types.ts';
import { actorOf } from './guard.ts';

/** Turns engine events into an async iterator that unsubscribes when the client goes away. */
function eventStream<T>(subscribe: (push: (value: T) => void) => () => void): AsyncIterableIterator<T> {
  const queue: T[] = [];
  let wake: (() => void) | null = null;
  let done = false;
  const unsubscribe = subscribe((value) => {
    queue.push(value);
    wake?.();
  });
  const finish = async () => {
    done = true;
    unsubscribe();
    wake?.();
    return { value: undefined, done: true as const };
  };
  return {
    async next() {
      while (!queue.length && !done) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      return done ? { value: undefined, done: true as const } : { value: queue.shift() as T, done: false as const };
    },
    return: finish,
    throw: finish,
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

const isTaskEvent = (e: EngineEvent): e is TaskEventPayload => e.type.startsWith('task.');

export const Subscription: SubscriptionResolvers = {
  taskEvents: {
    subscribe: (_p, { queue }, ctx) => {
      actorOf(ctx);
      return eventStream<TaskEventPayload>((push) =>
        ctx.engine.events.subscribe((event) => {
          if (isTaskEvent(event) && (!queue || event.task.queue === queue)) push(event);
        }),
      );
    },
    resolve: (event: TaskEventPayload) => event,
  },
};
