import {
  assignTask,
  claimTask,
  completeTask,
  fillDocumentation,
  hasRole,
  isCandidate,
  queryTasks,
  Role,
  TaskSort,
  throwTaskError,
  throwTaskEscalation,
  unclaimTask,
  type Actor,
  type EngineEvent,
  type TaskEventPayload,
  type TaskRecord,
  actorSiteScope,
  inSiteScope,
  type SiteScope,
} from '../../engine/index.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { eventStream } from '../event-stream.ts';
import { connection, pageWindow } from '../pagination.ts';
import { requireTaskData } from './customer-data.ts';
import { actorOf } from './guard.ts';
import { must } from './must.ts';
import { taskFilter } from './task-filter.ts';

const isTaskEvent = (e: EngineEvent): e is TaskEventPayload => e.type.startsWith('task.');

/**
 * Whether a viewer is told about a task: supervisors (and admins) see every task, others the tasks
 * they hold or may take, the same set the `eligible` task filter lists.
 */
function maySee(actor: Actor, task: TaskRecord, scope: SiteScope | undefined): boolean {
  return (
    (hasRole(actor, Role.SUPERVISOR) && scope !== undefined && inSiteScope(scope, task.siteId)) ||
    task.assigneeId === actor.userId ||
    isCandidate(task, actor)
  );
}

/**
 * graphql/schema/tasks.graphql: human work. Authorization of commands is the engine's: resolvers pass
 * the caller along and never decide.
 */
export const taskResolvers: Resolvers = {
  Query: {
    task: async (_p, { id }, ctx) => {
      const actor = actorOf(ctx);
      const task = await ctx.loaders.tasks.load(id);
      // A supervisor of particular sites is not told about other sites' work (unless it is theirs to do).
      if (!task || inSiteScope(await actorSiteScope(ctx.engine, actor), task.siteId)) return task;
      return task.assigneeId === actor.userId || isCandidate(task, actor) ? task : null;
    },
    tasks: async (_p, { filter, first, after }, ctx) => {
      const actor = actorOf(ctx);
      const { offset, limit } = pageWindow(first, after);
      const sort = filter?.sort ?? TaskSort.PRIORITY;
      const narrowed = taskFilter(actor, filter);
      const scope = filter?.mine || filter?.eligible ? null : await actorSiteScope(ctx.engine, actor);
      if (scope) narrowed.sites = scope;
      const { rows, total } = await queryTasks(ctx.engine, narrowed, sort, offset, limit);
      for (const task of rows) ctx.loaders.tasks.prime(task.id, task);
      return connection(rows, total, offset);
    },
  },
  Mutation: {
    claimTask: (_p, { id }, ctx) => claimTask(ctx.engine, actorOf(ctx), id),
    unclaimTask: (_p, { id }, ctx) => unclaimTask(ctx.engine, actorOf(ctx), id),
    assignTask: (_p, { id, agentId }, ctx) => assignTask(ctx.engine, actorOf(ctx), id, agentId),
    completeTask: (_p, { id, variables }, ctx) => completeTask(ctx.engine, actorOf(ctx), id, variables),
    throwTaskError: (_p, { id, input }, ctx) => throwTaskError(ctx.engine, actorOf(ctx), id, input),
    throwTaskEscalation: (_p, { id, input }, ctx) => throwTaskEscalation(ctx.engine, actorOf(ctx), id, input),
  },
  Subscription: {
    taskEvents: {
      subscribe: (_p, { queue }, ctx) => {
        const actor = actorOf(ctx);
        // Until the site scope is read, a supervisor hears only of their own work.
        let scope: SiteScope | undefined;
        actorSiteScope(ctx.engine, actor).then(
          (s) => (scope = s),
          () => undefined,
        );
        const wanted = (e: EngineEvent): e is TaskEventPayload =>
          isTaskEvent(e) && (!queue || e.task.queue === queue) && maySee(actor, e.task, scope);
        return eventStream<TaskEventPayload>(ctx.shutdown, (push) =>
          ctx.engine.events.subscribe((e) => wanted(e) && push(e)),
        );
      },
      resolve: (event: TaskEventPayload) => event,
    },
  },
  Task: {
    processInstance: async (t, _a, ctx) =>
      t.instanceId ? must(await ctx.loaders.instances.load(t.instanceId), `instance ${t.instanceId}`) : null,
    processDefinition: async (t, _a, ctx) =>
      t.definitionId ? must(await ctx.loaders.definitions.load(t.definitionId), `definition ${t.definitionId}`) : null,
    assignee: (t, _a, ctx) => (t.assigneeId ? ctx.loaders.users.load(t.assigneeId) : null),
    completedBy: (t, _a, ctx) => (t.completedBy ? ctx.loaders.users.load(t.completedBy) : null),
    history: (t, _a, ctx) => ctx.loaders.taskHistory.load(t.id),
    // The fields below carry customer data (customer-data.ts).
    // Placeholders (`${customerPhone}`) are filled for readers of the task's data only; others see the name.
    documentation: async (t, _a, ctx) => {
      if (!t.documentation || !/[$#]\{/.test(t.documentation)) return t.documentation;
      if (!(await ctx.loaders.readableTasks.load(t.id))) return t.documentation;
      const variables = t.instanceId
        ? ((await ctx.loaders.instances.load(t.instanceId))?.variables ?? {})
        : { customer: t.customer, phone: t.callback?.phone ?? null };
      return fillDocumentation(t.documentation, variables);
    },
    variables: async (t, _a, ctx) => {
      await requireTaskData(ctx, t);
      if (t.instanceId) return (await ctx.loaders.instances.load(t.instanceId))?.variables ?? {};
      return t.customer ? { customer: t.customer } : {};
    },
    output: async (t, _a, ctx) => {
      if (t.output === null || t.output === undefined) return null;
      await requireTaskData(ctx, t);
      return t.output;
    },
  },
};
