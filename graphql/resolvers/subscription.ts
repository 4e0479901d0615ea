import {
  hasRole,
  isCandidate,
  Role,
  type Actor,
  type EngineEvent,
  type TaskEventPayload,
  type TaskRecord,
} from '../../engine/index.ts';
import type { SubscriptionResolvers } from '../generated/resolvers-types.ts';
import { eventStream } from '../event-stream.ts';
import { actorOf } from './guard.ts';

const isTaskEvent = (e: EngineEvent): e is TaskEventPayload => e.type.startsWith('task.');

/**
 * Whether a viewer is told about a task: supervisors (and admins) see every task, others the tasks
 * they hold or may take, the same set the `eligible` task filter lists.
 */
export function maySee(actor: Actor, task: TaskRecord): boolean {
  return hasRole(actor, Role.SUPERVISOR) || task.assigneeId === actor.userId || isCandidate(task, actor);
}

export const Subscription: SubscriptionResolvers = {
  taskEvents: {
    subscribe: (_p, { queue }, ctx) => {
      const actor = actorOf(ctx);
      const wanted = (e: EngineEvent): e is TaskEventPayload =>
        isTaskEvent(e) && (!queue || e.task.queue === queue) && maySee(actor, e.task);
      return eventStream<TaskEventPayload>(ctx.shutdown, (push) =>
        ctx.engine.events.subscribe((e) => wanted(e) && push(e)),
      );
    },
    resolve: (event: TaskEventPayload) => event,
  },
};
