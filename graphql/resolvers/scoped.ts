import {
  actorSiteScope,
  getQueuesWithStats,
  inSiteScope,
  type Actor,
  type QueueWithStats,
} from '../../engine/index.ts';
import type { GraphQLContext } from '../context.ts';

/** The queues with figures that the actor's site scope reaches (a supervisor of particular sites: theirs). */
export async function scopedQueues(ctx: GraphQLContext, actor: Actor): Promise<QueueWithStats[]> {
  const [scope, queues] = await Promise.all([actorSiteScope(ctx.engine, actor), getQueuesWithStats(ctx.engine)]);
  return scope === null ? queues : queues.filter((q) => inSiteScope(scope, q.siteId));
}
