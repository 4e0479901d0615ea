import { cancelSimulation, getSimulationRun, startSimulation } from '../../engine/index.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { actorOf } from './guard.ts';

/** Simulation runs (graphql/schema/simulation.graphql); the runs live in the engine, per node. */
export const simulationResolvers: Resolvers = {
  Query: {
    simulationRun: (_p, { id }, ctx) => getSimulationRun(ctx.engine, actorOf(ctx), id),
  },
  Mutation: {
    simulate: (_p, { scenario }, ctx) => startSimulation(ctx.engine, actorOf(ctx), scenario),
    cancelSimulation: (_p, { id }, ctx) => cancelSimulation(ctx.engine, actorOf(ctx), id),
  },
};
