import { fromJson, type Db } from './db.ts';

/** A user as far as task candidacy goes: id and groups. */
export interface UserGroups {
  id: string;
  groups: string[];
}

/** Every active user with the groups they belong to (candidacy checks of deploy warnings and "why waiting"). */
export async function listActiveUserGroups(db: Db): Promise<UserGroups[]> {
  const rows = await db('users').select('id', 'groups').where('active', true).orderBy('id');
  return rows.map((r: any) => ({ id: r.id, groups: fromJson(r.groups, []) }));
}

/** Agents who turned a task's offers down or let them time out (they are not offered it again). */
export async function agentsWhoDeclined(db: Db, taskId: string): Promise<string[]> {
  const rows = await db('reservations')
    .distinct('agent_id')
    .where('task_id', taskId)
    .whereIn('state', ['REJECTED', 'TIMED_OUT'])
    .orderBy('agent_id');
  return rows.map((r: any) => r.agent_id);
}
