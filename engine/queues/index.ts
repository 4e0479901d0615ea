/** Queues: named streams of work with service-level targets, and their live figures. */
export { upsertQueue, defaultQueue, buildQueue, type QueueInput } from './upsert-queue.ts';
export { getQueuesWithStats, type QueueStats, type QueueWithStats } from './queue-stats.ts';
export { seedQueues } from './seed-queues.ts';
export { getQueueSettings } from './queue-settings.ts';
