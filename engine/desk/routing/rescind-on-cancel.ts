import type { Knex } from 'knex';
import {
  appendHistory,
  endReservationIf,
  pendingReservationsOfTasks,
  ReservationState,
  TaskState,
  type ReservationRecord,
  type TaskRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import type { EngineEvent } from '../../core/events/index.ts';

const REASON = 'task cancelled by its process';

type RescindedEvent = { type: 'reservation.rescinded'; reservation: ReservationRecord; task: TaskRecord };

/**
 * Ends the pending offers of tasks being cancelled, in the cancelling transaction: the offer is
 * RESCINDED (never TIMED_OUT, so it is no missed offer), which frees the agent's slot at once (an
 * agent's load counts pending offers). Reservation rows are written before the tasks' rows, the
 * order accepting an offer uses too, so the two never wait on each other's locks.
 */
async function rescindOffers(trx: Knex.Transaction, tasks: readonly TaskRecord[], at: number): Promise<EngineEvent[]> {
  const reserved = new Map(tasks.filter((t) => t.state === TaskState.RESERVED).map((t) => [t.id, t]));
  if (reserved.size === 0) return [];
  const events: RescindedEvent[] = [];
  for (const offer of await pendingReservationsOfTasks(trx, [...reserved.keys()])) {
    if (!(await endReservationIf(trx, offer.id, ReservationState.RESCINDED, at, REASON))) continue;
    const task = reserved.get(offer.taskId) as TaskRecord;
    events.push({
      type: 'reservation.rescinded',
      reservation: { ...offer, state: ReservationState.RESCINDED, endedAt: at, reason: REASON },
      task: { ...task, state: TaskState.CANCELLED, completedAt: at, version: task.version + 1 },
    });
  }
  await appendHistory(
    trx,
    events.map(({ reservation, task }) => ({
      instanceId: task.instanceId,
      taskId: task.id,
      type: 'reservation.rescinded',
      elementId: task.elementId,
      actorId: null,
      onBehalfOf: null,
      at,
      data: { reservation: reservation.id, agent: reservation.agentId, reason: REASON },
    })),
  );
  return events;
}

/** Registers the rescinding of offers with the context's task-cancellation hooks (the composition root calls it once). */
export function rescindOffersOnCancel(ctx: Pick<EngineContext, 'taskHooks'>): () => void {
  return ctx.taskHooks.onCancel(rescindOffers);
}
