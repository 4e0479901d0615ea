import { deployProcess, getDefinition, queryDefinitions } from '../../engine/index.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { actorOf } from './guard.ts';

/** graphql/schema/definitions.graphql: deployed process versions. */
export const definitionResolvers: Resolvers = {
  Query: {
    processDefinitions: (_p, { key }, ctx) => {
      actorOf(ctx);
      return queryDefinitions(ctx.engine, key);
    },
    processDefinition: async (_p, { id }, ctx) => {
      actorOf(ctx);
      return (await getDefinition(ctx.engine, id)) ?? null;
    },
  },
  Mutation: {
    deployProcess: (_p, { input }, ctx) => deployProcess(ctx.engine, actorOf(ctx), input),
  },
  ProcessDefinition: {
    deployedBy: (d, _a, ctx) => (d.deployedBy ? ctx.loaders.users.load(d.deployedBy) : null),
  },
};
