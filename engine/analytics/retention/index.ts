/** Retention: the job that prunes operational history, facts and rollups by age (docs/retention.md). */
export { pruneOnce, DEFAULT_RETENTION, type RetentionSettings, type PruneCounts } from './prune.ts';
export { makeRetentionJob, RETENTION_EVERY_MS, type RetentionJob, type RetentionJobOptions } from './retention-job.ts';
