import {
  findAgent,
  findUser,
  heldTasks,
  listUsers,
  revokeUserTokens,
  setUserActive,
  setUserGroups,
  setUserProfile,
  setUserRolesRow,
  setUserSite,
  TaskKind,
  unknownGroupIds,
  upsertUser,
  withTransaction,
  type Db,
  type UserListFilter,
  type UserRecord,
} from '../../../models/index.ts';
import { AuditSubject, recordAudit } from '../../core/audit/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError, NotFoundError } from '../../core/errors/index.ts';
import { Role, ALL_ROLES, type Actor, authorizeUserChange, requireRole } from '../../core/access/index.ts';
import { requireKnownSite } from '../../core/sites/index.ts';
import { changePresence } from '../../desk/agents/index.ts';
import { requeueTask } from '../../desk/routing/index.ts';

/** A user as the audit trail shows it: never a password hash. */
export const userView = (u: UserRecord | undefined) =>
  u
    ? { id: u.id, name: u.name, email: u.email, roles: u.roles, groups: u.groups, active: u.active, site: u.siteId }
    : null;

/** Input of createUser; the user has no password until resetPassword gives a one-time one. */
export interface CreateUserInput {
  id: string;
  name?: string | null;
  email?: string | null;
  roles?: readonly string[] | null;
  groups?: readonly string[] | null;
  /** The site the user works at. */
  site?: string | null;
}

/** Input of updateUser; what is left out keeps its value. */
export interface UpdateUserInput {
  id: string;
  name?: string | null;
  email?: string | null;
  active?: boolean | null;
  groups?: readonly string[] | null;
  /** Moves the user to this site ("" or null: no site); undefined leaves it. */
  site?: string | null;
}

const USER_ID = /^[A-Za-z0-9._@-]{1,100}$/;
const EMAIL = /^[^@\s]{1,64}@[^@\s]{1,190}$/;

function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 200)
    throw new BadInputError('name must be 1-200 characters', { field: 'name' });
  return trimmed;
}

function checkEmail(email: string | null | undefined): string | null {
  const trimmed = email?.trim() || null;
  if (trimmed !== null && !EMAIL.test(trimmed))
    throw new BadInputError(`"${trimmed.slice(0, 100)}" is not an e-mail address`, { field: 'email' });
  return trimmed;
}

function checkRoles(roles: readonly string[]): string[] {
  const unknown = roles.filter((r) => !(ALL_ROLES as readonly string[]).includes(r));
  if (unknown.length) throw new BadInputError(`unknown roles: ${unknown.join(', ')}`, { field: 'roles', unknown });
  return [...new Set(roles)];
}

/** Groups must be records (createGroup) before users join them. */
export async function checkGroups(db: Db, groups: readonly string[]): Promise<string[]> {
  const unknown = await unknownGroupIds(db, groups);
  if (unknown.length)
    throw new BadInputError(`unknown groups: ${unknown.join(', ')} (create them first)`, { field: 'groups', unknown });
  return [...new Set(groups)];
}

/** Creates a user (the role matrix's CREATE_USER and GRANT_ROLE cells); CONFLICT when the id is taken. */
export async function createUser(ctx: EngineContext, actor: Actor, input: CreateUserInput): Promise<UserRecord> {
  if (!USER_ID.test(input.id ?? ''))
    throw new BadInputError('user id must be 1-100 letters, digits, . _ @ -', { field: 'id' });
  const name = checkName(input.name ?? input.id);
  const email = checkEmail(input.email);
  const roles = checkRoles(input.roles ?? []);
  const site = input.site || null;
  return withTransaction(ctx.db, async (trx) => {
    const groups = await checkGroups(trx, input.groups ?? []);
    await requireKnownSite(trx, site);
    const existing = await authorizeUserChange(trx, actor, {
      userId: input.id,
      roles,
      groups: groups.length > 0,
      profile: true,
      site,
    });
    if (existing) throw new BadInputError(`user ${input.id} already exists`, { field: 'id', reason: 'TAKEN' });
    const now = ctx.clock.now();
    await upsertUser(trx, {
      id: input.id,
      name,
      email,
      roles,
      groups,
      active: true,
      createdAt: now,
      passwordHash: null,
      siteId: site,
    });
    const created = (await findUser(trx, input.id)) as UserRecord;
    await recordAudit(ctx, trx, actor, {
      type: 'user.created',
      subjectType: AuditSubject.USER,
      subjectId: input.id,
      before: null,
      after: userView(created),
    });
    return created;
  });
}

