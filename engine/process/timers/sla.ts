import { appendHistory, deleteJobs, markSlaBreached, type JobRecord } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { SYSTEM_ACTOR } from '../../core/access/index.ts';

/**
 * Fires an SLA job: if its task is still open, it is marked breached, the breach goes into history,
 * and `task.slaBreached` is published (the router and supervisors react to it). A task finished in
 * time just drops its job.
 */
export async function fireSlaJob(ctx: EngineContext, job: JobRecord): Promise<void> {
  const taskId = String(job.payload.taskId);
  const now = ctx.clock.now();
  const breached = await markSlaBreached(ctx.db, taskId, now);
  await deleteJobs(ctx.db, [job.id]);
  if (!breached) return;
  await appendHistory(ctx.db, [
    {
      instanceId: breached.instanceId,
      taskId,
      type: 'task.slaBreached',
      elementId: breached.elementId,
      actorId: SYSTEM_ACTOR.userId,
      onBehalfOf: null,
      at: now,
      data: { slaDueAt: breached.slaDueAt },
    },
  ]);
  ctx.events.publish({ type: 'task.slaBreached', task: breached });
}
