/** Queues: named streams of work with service-level targets, and their live figures. */
export { upsertQueue, defaultQueue, buildQueue, type QueueInput } from './upsert-queue.ts';
export { getQueuesWithStats, type QueueStats, type QueueWithStats, type QueueHourStats } from './queue-stats.ts';
export {
  queueServiceLevel,
  serviceLevelParts,
  addOutcomes,
  DEFAULT_ABANDON_GRACE_SECONDS,
  DEFAULT_SERVICE_LEVEL_RULE,
  type OutcomeCounts,
} from './service-level.ts';
export { estimateWaitSeconds, servingSlots, type WaitInputs } from './wait-estimate.ts';
export { seedQueues } from './seed-queues.ts';
export { getQueueSettings } from './queue-settings.ts';
export { makeQueueSampler, getWaitingToday, type QueueSampler, type SamplerOptions } from './sampler.ts';
