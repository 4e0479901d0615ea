import { historySearch, processReport, type ProcessReportResult } from '../../engine/index.ts';
import type { ProcessReport, Resolvers } from '../generated/resolvers-types.ts';
import { connection, pageWindow } from '../pagination.ts';
import { actorOf } from './guard.ts';

const seconds = (ms: number | null) => (ms === null ? null : ms / 1000);
const times = (t: { meanMs: number | null; p90Ms: number | null }) => ({
  meanSeconds: seconds(t.meanMs),
  p90Seconds: seconds(t.p90Ms),
});

/** The engine's report (milliseconds) in the schema's seconds. */
export function toProcessReport(r: ProcessReportResult): ProcessReport {
  return {
    processKey: r.processKey,
    from: r.from,
    to: r.to,
    instancesStarted: r.started,
    instancesCompleted: r.completed,
    instancesCancelled: r.cancelled,
    duration: {
      meanSeconds: seconds(r.duration.meanMs),
      p50Seconds: seconds(r.duration.p50Ms),
      p90Seconds: seconds(r.duration.p90Ms),
      p99Seconds: seconds(r.duration.p99Ms),
    },
    elements: r.elements.map((e) => ({
      elementId: e.elementId,
      count: e.count,
      waiting: times(e.waiting),
      working: times(e.working),
      total: times(e.total),
    })),
    slaBreachStarts: r.slaBreachStarts,
    incidents: r.incidents,
    instancesWithIncidents: r.instancesWithIncidents,
    intervals: r.intervals,
  };
}

/** graphql/schema/process-report.graphql: process figures and history across instances. */
export const processReportResolvers: Resolvers = {
  Query: {
    processReport: async (_p, { filter, processKey }, ctx) =>
      toProcessReport(await processReport(ctx.engine, actorOf(ctx), filter, processKey)),
    historySearch: async (_p, { filter, first, after }, ctx) => {
      const page = pageWindow(first, after);
      const { rows, total } = await historySearch(ctx.engine, actorOf(ctx), filter ?? {}, page);
      return connection(rows, total, page.offset);
    },
  },
};
