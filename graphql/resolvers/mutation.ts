import {
  assignTask,
  broadcastSignal,
  cancelProcessInstance,
  claimTask,
  completeTask,
  correlateMessage,
  deployProcess,
  startProcess,
  throwTaskError,
  throwTaskEscalation,
  unclaimTask,
} from '../../engine/index.ts';
import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { actorOf } from './guard.ts';

/** Commands. Authorization is the engine's: resolvers pass the caller along and never decide. */
export const Mutation: MutationResolvers = {
  deployProcess: (_p, { input }, ctx) => deployProcess(ctx.engine, actorOf(ctx), input),
  startProcess: (_p, { input }, ctx) => startProcess(ctx.engine, actorOf(ctx), input),
  correlateMessage: (_p, { input }, ctx) => correlateMessage(ctx.engine, actorOf(ctx), input),
  cancelProcessInstance: (_p, { id, reason }, ctx) =>
    cancelProcessInstance(ctx.engine, actorOf(ctx), id, reason ?? null),
  broadcastSignal: (_p, { name, variables }, ctx) => broadcastSignal(ctx.engine, actorOf(ctx), name, variables),
  claimTask: (_p, { id }, ctx) => claimTask(ctx.engine, actorOf(ctx), id),
  unclaimTask: (_p, { id }, ctx) => unclaimTask(ctx.engine, actorOf(ctx), id),
  assignTask: (_p, { id, agentId }, ctx) => assignTask(ctx.engine, actorOf(ctx), id, agentId),
  completeTask: (_p, { id, variables }, ctx) => completeTask(ctx.engine, actorOf(ctx), id, variables),
  throwTaskError: (_p, { id, input }, ctx) => throwTaskError(ctx.engine, actorOf(ctx), id, input),
  throwTaskEscalation: (_p, { id, input }, ctx) => throwTaskEscalation(ctx.engine, actorOf(ctx), id, input),
};
