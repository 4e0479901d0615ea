import { calculateStaffing } from '../../engine/index.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { actorOf } from './guard.ts';

/** graphql/schema/staffing.graphql: Erlang C and A for one interval. */
export const staffingResolvers: Resolvers = {
  Query: {
    staffing: (_p, { input }, ctx) => calculateStaffing(actorOf(ctx), input),
  },
};
