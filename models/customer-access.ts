import type { Db } from './db.ts';
import { ReservationState } from './reservations-repo.ts';
import { whereEligible, type PullAgent } from './tasks/index.ts';
import { OPEN_TASK_STATES, TaskState } from './tasks/index.ts';

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
const workExists = (db: Db, worker: PullAgent, correlate: string) =>
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

/**
 * Restricts an `interactions` query to those of the person's work: of a case with an open task they
 * hold or may take, or linked to such a case or task (the set a task's interactions list shows).
 */
export function whereInteractionOfWork(db: Db, q: any, worker: PullAgent): any {
  const linked = db('interaction_links')
    .select(db.raw('1'))
    .whereRaw('interaction_links.interaction_id = interactions.id')
    .where((w: any) =>
      w
        .whereExists(workExists(db, worker, 'tasks.id = interaction_links.task_id'))
        .orWhereExists(workExists(db, worker, 'tasks.instance_id = interaction_links.instance_id')),
    );
  return q.where((w: any) =>
    w.whereExists(workExists(db, worker, 'tasks.instance_id = interactions.case_instance_id')).orWhereExists(linked),
  );
}

/** Of these interactions, those of the person's work. */
export async function findWorkInteractionIds(db: Db, worker: PullAgent, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await whereInteractionOfWork(
    db,
    db('interactions')
      .select('interactions.id')
      .whereIn('interactions.id', [...ids]),
    worker,
  );
  return new Set(rows.map((r: { id: string }) => r.id));
}

/** The text a task's stored `customer` JSON holds for this customer id (callbacks name their customer record). */
const likeCustomerId = (id: string) => `%"id":${JSON.stringify(id).replace(/[\\%_]/g, (c) => '\\' + c)}%`;

/**
 * Of these customers, those of the person's work: with an interaction of it, or named (by record id)
 * in the `customer` of a task they hold or are offered, such as a callback. (Only those: a queue of
 * takeable tasks can be long, and the JSON is not indexed; a takeable task's own `customer` is readable.)
 */
export async function findWorkCustomerIds(db: Db, worker: PullAgent, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await whereInteractionOfWork(
    db,
    db('interactions')
      .distinct('interactions.customer_id')
      .whereIn('interactions.customer_id', [...ids]),
    worker,
  );
  const found = new Set<string>(rows.map((r: { customer_id: string }) => r.customer_id));
  for (const id of ids.filter((c) => !found.has(c))) {
    const named = await whereHeldBy(
      db,
      db('tasks')
        .first('tasks.id')
        .whereRaw("tasks.customer LIKE ? ESCAPE '\\'", [likeCustomerId(id)]),
      worker,
    );
    if (named) found.add(id);
  }
  return found;
}
