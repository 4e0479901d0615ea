import { broadcastSignal, correlateMessage } from '../../engine/index.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { actorOf } from './guard.ts';

/** graphql/schema/messages.graphql: BPMN messages and signals. */
export const messageResolvers: Resolvers = {
  Mutation: {
    correlateMessage: (_p, { input }, ctx) => correlateMessage(ctx.engine, actorOf(ctx), input),
    broadcastSignal: (_p, { name, variables }, ctx) => broadcastSignal(ctx.engine, actorOf(ctx), name, variables),
  },
  CorrelationResult: {
    processInstance: (r) => r.instance,
  },
};
