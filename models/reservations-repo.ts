import type { Db } from './db.ts';

/** A reservation's life (stored as these strings). */
export const ReservationState = {
  PENDING: 'PENDING',
  ACCEPTED: 'ACCEPTED',
  REJECTED: 'REJECTED',
  TIMED_OUT: 'TIMED_OUT',
  RESCINDED: 'RESCINDED',
} as const;
export type ReservationState = (typeof ReservationState)[keyof typeof ReservationState];

/** A time-boxed offer of one task to one agent. */
export interface ReservationRecord {
  id: string;
  taskId: string;
  agentId: string;
  state: ReservationState;
  createdAt: number;
  expiresAt: number;
  endedAt: number | null;
  reason: string | null;
}

/** A reservations row as a record (also read from joins: models/tasks/reservation-with-task.ts). */
export const reservationFromRow = (r: any): ReservationRecord => ({
  id: r.id,
  taskId: r.task_id,
  agentId: r.agent_id,
  state: r.state,
  createdAt: Number(r.created_at),
  expiresAt: Number(r.expires_at),
  endedAt: r.ended_at === null || r.ended_at === undefined ? null : Number(r.ended_at),
  reason: r.reason ?? null,
});

/** Stores new (pending) reservations; the unique index refuses a second pending one for a task. */
export async function insertReservations(db: Db, rows: readonly ReservationRecord[]): Promise<void> {
  if (rows.length === 0) return;
  await db('reservations').insert(
    rows.map((r) => ({
      id: r.id,
      task_id: r.taskId,
      agent_id: r.agentId,
      state: r.state,
      created_at: r.createdAt,
      expires_at: r.expiresAt,
      ended_at: r.endedAt,
      reason: r.reason,
    })),
  );
}

/** One reservation. */
export async function findReservation(db: Db, id: string): Promise<ReservationRecord | undefined> {
  const row = await db('reservations').where({ id }).first();
  return row ? reservationFromRow(row) : undefined;
}

/** Reservations by ids (batched loading). */
export async function findReservations(db: Db, ids: readonly string[]): Promise<ReservationRecord[]> {
  if (ids.length === 0) return [];
  return (await db('reservations').whereIn('id', [...ids])).map(reservationFromRow);
}

/** Pending reservations of tasks (at most one each). */
export async function pendingReservationsOfTasks(db: Db, taskIds: readonly string[]): Promise<ReservationRecord[]> {
  if (taskIds.length === 0) return [];
  return (
    await db('reservations')
      .whereIn('task_id', [...taskIds])
      .where({ state: ReservationState.PENDING })
  ).map(reservationFromRow);
}

/** Pending reservations of an agent, oldest first. */
export async function pendingReservationsOfAgent(db: Db, agentId: string): Promise<ReservationRecord[]> {
  return (
    await db('reservations').where({ agent_id: agentId, state: ReservationState.PENDING }).orderBy('created_at')
  ).map(reservationFromRow);
}

/** Every pending reservation (router start-up). */
export async function allPendingReservations(db: Db): Promise<ReservationRecord[]> {
  return (await db('reservations').where({ state: ReservationState.PENDING })).map(reservationFromRow);
}

/** Ends a reservation if it is still pending; false when another command ended it first. */
export async function endReservationIf(
  db: Db,
  id: string,
  state: ReservationState,
  at: number,
  reason: string | null,
): Promise<boolean> {
  return (
    (await db('reservations')
      .where({ id, state: ReservationState.PENDING })
      .update({ state, ended_at: at, reason })) === 1
  );
}
