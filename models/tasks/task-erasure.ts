import type { Db } from '../db.ts';

/** A task's fields that may hold a customer's personal data (eraseCustomer). */
export interface TaskPersonalData {
  id: string;
  customer: string | null;
  output: string | null;
  phone: string | null;
  dispositionNote: string | null;
}

/**
 * Tasks of these instances, and tasks whose `customer` names one of these customer records (calls,
 * callbacks: the JSON holds `"id":"<id>"`, checked again by the caller).
 */
export async function tasksForErasure(
  db: Db,
  customerIds: readonly string[],
  instanceIds: readonly string[],
): Promise<TaskPersonalData[]> {
  const rows = await db('tasks')
    .select('id', 'customer', 'output', 'phone', 'disposition_note')
    .where((w) => {
      if (instanceIds.length) w.whereIn('instance_id', [...instanceIds]);
      for (const id of customerIds) w.orWhere('customer', 'like', `%${JSON.stringify(id)}%`);
    });
  return rows.map((r: any) => ({
    id: r.id,
    customer: r.customer ?? null,
    output: r.output ?? null,
    phone: r.phone ?? null,
    dispositionNote: r.disposition_note ?? null,
  }));
}

/** Writes a task's blanked personal fields (no version move: nothing about its routing changed). */
export async function rewriteTaskPersonalData(db: Db, data: TaskPersonalData): Promise<void> {
  await db('tasks').where({ id: data.id }).update({
    customer: data.customer,
    output: data.output,
    phone: data.phone,
    disposition_note: data.dispositionNote,
  });
}
