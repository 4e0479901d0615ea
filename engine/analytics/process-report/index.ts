export { applyInstanceRecords } from './apply-instance-records.ts';
export {
  processReport,
  checkProcessFilter,
  MAX_PROCESS_INTERVALS,
  MAX_PROCESS_RANGE_DAYS,
  type ProcessReportFilter,
  type ProcessReportResult,
  type ElementFigures,
} from './process-report.ts';
export { processFactsApplier } from './reports-consumer.ts';
export { historySearch } from './history-search.ts';
export { bucketOf, summarize } from './histogram.ts';
export { endFacts } from './instance-facts.ts';
