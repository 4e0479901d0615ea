import type { Db } from './db.ts';
import { ReservationState } from './reservations-repo.ts';
import { whereEligible, type PullAgent } from './routing-queries.ts';
import { OPEN_TASK_STATES, TaskState } from './tasks-repo.ts';

/**
 * Restricts a `tasks` query to the work a person holds or may take now: open tasks assigned to them,
 * tasks offered to them (a pending reservation), and queued, unassigned tasks they are eligible for
 * (a candidate with every required skill at its level).
 */
function whereWorkOf(db: Db, q: any, worker: PullAgent): any {
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
      )
      .orWhere((takeable: any) =>
        whereEligible(db, takeable.where('tasks.state', TaskState.QUEUED).whereNull('tasks.assignee_id'), worker),
      ),
  );
}

const workTaskIds = (db: Db, worker: PullAgent) => whereWorkOf(db, db('tasks').select('tasks.id'), worker);

const workInstanceIds = (db: Db, worker: PullAgent) =>
  whereWorkOf(db, db('tasks').select('tasks.instance_id').whereNotNull('tasks.instance_id'), worker);

/** Of these process instances, those with an open task the person holds or may take. */
export async function findWorkInstanceIds(db: Db, worker: PullAgent, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await workInstanceIds(db, worker).whereIn('tasks.instance_id', [...ids]);
  return new Set(rows.map((r: { instance_id: string }) => r.instance_id));
}

/** Of these tasks, those the person holds or may take, or whose case has such a task. */
export async function findWorkTaskIds(db: Db, worker: PullAgent, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db('tasks')
    .select('tasks.id')
    .whereIn('tasks.id', [...ids])
    .where((q) =>
      q.whereIn('tasks.id', workTaskIds(db, worker)).orWhereIn('tasks.instance_id', workInstanceIds(db, worker)),
    );
  return new Set(rows.map((r: { id: string }) => r.id));
}

/**
 * Restricts an `interactions` query to those of the person's work: of a case with an open task they
 * hold or may take, or linked to such a case or task (the set a task's interactions list shows).
 */
export function whereInteractionOfWork(db: Db, q: any, worker: PullAgent): any {
  return q.where((w: any) =>
    w
      .whereIn('interactions.case_instance_id', workInstanceIds(db, worker))
      .orWhereIn(
        'interactions.id',
        db('interaction_links')
          .select('interaction_links.interaction_id')
          .whereIn('interaction_links.task_id', workTaskIds(db, worker))
          .orWhereIn('interaction_links.instance_id', workInstanceIds(db, worker)),
      ),
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
 * in the `customer` of a task they hold or may take, such as a callback.
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
    const named = await whereWorkOf(
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
