import { cancelSimulation, getSimulationRun, startSimulation } from '../../engine/index.ts';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers-types.ts';
import { actorOf } from './guard.ts';

/** Simulation runs (graphql/schema/simulation.graphql); the runs live in the engine, per node. */
export const simulationQueries: QueryResolvers = {
  simulationRun: (_p, { id }, ctx) => getSimulationRun(ctx.engine, actorOf(ctx), id),
};

export const simulationMutations: MutationResolvers = {
  simulate: (_p, { scenario }, ctx) => startSimulation(ctx.engine, actorOf(ctx), scenario),
  cancelSimulation: (_p, { id }, ctx) => cancelSimulation(ctx.engine, actorOf(ctx), id),
};
