import { type Actor, type EngineEvent, type QueueWithStats } from '../../engine/index.ts';
import { eventStream } from '../event-stream.ts';
import type { SubscriptionResolvers } from '../generated/resolvers-types.ts';
import { actorOf } from './guard.ts';
import { scopedQueues } from './scoped.ts';
import type { WorkEventPayload } from './work-event.ts';

// The subscriptions of graphql/schema/routing.graphql, kept apart from routing.ts for length.

/** Whether a work event concerns the viewer. */
function workEventFor(actor: Actor, e: EngineEvent): WorkEventPayload | null {
  if ('reservation' in e)
    return e.reservation.agentId === actor.userId
      ? { type: e.type, task: e.task, reservation: e.reservation, agent: null }
      : null;
  if (e.type === 'agent.changed')
    return e.agent.id === actor.userId
      ? { type: 'presence.changed', task: null, reservation: null, agent: e.agent }
      : null;
  if ('task' in e && e.task.assigneeId === actor.userId && e.type !== 'task.reserved')
    return { type: e.type, task: e.task, reservation: null, agent: null };
  return null;
}

const THROTTLE_MS = 1000;

export const routingSubscriptions: SubscriptionResolvers = {
  myWork: {
    subscribe: (_p, _a, ctx) => {
      const actor = actorOf(ctx);
      return eventStream<WorkEventPayload>(ctx.shutdown, (push) =>
        ctx.engine.events.subscribe((e) => {
          const event = workEventFor(actor, e);
          if (event) push(event);
        }),
      );
    },
    resolve: (event: WorkEventPayload) => event,
  },
  queueStats: {
    subscribe: (_p, _a, ctx) => {
      const actor = actorOf(ctx);
      // Figures are recomputed at most once a second, whatever the event rate; the first push comes at once.
      return eventStream<QueueWithStats[]>(ctx.shutdown, (push) => {
        let timer: NodeJS.Timeout | null = null;
        let last = 0;
        const emit = () => {
          timer = null;
          last = Date.now();
          scopedQueues(ctx, actor).then(push, (err) =>
            ctx.engine.logger.error('queue stats failed', { err: String(err) }),
          );
        };
        emit();
        const off = ctx.engine.events.subscribe((e) => {
          if (/^(instance|timers|external|sessions|webhook)\./.test(e.type) || timer) return;
          timer = setTimeout(emit, Math.max(0, last + THROTTLE_MS - Date.now()));
        });
        return () => {
          off();
          if (timer) clearTimeout(timer);
        };
      });
    },
    resolve: (queues: QueueWithStats[]) => queues,
  },
};
