import { findFailedJobs, type JobRecord } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';

/**
 * Open incidents (jobs that failed for good) of process instances, optionally of one, oldest first.
 * Failed outbound webhooks belong to no instance: they show in their task's history instead
 * (`incident.created`, with the job id for retryIncident).
 */
export async function listIncidents(ctx: EngineContext, instanceId?: string): Promise<JobRecord[]> {
  return (await findFailedJobs(ctx.db, instanceId)).filter((job) => job.instanceId !== null);
}
