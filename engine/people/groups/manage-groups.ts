import {
  findGroup,
  findUsers,
  groupMemberIds,
  groupReferences,
  listGroups,
  membersOfGroups,
  removeGroup,
  saveGroup,
  setUserGroups,
  withTransaction,
  type GroupRecord,
} from '../../../models/index.ts';
import { AuditSubject, recordAudit } from '../../core/audit/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../../core/errors/index.ts';
import { hasRole, Role, type Actor, authorizeUserChange, UserChangeRefusal } from '../../core/access/index.ts';

/** Input of createGroup and updateGroup. */
export interface GroupInput {
  id: string;
  name?: string | null;
}

const GROUP_ID = /^[A-Za-z0-9_.-]{1,100}$/;

const groupView = (g: GroupRecord, members: readonly string[]) => ({ id: g.id, name: g.name, members });

function checkName(name: string | null | undefined, fallback: string): string {
  const trimmed = (name ?? fallback).trim();
  if (trimmed.length < 1 || trimmed.length > 200)
    throw new BadInputError('name must be 1-200 characters', { field: 'name' });
  return trimmed;
}

/** Groups are the supervisors' and admins'; refused like the role matrix's cells (`reason: NOT_PERMITTED`). */
function requireGroupManager(actor: Actor): void {
  if (!hasRole(actor, Role.SUPERVISOR))
    throw new ForbiddenError('managing groups needs the role admin or supervisor', {
      reason: UserChangeRefusal.NOT_PERMITTED,
      requiredRoles: [Role.ADMIN, Role.SUPERVISOR],
    });
}

/** Every group (anyone signed in: the modeler and the inbox name them). */
export function groups(ctx: EngineContext): Promise<GroupRecord[]> {
  return listGroups(ctx.db);
}

/** Creates a group (supervisors and admins); its id is what tasks and queues name. */
export async function createGroup(ctx: EngineContext, actor: Actor, input: GroupInput): Promise<GroupRecord> {
  requireGroupManager(actor);
  if (!GROUP_ID.test(input.id ?? ''))
    throw new BadInputError('group id must be 1-100 letters, digits, _ . -', { field: 'id' });
  const name = checkName(input.name, input.id);
  return withTransaction(ctx.db, async (trx) => {
    if (await findGroup(trx, input.id))
      throw new BadInputError(`group ${input.id} already exists`, { field: 'id', reason: 'TAKEN' });
    const now = ctx.clock.now();
    const group = { id: input.id, name, createdAt: now, updatedAt: now };
    await saveGroup(trx, group);
    await recordAudit(ctx, trx, actor, {
      type: 'group.created',
      subjectType: AuditSubject.GROUP,
      subjectId: group.id,
      before: null,
      after: groupView(group, []),
    });
    return group;
  });
}

/** Renames a group (its id stays: it is what tasks and queues name). */
export async function updateGroup(ctx: EngineContext, actor: Actor, input: GroupInput): Promise<GroupRecord> {
  requireGroupManager(actor);
  return withTransaction(ctx.db, async (trx) => {
    const current = await findGroup(trx, input.id);
    if (!current) throw new NotFoundError('group', input.id);
    const group = { ...current, name: checkName(input.name, current.name), updatedAt: ctx.clock.now() };
    await saveGroup(trx, group);
    const members = await groupMemberIds(trx, input.id);
    await recordAudit(ctx, trx, actor, {
      type: 'group.updated',
      subjectType: AuditSubject.GROUP,
      subjectId: group.id,
      before: groupView(current, members),
      after: groupView(group, members),
    });
    return group;
  });
}

/**
 * Makes `members` the group's members: each user joining or leaving is a CHANGE_GROUPS change under the
 * role matrix (a supervisor cannot move an admin), checked before anything is written.
 */
export async function setGroupMembers(
  ctx: EngineContext,
  actor: Actor,
  id: string,
  members: readonly string[],
): Promise<GroupRecord> {
  requireGroupManager(actor);
  const wanted = [...new Set(members)].sort();
  return withTransaction(ctx.db, async (trx) => {
    const group = await findGroup(trx, id);
    if (!group) throw new NotFoundError('group', id);
    const before = await groupMemberIds(trx, id);
    const found = await findUsers(trx, wanted);
    const missing = wanted.filter((u) => !found.some((f) => f.id === u));
    if (missing.length)
      throw new BadInputError(`unknown users: ${missing.join(', ')}`, { field: 'members', unknown: missing });
    const changed = [...wanted.filter((u) => !before.includes(u)), ...before.filter((u) => !wanted.includes(u))];
    for (const userId of changed) {
      const user = await authorizeUserChange(trx, actor, { userId, groups: true });
      const joins = wanted.includes(userId);
      const next = joins ? [...user!.groups.filter((g) => g !== id), id] : user!.groups.filter((g) => g !== id);
      await setUserGroups(trx, userId, next);
    }
    await recordAudit(ctx, trx, actor, {
      type: 'group.members-set',
      subjectType: AuditSubject.GROUP,
      subjectId: id,
      before: groupView(group, before),
      after: groupView(group, wanted),
    });
    return group;
  });
}

/** Deletes a group nothing names: CONFLICT with the queues, rules and open tasks that name it otherwise. */
export async function deleteGroup(ctx: EngineContext, actor: Actor, id: string): Promise<boolean> {
  requireGroupManager(actor);
  return withTransaction(ctx.db, async (trx) => {
    const group = await findGroup(trx, id);
    if (!group) throw new NotFoundError('group', id);
    const refs = await groupReferences(trx, id, 20);
    if (refs.queues.length || refs.rules.length || refs.tasks.length)
      throw new ConflictError(
        `group ${id} is still named by ${[
          refs.queues.length ? `queues ${refs.queues.join(', ')}` : '',
          refs.rules.length ? `rules ${refs.rules.join(', ')}` : '',
          refs.tasks.length ? `open tasks ${refs.tasks.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('; ')}`,
        { groupId: id, reason: 'GROUP_IN_USE', queues: refs.queues, rules: refs.rules, tasks: refs.tasks },
      );
    const members = await groupMemberIds(trx, id);
    for (const userId of members) {
      const user = await authorizeUserChange(trx, actor, { userId, groups: true });
      await setUserGroups(
        trx,
        userId,
        user!.groups.filter((g) => g !== id),
      );
    }
    await removeGroup(trx, id);
    await recordAudit(ctx, trx, actor, {
      type: 'group.deleted',
      subjectType: AuditSubject.GROUP,
      subjectId: id,
      before: groupView(group, members),
      after: null,
    });
    return true;
  });
}

/** Member ids of several groups at once (for batched loading). */
export function groupMembers(ctx: EngineContext, ids: readonly string[]): Promise<Map<string, string[]>> {
  return membersOfGroups(ctx.db, ids);
}
