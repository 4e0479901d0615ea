import type { GraphQLResolveInfo } from 'graphql';
import { agentReport, queueReport } from '../../engine/index.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { actorOf } from './guard.ts';

/** Whether the operation asks for a field of the list's items (occupancy costs two more queries). */
const asks = (info: GraphQLResolveInfo, field: string) =>
  info.fieldNodes.some((n) => n.selectionSet?.selections.some((s) => s.kind === 'Field' && s.name.value === field));

/** graphql/schema/reports.graphql: the queue and agent reports (engine/analytics/reports). */
export const reportResolvers: Resolvers = {
  Query: {
    queueReport: (_p, { filter }, ctx, info) =>
      queueReport(ctx.engine, actorOf(ctx), filter as never, {
        maxRows: ctx.engine.options.reportMaxRows,
        occupancy: asks(info, 'occupancyPercent'),
      }) as never,
    agentReport: (_p, { filter }, ctx) =>
      agentReport(ctx.engine, actorOf(ctx), filter as never, { maxRows: ctx.engine.options.reportMaxRows }) as never,
  },
};
