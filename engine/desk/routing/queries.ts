import {
  findReservations,
  pendingReservationsOfAgent,
  pendingReservationsOfTasks,
  type ReservationRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';

/** Reservations by ids (batched loading). */
export function getReservations(ctx: EngineContext, ids: readonly string[]): Promise<ReservationRecord[]> {
  return findReservations(ctx.db, ids);
}

/** The pending reservation of each task that has one. */
export function getPendingReservationsOfTasks(
  ctx: EngineContext,
  taskIds: readonly string[],
): Promise<ReservationRecord[]> {
  return pendingReservationsOfTasks(ctx.db, taskIds);
}

/** Offers waiting for an agent's answer. */
export function getPendingReservationsOfAgent(ctx: EngineContext, agentId: string): Promise<ReservationRecord[]> {
  return pendingReservationsOfAgent(ctx.db, agentId);
}
