/** Queue and agent reports over the rollups (docs/reports.md). */
export { queueReport, type QueueIntervalRow, type QueueReportSource } from './queue-report.ts';
export { agentReport, type AgentIntervalRow } from './agent-report.ts';
export { resolveFilter, zoneOffsets, type ReportFilter } from './report-filter.ts';
