import type { Resolvers } from '../generated/resolvers-types.ts';
import { requireCaseData, requireTaskData } from './customer-data.ts';

/** graphql/schema/history.graphql: the append-only record of instances and tasks. */
export const historyResolvers: Resolvers = {
  HistoryEntry: {
    id: (h) => String(h.id),
    actor: (h, _a, ctx) => (h.actorId ? ctx.loaders.users.load(h.actorId) : null),
    // Customer data: FORBIDDEN as the case's (or the task's) variables.
    data: async (h, _a, ctx) => {
      if (h.data === null || h.data === undefined) return null;
      if (h.instanceId) await requireCaseData(ctx, h.instanceId);
      else if (h.taskId) {
        const task = await ctx.loaders.tasks.load(h.taskId);
        if (task) await requireTaskData(ctx, task);
      }
      return h.data;
    },
  },
};
