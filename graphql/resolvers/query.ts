import { getDefinition, getInstance, queryDefinitions, queryInstances, queryTasks, TaskSort, type TaskFilter as EngineTaskFilter } from '../../engine/index.ts';
import type { GraphQLContext } from '../context.ts';
import type { QueryResolvers, TaskFilter } from '../generated/resolvers-types.ts';
import { connection, pageWindow } from '../pagination.ts';
import { actorOf } from './guard.ts';

function taskFilter(ctx: GraphQLContext, f: TaskFilter | null | undefined): EngineTaskFilter {
  const actor = actorOf(ctx);
  if (!f) return {};
  const states = f.states?.length ? f.states : f.state ? [f.state] : undefined;
  return {
    states,
    assigneeId: f.mine ? actor.userId : (f.assignee ?? undefined),
    unassigned: f.unassigned ?? undefined,
    candidateGroup: f.candidateGroup ?? undefined,
    candidateUser: f.candidateUser ?? undefined,
    eligibleFor: f.eligible ? { userId: actor.userId, groups: actor.groups } : undefined,
    definitionKey: f.processKey ?? undefined,
    instanceId: f.processInstanceId ?? undefined,
    queue: f.queue ?? undefined,
    dueBefore: f.dueBefore ?? undefined,
    text: f.text?.trim() || undefined,
  };
}

/** Read operations; any signed-in user may read. */
export const Query: QueryResolvers = {
  me: async (_p, _a, ctx) => {
    const user = await ctx.loaders.users.load(actorOf(ctx).userId);
    return user ?? { id: actorOf(ctx).userId, name: actorOf(ctx).userId, email: null, roles: [...actorOf(ctx).roles], groups: [...actorOf(ctx).groups], passwordHash: null, active: true, createdAt: 0 };
  },
  processDefinitions: (_p, { key }, ctx) => (actorOf(ctx), queryDefinitions(ctx.engine, key)),
  processDefinition: async (_p, { id }, ctx) => (actorOf(ctx), (await getDefinition(ctx.engine, id)) ?? null),
  processInstance: async (_p, { id }, ctx) => (actorOf(ctx), (await getInstance(ctx.engine, id)) ?? null),
  processInstances: async (_p, { filter, first, after }, ctx) => {
    actorOf(ctx);
    const { offset, limit } = pageWindow(first, after);
    const f = { state: filter?.state ?? undefined, definitionKey: filter?.processKey ?? undefined, businessKey: filter?.businessKey ?? undefined };
    const { rows, total } = await queryInstances(ctx.engine, f, offset, limit);
    return connection(rows, total, offset);
  },
  task: async (_p, { id }, ctx) => (actorOf(ctx), await ctx.loaders.tasks.load(id)),
  tasks: async (_p, { filter, first, after }, ctx) => {
    const { offset, limit } = pageWindow(first, after);
    const { rows, total } = await queryTasks(ctx.engine, taskFilter(ctx, filter), filter?.sort ?? TaskSort.PRIORITY, offset, limit);
    for (const task of rows) ctx.loaders.tasks.prime(task.id, task);
    return connection(rows, total, offset);
  },
};
