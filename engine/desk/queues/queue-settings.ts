import { listQueues, type QueueRecord } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';

/** Settings of the named queues that exist (for batched loading). */
export async function getQueueSettings(ctx: EngineContext, names: readonly string[]): Promise<QueueRecord[]> {
  const wanted = new Set(names);
  return (await listQueues(ctx.db)).filter((q) => wanted.has(q.name));
}
