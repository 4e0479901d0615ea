import { calculateStaffing } from '../../engine/index.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { actorOf } from './guard.ts';

export const staffingQueries: QueryResolvers = {
  staffing: (_p, { input }, ctx) => calculateStaffing(actorOf(ctx), input),
};
