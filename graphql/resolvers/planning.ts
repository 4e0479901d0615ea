import {
  adjustForecast,
  daySimulationScenario,
  deleteRosterShift,
  forecast,
  importRoster,
  queuePlanning,
  rosterShifts,
  setQueuePlanning,
  staffingPlan,
  upsertRosterShift,
} from '../../engine/index.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { actorOf } from './guard.ts';

/** graphql/schema/planning.graphql: forecast, staffing plan, roster (docs/planning.md). */
export const planningResolvers: Resolvers = {
  Query: {
    forecast: (_p, { input }, ctx) => forecast(ctx.engine, actorOf(ctx), input) as any,
    staffingPlan: async (_p, args, ctx) =>
      (await staffingPlan(ctx.engine, actorOf(ctx), args)).map((i) => ({ ...i, gap: i.rostered - i.requiredErlangC })),
    rosterShifts: (_p, args, ctx) => rosterShifts(ctx.engine, actorOf(ctx), args) as any,
    queuePlanning: (_p, { queue }, ctx) => queuePlanning(ctx.engine, actorOf(ctx), queue),
    daySimulationScenario: (_p, args, ctx) => daySimulationScenario(ctx.engine, actorOf(ctx), args),
  },
  RosterShift: {
    site: (s: any) => s.siteId ?? null,
  },
  Mutation: {
    adjustForecast: (_p, { input }, ctx) => adjustForecast(ctx.engine, actorOf(ctx), input),
    upsertRosterShift: (_p, { input }, ctx) => upsertRosterShift(ctx.engine, actorOf(ctx), input) as any,
    deleteRosterShift: (_p, { id }, ctx) => deleteRosterShift(ctx.engine, actorOf(ctx), id),
    importRoster: (_p, { csv }, ctx) => importRoster(ctx.engine, actorOf(ctx), csv),
    setQueuePlanning: (_p, { input }, ctx) => setQueuePlanning(ctx.engine, actorOf(ctx), input),
  },
};
