/** Reporting facts and rollups, written from the change feed by one consumer (docs/reports.md). */
export {
  applyFeedBatch,
  makeReportingConsumer,
  CORE_APPLIERS,
  REPORTS_CONSUMER,
  type ReportingConsumer,
} from './reporting-consumer.ts';
export { latestTimeOf, timeOf, type ApplyScope, type FactApplier } from './applier.ts';
export { splitOverBuckets } from './agent-applier.ts';
