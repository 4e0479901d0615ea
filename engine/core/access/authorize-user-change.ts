import type { Knex } from 'knex';
import { activeAdminIds, findUser, lockUserAdministration, type UserRecord } from '../../../models/index.ts';
import { ForbiddenError } from '../errors/index.ts';
import { CONFIG_ADMIN_ID, Role, type Actor } from './actor.ts';
import { requireSiteScope, siteScopeOf } from './site-scope.ts';
import { allowedRoles, NO_ROLE, ROLE_MATRIX, UserOperation, type MatrixCell } from './role-matrix.ts';

/** Why a user change was refused: `extensions.reason` of its FORBIDDEN error. */
export const UserChangeRefusal = {
  /** The role matrix does not give the caller's roles this cell. */
  NOT_PERMITTED: 'NOT_PERMITTED',
  /** Nobody changes their own roles, deactivates themselves or resets their own password. */
  OWN_ACCOUNT: 'OWN_ACCOUNT',
  /** The admin of CROSSDESK_ADMIN_TOKEN is changed through configuration only. */
  MANAGED_BY_CONFIGURATION: 'MANAGED_BY_CONFIGURATION',
  /** No active admin would be left. */
  LAST_ADMIN: 'LAST_ADMIN',
} as const;
export type UserChangeRefusal = (typeof UserChangeRefusal)[keyof typeof UserChangeRefusal];

/**
 * A change to one user, as the mutation that makes it describes it; leave out what it does not change.
 * upsertAgent, and createUser, setUserRoles, updateUser, deactivateUser and resetPassword, each say
 * what they change here and call authorizeUserChange before writing.
 */
export interface UserChange {
  readonly userId: string;
  /** Every role the user holds after the change; the same roles as now change nothing. */
  readonly roles?: readonly string[];
  /** Roles the user gets when the change creates it and `roles` is left out. */
  readonly rolesWhenCreated?: readonly string[];
  /** false deactivates, true reactivates (nothing when it is already so). */
  readonly active?: boolean;
  readonly resetPassword?: boolean;
  /** Skills or capacity change. */
  readonly skills?: boolean;
  readonly groups?: boolean;
  /** Name or e-mail change. */
  readonly profile?: boolean;
  /** The site the user is at after the change (null: none); undefined leaves it. */
  readonly site?: string | null;
}

const SELF_OPERATIONS: readonly UserOperation[] = [
  UserOperation.GRANT_ROLE,
  UserOperation.REVOKE_ROLE,
  UserOperation.DEACTIVATE_USER,
  UserOperation.RESET_PASSWORD,
];

/** The matrix cells a change touches, given the user as it is now (undefined: the change creates it). */
export function cellsOf(
  current: Pick<UserRecord, 'roles' | 'active' | 'siteId'> | undefined,
  change: UserChange,
): MatrixCell[] {
  const before = current?.roles ?? [];
  const after = change.roles ?? (current ? before : (change.rolesWhenCreated ?? []));
  const holding = current ? before : after;
  const cells: MatrixCell[] = [];
  const onHolder = (operation: UserOperation) => {
    for (const column of holding.length ? holding : [NO_ROLE]) cells.push({ operation, column } as MatrixCell);
  };
  if (!current) onHolder(UserOperation.CREATE_USER);
  for (const role of after)
    if (!before.includes(role)) cells.push({ operation: UserOperation.GRANT_ROLE, column: role } as MatrixCell);
  for (const role of before)
    if (!after.includes(role)) cells.push({ operation: UserOperation.REVOKE_ROLE, column: role } as MatrixCell);
  if (current && change.active !== undefined && change.active !== current.active)
    onHolder(UserOperation.DEACTIVATE_USER);
  if (change.resetPassword) onHolder(UserOperation.RESET_PASSWORD);
  if (change.skills) onHolder(UserOperation.EDIT_SKILLS);
  if (change.groups) onHolder(UserOperation.CHANGE_GROUPS);
  if (change.profile) onHolder(UserOperation.EDIT_PROFILE);
  if (current && change.site !== undefined && change.site !== current.siteId) onHolder(UserOperation.CHANGE_SITE);
  return cells;
}

const refuse = (reason: UserChangeRefusal, message: string, fields: Record<string, unknown>) =>
  new ForbiddenError(message, { reason, ...fields });

/** The refusal of a change by the matrix and the standing rules, before the last-admin count; null if none. */
export function refusalOf(actor: Actor, userId: string, cells: readonly MatrixCell[]): ForbiddenError | null {
  if (cells.length === 0) return null;
  if (userId === CONFIG_ADMIN_ID)
    return refuse(
      UserChangeRefusal.MANAGED_BY_CONFIGURATION,
      `the user ${userId} is managed by configuration (CROSSDESK_ADMIN_TOKEN): it is re-created with every role at each start`,
      { userId, operation: cells[0].operation },
    );
  const own = actor.userId === userId && cells.find((c) => SELF_OPERATIONS.includes(c.operation));
  if (own)
    return refuse(
      UserChangeRefusal.OWN_ACCOUNT,
      `nobody may ${ROLE_MATRIX[own.operation].title} for themselves; ask another admin or supervisor`,
      { userId, operation: own.operation },
    );
  for (const cell of cells) {
    const requiredRoles = allowedRoles(cell);
    if (requiredRoles.some((role) => actor.roles.includes(role))) continue;
    const what =
      ROLE_MATRIX[cell.operation].column === 'role' ? `the role ${cell.column}` : `a user holding ${cell.column}`;
    return refuse(
      UserChangeRefusal.NOT_PERMITTED,
      `${ROLE_MATRIX[cell.operation].title} (${what}) needs the role ${requiredRoles.join(' or ') || 'nobody has'}`,
      { userId, operation: cell.operation, role: cell.column, requiredRoles },
    );
  }
  return null;
}

/**
 * The one enforcement point of the role matrix. Call it inside the transaction that writes the change:
 * it serializes user administration, reads the user as it is now (undefined: the change creates it),
 * refuses with FORBIDDEN (`reason`, `operation`, `role`) what the matrix and the standing rules forbid,
 * and returns that user for the caller to build its write on.
 */
export async function authorizeUserChange(
  trx: Knex.Transaction,
  actor: Actor,
  change: UserChange,
): Promise<UserRecord | undefined> {
  await lockUserAdministration(trx);
  const current = await findUser(trx, change.userId);
  const cells = cellsOf(current, change);
  const refusal = refusalOf(actor, change.userId, cells);
  if (refusal) throw refusal;
  const scope = cells.length ? await siteScopeOf(trx, actor) : null;
  if (scope) {
    const sites = [current ? current.siteId : (change.site ?? null)];
    if (change.site !== undefined) sites.push(change.site);
    requireSiteScope(scope, sites, `the user ${change.userId}`);
  }
  const losesAdmin = cells.some(
    (c) =>
      (c.operation === UserOperation.REVOKE_ROLE && c.column === Role.ADMIN) ||
      (c.operation === UserOperation.DEACTIVATE_USER && current?.roles.includes(Role.ADMIN)),
  );
  if (current?.active && losesAdmin) {
    const others = (await activeAdminIds(trx)).filter((id) => id !== change.userId);
    if (others.length === 0)
      throw refuse(
        UserChangeRefusal.LAST_ADMIN,
        `${change.userId} is the last active admin; make another admin first`,
        {
          userId: change.userId,
        },
      );
  }
  return current;
}
