import type { Db } from '../db.ts';
import { reservationFromRow, type ReservationRecord } from '../reservations-repo.ts';
import { taskFromRow } from './row-mappers.ts';
import type { TaskRecord } from './task-types.ts';

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
  const reservation = reservationFromRow({
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
