import {
  UnauthenticatedError,
  getDefinition,
  queryDefinitions,
  queryInstances,
  queryTasks,
  TaskSort,
  type Actor,
  type TaskFilter as EngineTaskFilter,
} from '../../engine/index.ts';
import type { ProcessInstanceFilter, QueryResolvers, TaskFilter } from '../generated/resolvers-types.ts';
import { connection, pageWindow } from '../pagination.ts';
import { actorOf } from './guard.ts';

/** The engine's task filter for the API's; `eligible` and `mine` are relative to the viewer. */
function taskFilter(actor: Actor, f: TaskFilter | null | undefined): EngineTaskFilter {
  if (!f) return {};
  return {
    states: f.states?.length ? f.states : f.state ? [f.state] : undefined,
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

const instanceFilter = (f: ProcessInstanceFilter | null | undefined) => ({
  state: f?.state ?? undefined,
  definitionKey: f?.processKey ?? undefined,
  businessKey: f?.businessKey ?? undefined,
});

/** Read operations; any signed-in user may read (the engine restricts commands, not reads). */
export const Query: QueryResolvers = {
  me: async (_p, _a, ctx) => {
    const user = await ctx.loaders.users.load(actorOf(ctx).userId);
    // authenticate() found the user a moment ago; it can only be gone if deleted in between.
    if (!user) throw new UnauthenticatedError('the signed-in user no longer exists');
    return user;
  },
  processDefinitions: (_p, { key }, ctx) => {
    actorOf(ctx);
    return queryDefinitions(ctx.engine, key);
  },
  processDefinition: async (_p, { id }, ctx) => {
    actorOf(ctx);
    return (await getDefinition(ctx.engine, id)) ?? null;
  },
  processInstance: (_p, { id }, ctx) => {
    actorOf(ctx);
    return ctx.loaders.instances.load(id);
  },
  processInstances: async (_p, { filter, first, after }, ctx) => {
    actorOf(ctx);
    const { offset, limit } = pageWindow(first, after);
    const { rows, total } = await queryInstances(ctx.engine, instanceFilter(filter), offset, limit);
    for (const instance of rows) ctx.loaders.instances.prime(instance.id, instance);
    return connection(rows, total, offset);
  },
  task: (_p, { id }, ctx) => {
    actorOf(ctx);
    return ctx.loaders.tasks.load(id);
  },
  tasks: async (_p, { filter, first, after }, ctx) => {
    const actor = actorOf(ctx);
    const { offset, limit } = pageWindow(first, after);
    const { rows, total } = await queryTasks(
      ctx.engine,
      taskFilter(actor, filter),
      filter?.sort ?? TaskSort.PRIORITY,
      offset,
      limit,
    );
    for (const task of rows) ctx.loaders.tasks.prime(task.id, task);
    return connection(rows, total, offset);
  },
};
