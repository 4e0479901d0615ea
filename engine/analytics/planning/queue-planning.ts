import {
  findQueue,
  findQueuePlanning,
  saveQueuePlanning,
  withTransaction,
  type QueuePlanningRecord,
} from '../../../models/index.ts';
import type { Actor } from '../../core/access/index.ts';
import { AuditSubject, recordAudit } from '../../core/audit/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError, NotFoundError } from '../../core/errors/index.ts';
import { STAFFING_LIMITS } from '../../desk/staffing/index.ts';
import { requirePlanner } from '../forecast/index.ts';

/** A queue's planning settings before a planner sets them (docs/planning.md). */
export const DEFAULT_QUEUE_PLANNING = { shrinkage: 0.3, maxOccupancy: 0.85, patienceSeconds: 120 } as const;

/** The queue's planning settings, or the defaults. */
export async function queuePlanningOf(ctx: EngineContext, queue: string): Promise<QueuePlanningRecord> {
  return (await findQueuePlanning(ctx.db, queue)) ?? { queue, ...DEFAULT_QUEUE_PLANNING, updatedAt: 0 };
}

export interface QueuePlanningInput {
  queue: string;
  shrinkage: number;
  maxOccupancy: number;
  patienceSeconds?: number | null;
}

/** Sets what the staffing plan feeds the calculator for a queue; audited. */
export async function setQueuePlanning(
  ctx: EngineContext,
  actor: Actor,
  input: QueuePlanningInput,
): Promise<QueuePlanningRecord> {
  const queue = await findQueue(ctx.db, input.queue);
  if (!queue) throw new NotFoundError('Queue', input.queue);
  await requirePlanner(ctx.db, actor, queue.siteId);
  const bad = (field: string, range: string) => new BadInputError(`${field} must be ${range}`, { field });
  if (!(input.shrinkage >= 0 && input.shrinkage <= STAFFING_LIMITS.maxShrinkage))
    throw bad('shrinkage', `0 to ${STAFFING_LIMITS.maxShrinkage}`);
  if (!(input.maxOccupancy >= STAFFING_LIMITS.minMaxOccupancy && input.maxOccupancy <= 1))
    throw bad('maxOccupancy', `${STAFFING_LIMITS.minMaxOccupancy} to 1`);
  const patience = input.patienceSeconds ?? null;
  if (
    patience !== null &&
    !(patience >= STAFFING_LIMITS.minPatienceSeconds && patience <= STAFFING_LIMITS.maxPatienceSeconds)
  )
    throw bad('patienceSeconds', `${STAFFING_LIMITS.minPatienceSeconds} to ${STAFFING_LIMITS.maxPatienceSeconds}`);
  const record = {
    queue: queue.name,
    shrinkage: input.shrinkage,
    maxOccupancy: input.maxOccupancy,
    patienceSeconds: patience,
    updatedAt: ctx.clock.now(),
  };
  await withTransaction(ctx.db, async (trx) => {
    const before = await findQueuePlanning(trx, queue.name);
    await saveQueuePlanning(trx, record);
    const plain = (p: QueuePlanningRecord | undefined) =>
      p ? { shrinkage: p.shrinkage, maxOccupancy: p.maxOccupancy, patienceSeconds: p.patienceSeconds } : null;
    await recordAudit(ctx, trx, actor, {
      type: 'queue.planning-set',
      subjectType: AuditSubject.QUEUE,
      subjectId: queue.name,
      before: plain(before),
      after: plain(record),
    });
  });
  return record;
}

/** A queue's planning settings for a planner. */
export async function queuePlanning(ctx: EngineContext, actor: Actor, queue: string): Promise<QueuePlanningRecord> {
  const found = await findQueue(ctx.db, queue);
  if (!found) throw new NotFoundError('Queue', queue);
  await requirePlanner(ctx.db, actor, found.siteId);
  return queuePlanningOf(ctx, found.name);
}