/** Changes name, e-mail, groups or activity of a user; deactivating goes through deactivateUser's effects. */
export async function updateUser(ctx: EngineContext, actor: Actor, input: UpdateUserInput): Promise<UserRecord> {
  const name = input.name == null ? undefined : checkName(input.name);
  const email = input.email === undefined ? undefined : checkEmail(input.email);
  const site = input.site === undefined ? undefined : input.site || null;
  const updated = await withTransaction(ctx.db, async (trx) => {
    const groups = input.groups == null ? undefined : await checkGroups(trx, input.groups);
    await requireKnownSite(trx, site ?? null);
    const current = await authorizeUserChange(trx, actor, {
      userId: input.id,
      active: input.active ?? undefined,
      groups: groups !== undefined,
      profile: name !== undefined || email !== undefined,
      site,
    });
    if (!current) throw new NotFoundError('user', input.id);
    if (name !== undefined || email !== undefined)
      await setUserProfile(trx, input.id, {
        name: name ?? current.name,
        email: email === undefined ? current.email : email,
      });
    if (groups) await setUserGroups(trx, input.id, groups);
    if (site !== undefined && site !== current.siteId) await setUserSite(trx, input.id, site);
    if (input.active != null) await applyActive(ctx, trx, input.id, input.active);
    const after = (await findUser(trx, input.id)) as UserRecord;
    await recordAudit(ctx, trx, actor, {
      type:
        input.active === false && current.active
          ? 'user.deactivated'
          : input.active === true && !current.active
            ? 'user.reactivated'
            : 'user.updated',
      subjectType: AuditSubject.USER,
      subjectId: input.id,
      before: userView(current),
      after: userView(after),
    });
    return after;
  });
  if (input.active === false) await returnHeldWork(ctx, actor, input.id);
  // The router keeps agents in memory: one who moved site is read back before routing goes on.
  const agent = site === undefined ? undefined : await findAgent(ctx.db, input.id);
  if (agent) ctx.events.publish({ type: 'agent.changed', agent });
  return updated;
}

/** Replaces a user's roles (GRANT_ROLE and REVOKE_ROLE cells for each role added or taken away). */
export async function setUserRoles(
  ctx: EngineContext,
  actor: Actor,
  userId: string,
  roles: readonly string[],
): Promise<UserRecord> {
  const wanted = checkRoles(roles);
  return withTransaction(ctx.db, async (trx) => {
    const current = await authorizeUserChange(trx, actor, { userId, roles: wanted });
    if (!current) throw new NotFoundError('user', userId);
    await setUserRolesRow(trx, userId, wanted);
    const after = (await findUser(trx, userId)) as UserRecord;
    await recordAudit(ctx, trx, actor, {
      type: 'user.roles-set',
      subjectType: AuditSubject.USER,
      subjectId: userId,
      before: userView(current),
      after: userView(after),
    });
    return after;
  });
}

/** Deactivates a user: history keeps them; their tokens end, their offers and held work go back to the queue. */
export function deactivateUser(ctx: EngineContext, actor: Actor, userId: string): Promise<UserRecord> {
  return updateUser(ctx, actor, { id: userId, active: false });
}

/** Deactivating revokes every token (open streams end with them); reactivating gives none back. */
async function applyActive(ctx: EngineContext, trx: Db, userId: string, active: boolean): Promise<void> {
  await setUserActive(trx, userId, active);
  if (!active) await revokeUserTokens(trx, userId, ctx.clock.now());
}

/**
 * A deactivated user's work goes back: an agent goes OFFLINE (offers withdrawn, back-office work requeued
 * with its age), and tasks they claimed from an inbox are requeued too. Calls stay with the platform.
 */
async function returnHeldWork(ctx: EngineContext, actor: Actor, userId: string): Promise<void> {
  if (await findAgent(ctx.db, userId))
    await changePresence(ctx, actor.userId, userId, { state: 'OFFLINE', reason: 'user deactivated' });
  for (const task of await heldTasks(ctx.db, userId))
    if (task.kind !== TaskKind.CALL) await requeueTask(ctx, task, 'user deactivated');
}

/** One page of users (supervisors and admins), by id. */
export function users(
  ctx: EngineContext,
  actor: Actor,
  filter: UserListFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: UserRecord[]; total: number }> {
  requireRole(actor, Role.SUPERVISOR);
  return listUsers(ctx.db, filter, page);
}
