import type { Db } from './db.ts';
import { namesCustomerInHeldWork, workExists, type PullAgent } from './tasks/index.ts';

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
    if (await namesCustomerInHeldWork(db, worker, id)) found.add(id);
  }
  return found;
}
