import type { Db } from './db.ts';
import { taskFromRow, type TaskRecord } from './tasks/index.ts';

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

const toReservation = (r: any): ReservationRecord => ({
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
  return row ? toReservation(row) : undefined;
}

/** Reservations by ids (batched loading). */
export async function findReservations(db: Db, ids: readonly string[]): Promise<ReservationRecord[]> {
  if (ids.length === 0) return [];
  return (await db('reservations').whereIn('id', [...ids])).map(toReservation);
}

/** Pending reservations of tasks (at most one each). */
export async function pendingReservationsOfTasks(db: Db, taskIds: readonly string[]): Promise<ReservationRecord[]> {
  if (taskIds.length === 0) return [];
  return (
    await db('reservations')
      .whereIn('task_id', [...taskIds])
      .where({ state: ReservationState.PENDING })
  ).map(toReservation);
}

/** Pending reservations of an agent, oldest first. */
export async function pendingReservationsOfAgent(db: Db, agentId: string): Promise<ReservationRecord[]> {
  return (
    await db('reservations').where({ agent_id: agentId, state: ReservationState.PENDING }).orderBy('created_at')
  ).map(toReservation);
}

/** Every pending reservation (router start-up). */
export async function allPendingReservations(db: Db): Promise<ReservationRecord[]> {
  return (await db('reservations').where({ state: ReservationState.PENDING })).map(toReservation);
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

/** A reservation with its task, in one query (accepting reads both on a hot path). */
export async function findReservationWithTask(
  db: Db,
  id: string,
): Promise<{ reservation: ReservationRecord; task: TaskRecord } | undefined> {
  const row = await db('reservations')
    .join('tasks', 'tasks.id', 'reservations.task_id')
    .where('reservations.id', id)
    .select(
      'tasks.*',
      'reservations.id as r_id',
      'reservations.task_id as r_task_id',
      'reservations.agent_id as r_agent_id',
      'reservations.state as r_state',
      'reservations.created_at as r_created_at',
      'reservations.expires_at as r_expires_at',
      'reservations.ended_at as r_ended_at',
      'reservations.reason as r_reason',
    )
    .first();
  if (!row) return undefined;
  const reservation = toReservation({
    id: row.r_id,
    task_id: row.r_task_id,
    agent_id: row.r_agent_id,
    state: row.r_state,
    created_at: row.r_created_at,
    expires_at: row.r_expires_at,
    ended_at: row.r_ended_at,
    reason: row.r_reason,
  });
  return { reservation, task: taskFromRow(row) };
}
