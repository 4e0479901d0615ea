import type { InstanceRecord } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import type { PersistedEffects } from './persist-outcome.ts';

/** Announces a committed command's effects to subscribers. */
export function publishEffects(
  ctx: EngineContext,
  instance: InstanceRecord,
  effects: PersistedEffects,
  type: 'instance.started' | 'instance.completed' | 'instance.changed' | 'instance.cancelled',
) {
  for (const task of effects.createdTasks) ctx.events.publish({ type: 'task.created', task });
  for (const event of effects.hookEvents) ctx.events.publish(event);
  for (const task of effects.cancelledTasks) ctx.events.publish({ type: 'task.cancelled', task });
  ctx.events.publish({ type, instance });
  if (effects.earliestTimer !== null) ctx.events.publish({ type: 'timers.scheduled', dueAt: effects.earliestTimer });
  for (const topic of effects.externalTopics) ctx.events.publish({ type: 'external.created', topic });
}
