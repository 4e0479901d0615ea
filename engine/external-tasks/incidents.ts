import { findFailedJobs, type JobRecord } from '../../models/index.ts';
import type { EngineContext } from '../context.ts';

/** Open incidents (jobs that failed for good), optionally of one instance, oldest first. */
export function listIncidents(ctx: EngineContext, instanceId?: string): Promise<JobRecord[]> {
  return findFailedJobs(ctx.db, instanceId);
}
