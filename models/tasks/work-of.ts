import type { Db } from '../db.ts';
import { ReservationState } from '../reservations-repo.ts';
import { whereEligible, type PullAgent } from './routing-queries.ts';
import { OPEN_TASK_STATES, TaskState } from './task-types.ts';

/** Restricts a `tasks` query to open tasks the person holds, or that are offered to them (a pending reservation). */
function whereHeldBy(db: Db, q: any, worker: PullAgent): any {
  return q.where((w: any) =>
    w
      .where((held: any) =>
        held.where('tasks.assignee_id', worker.userId).whereIn('tasks.state', [...OPEN_TASK_STATES]),
      )
      .orWhere((offered: any) =>
        offered
          .where('tasks.state', TaskState.RESERVED)
          .whereExists(
            db('reservations')
              .select(db.raw('1'))
              .whereRaw('reservations.task_id = tasks.id')
              .where('reservations.agent_id', worker.userId)
              .where('reservations.state', ReservationState.PENDING),
          ),
      ),
  );
}

/**
 * Restricts a `tasks` query to the work a person holds or may take now: open tasks assigned to them,
 * tasks offered to them, and queued, unassigned tasks they are eligible for (a candidate with every
 * required skill at its level).
 */
function whereWorkOf(db: Db, q: any, worker: PullAgent): any {
  return q.where((w: any) =>
    w
      .where((mine: any) => whereHeldBy(db, mine, worker))
      .orWhere((takeable: any) =>
        whereEligible(db, takeable.where('tasks.state', TaskState.QUEUED).whereNull('tasks.assignee_id'), worker),
      ),
  );
}

/** `EXISTS` over the person's work among tasks matching `correlate` (raw SQL on the inner `tasks`). */
export const workExists = (db: Db, worker: PullAgent, correlate: string) =>
  whereWorkOf(db, db('tasks').select(db.raw('1')).whereRaw(correlate), worker);

// The checks below are correlated EXISTS on indexed columns (tasks.instance_id, interaction_links),
// so their cost follows the rows asked about, not the size of the queue: a queue of 100,000 tasks the
// person may take is never listed.

/** Of these process instances, those with an open task the person holds or may take. */
export async function findWorkInstanceIds(db: Db, worker: PullAgent, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await whereWorkOf(
    db,
    db('tasks')
      .distinct('tasks.instance_id')
      .whereIn('tasks.instance_id', [...ids]),
    worker,
  );
  return new Set(rows.map((r: { instance_id: string }) => r.instance_id));
}

/** Of these tasks, those the person holds or may take, or whose case has such a task. */
export async function findWorkTaskIds(db: Db, worker: PullAgent, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db('tasks as asked')
    .select('asked.id')
    .whereIn('asked.id', [...ids])
    .where((q) =>
      q
        .whereExists(workExists(db, worker, 'tasks.id = asked.id'))
        .orWhereExists(workExists(db, worker, 'tasks.instance_id = asked.instance_id')),
    );
  return new Set(rows.map((r: { id: string }) => r.id));
}

/** The text a task's stored `customer` JSON holds for this customer id (callbacks name their customer record). */
const likeCustomerId = (id: string) => `%"id":${JSON.stringify(id).replace(/[\\%_]/g, (c) => '\\' + c)}%`;

/**
 * Whether a task the person holds or is offered names this customer record in its `customer`, such as
 * a callback. (Only those: the JSON is not indexed, and a queue of takeable tasks can be long.)
 */
export async function namesCustomerInHeldWork(db: Db, worker: PullAgent, customerId: string): Promise<boolean> {
  const named = await whereHeldBy(
    db,
    db('tasks')
      .first('tasks.id')
      .whereRaw("tasks.customer LIKE ? ESCAPE '\\'", [likeCustomerId(customerId)]),
    worker,
  );
  return Boolean(named);
}
