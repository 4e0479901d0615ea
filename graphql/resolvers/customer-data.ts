import { fillDocumentation, readForbidden, TaskKind, type TaskRecord } from '../../engine/index.ts';
import type { GraphQLContext } from '../context.ts';
import type { HistoryEntryResolvers, ProcessInstanceResolvers, TaskResolvers } from '../generated/resolvers-types.ts';
import { actorOf } from './guard.ts';

// Fields that carry customer data (case variables, task output, who a call is with) resolve to null
// with FORBIDDEN for a caller outside the read rules (engine/intake/customers/read-rules.ts, docs/api.md);
// the rest of the object stays readable.

async function requireTaskData(ctx: GraphQLContext, task: TaskRecord): Promise<void> {
  const actor = actorOf(ctx);
  if (!(await ctx.loaders.readableTasks.load(task.id))) throw readForbidden(actor, `the data of task ${task.id}`);
}

async function requireCaseData(ctx: GraphQLContext, instanceId: string): Promise<void> {
  const actor = actorOf(ctx);
  if (!(await ctx.loaders.readableCases.load(instanceId)))
    throw readForbidden(actor, `the data of process instance ${instanceId}`);
}

/** Task fields under the read rules; merged last, so they replace the plain ones. */
export const taskDataFields: TaskResolvers = {
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
  customer: async (t, _a, ctx) => {
    if (!t.customer) return null;
    await requireTaskData(ctx, t);
    return t.customer;
  },
  callback: async (t, _a, ctx) => {
    if (t.kind !== TaskKind.CALLBACK) return null;
    await requireTaskData(ctx, t);
    return t;
  },
};

export const instanceDataFields: ProcessInstanceResolvers = {
  variables: async (i, _a, ctx) => {
    await requireCaseData(ctx, i.id);
    return i.variables;
  },
};

export const historyDataFields: HistoryEntryResolvers = {
  data: async (h, _a, ctx) => {
    if (h.data === null || h.data === undefined) return null;
    if (h.instanceId) await requireCaseData(ctx, h.instanceId);
    else if (h.taskId) {
      const task = await ctx.loaders.tasks.load(h.taskId);
      if (task) await requireTaskData(ctx, task);
    }
    return h.data;
  },
};
