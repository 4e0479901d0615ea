import { fromJson, type Db } from './db.ts';
import { openTaskIdsOfGroup } from './tasks/index.ts';
import { whereJsonHolds } from './users-repo.ts';

/** A group of users; tasks, queues and rules name it by id. Members are the users whose `groups` hold the id. */
export interface GroupRecord {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
}

const toGroup = (r: any): GroupRecord => ({
  id: r.id,
  name: r.name,
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
});

/** Every group, by id. */
export async function listGroups(db: Db): Promise<GroupRecord[]> {
  return (await db('groups').orderBy('id')).map(toGroup);
}

/** One group, or undefined. */
export async function findGroup(db: Db, id: string): Promise<GroupRecord | undefined> {
  const row = await db('groups').where({ id }).first();
  return row ? toGroup(row) : undefined;
}

/** Of these group ids, those that have no record. */
export async function unknownGroupIds(db: Db, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const known = new Set(
    (
      await db('groups')
        .whereIn('id', [...new Set(ids)])
        .select('id')
    ).map((r: any) => r.id),
  );
  return [...new Set(ids)].filter((id) => !known.has(id));
}

/** Inserts or renames a group. */
export async function saveGroup(db: Db, group: GroupRecord): Promise<void> {
  await db('groups')
    .insert({ id: group.id, name: group.name, created_at: group.createdAt, updated_at: group.updatedAt })
    .onConflict('id')
    .merge(['name', 'updated_at']);
}

/** Removes a group record (callers take it out of users' groups first). */
export async function removeGroup(db: Db, id: string): Promise<void> {
  await db('groups').where({ id }).delete();
}

/** Ids of the users who belong to a group (roles and groups are JSON arrays of strings). */
export async function groupMemberIds(db: Db, groupId: string): Promise<string[]> {
  const rows = await db('users')
    .modify((q) => whereJsonHolds(q, 'groups', groupId))
    .select('id', 'groups');
  return rows
    .filter((r: any) => fromJson<string[]>(r.groups, []).includes(groupId))
    .map((r: any) => r.id)
    .sort();
}

/** Members of several groups at once, by group id (for batched loading). */
export async function membersOfGroups(db: Db, groupIds: readonly string[]): Promise<Map<string, string[]>> {
  const wanted = new Set(groupIds);
  const out = new Map<string, string[]>(groupIds.map((id) => [id, []]));
  for (const row of await db('users').whereNot('groups', '[]').select('id', 'groups').orderBy('id'))
    for (const g of fromJson<string[]>(row.groups, [])) if (wanted.has(g)) out.get(g)!.push(row.id);
  return out;
}

/** Sets one user's groups (JSON array). */
export async function setUserGroups(db: Db, userId: string, groups: readonly string[]): Promise<void> {
  await db('users')
    .where({ id: userId })
    .update({ groups: JSON.stringify([...groups]) });
}

/** What names a group: queues (escalation steps), classification rules (literal variables) and open tasks. */
export interface GroupReferences {
  queues: string[];
  rules: string[];
  tasks: string[];
}

/** Everything that names a group now; at most `limit` open tasks are listed. */
export async function groupReferences(db: Db, groupId: string, limit = 20): Promise<GroupReferences> {
  const queues = (await whereJsonHolds(db('queues'), 'escalation', groupId))
    .filter((q: any) => fromJson<{ addGroup?: string }[]>(q.escalation, []).some((s) => s?.addGroup === groupId))
    .map((q: any) => q.name as string);
  const rules = (await whereJsonHolds(db('classification_rules'), 'action', groupId))
    .filter((r: any) => {
      const vars = fromJson<{ variables?: Record<string, unknown> }>(r.action, {}).variables ?? {};
      return Object.values(vars).some((v) => (v as { value?: unknown })?.value === groupId);
    })
    .map((r: any) => r.name as string);
  return { queues: queues.sort(), rules: rules.sort(), tasks: await openTaskIdsOfGroup(db, groupId, limit) };
}

/** Creates the groups of `ids` that have no record (named after their id); answers the ids created. */
export async function ensureGroups(db: Db, ids: readonly string[], at: number): Promise<string[]> {
  const missing = await unknownGroupIds(db, ids);
  if (missing.length)
    await db('groups')
      .insert(missing.map((id) => ({ id, name: id, created_at: at, updated_at: at })))
      .onConflict('id')
      .ignore();
  return missing;
}
