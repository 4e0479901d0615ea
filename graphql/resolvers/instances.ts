import { cancelProcessInstance, listIncidents, queryInstances, startProcess } from '../../engine/index.ts';
import type { ProcessInstanceFilter, Resolvers } from '../generated/resolvers-types.ts';
import { connection, pageWindow } from '../pagination.ts';
import { requireCaseData } from './customer-data.ts';
import { actorOf } from './guard.ts';
import { must } from './must.ts';

const instanceFilter = (f: ProcessInstanceFilter | null | undefined) => ({
  state: f?.state ?? undefined,
  definitionKey: f?.processKey ?? undefined,
  businessKey: f?.businessKey ?? undefined,
});

/** graphql/schema/instances.graphql: running and ended process instances. */
export const instanceResolvers: Resolvers = {
  Query: {
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
  },
  Mutation: {
    startProcess: (_p, { input }, ctx) => startProcess(ctx.engine, actorOf(ctx), input),
    cancelProcessInstance: (_p, { id, reason }, ctx) =>
      cancelProcessInstance(ctx.engine, actorOf(ctx), id, reason ?? null),
  },
  ProcessInstance: {
    definition: async (i, _a, ctx) =>
      must(await ctx.loaders.definitions.load(i.definitionId), `definition ${i.definitionId}`),
    key: (i) => i.definitionKey,
    tasks: (i, _a, ctx) => ctx.loaders.instanceTasks.load(i.id),
    history: (i, _a, ctx) => ctx.loaders.instanceHistory.load(i.id),
    startedBy: (i, _a, ctx) => (i.startedBy ? ctx.loaders.users.load(i.startedBy) : null),
    incidents: (i, _a, ctx) => listIncidents(ctx.engine, i.id),
    // Customer data: FORBIDDEN outside the read rules (customer-data.ts).
    variables: async (i, _a, ctx) => {
      await requireCaseData(ctx, i.id);
      return i.variables;
    },
  },
};
