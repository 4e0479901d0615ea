import { viewCluster } from '../../engine/index.ts';
import type { NodeRole, Resolvers } from '../generated/resolvers-types.ts';
import { actorOf } from './guard.ts';

/** graphql/schema/cluster.graphql: the nodes on this database. */
export const clusterResolvers: Resolvers = {
  Query: {
    cluster: (_p, _a, ctx) => viewCluster(ctx.engine, actorOf(ctx)),
  },
  ClusterNode: {
    role: (node) => (node.role === 'leader' ? 'LEADER' : 'STANDBY') as NodeRole,
  },
};
