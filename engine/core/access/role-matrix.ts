import { Role } from './actor.ts';

/**
 * The role matrix: who may do what to which user. It is the one statement of these rules in code;
 * `authorizeUserChange` enforces it, `npm run docs:roles` prints it into docs/api.md, and the
 * table-driven tests run every cell of it through every mutation listed in `reachedBy`.
 */

/** What one user can do to another: the rows of the matrix. */
export const UserOperation = {
  GRANT_ROLE: 'GRANT_ROLE',
  REVOKE_ROLE: 'REVOKE_ROLE',
  CREATE_USER: 'CREATE_USER',
  DEACTIVATE_USER: 'DEACTIVATE_USER',
  RESET_PASSWORD: 'RESET_PASSWORD',
  EDIT_SKILLS: 'EDIT_SKILLS',
  CHANGE_GROUPS: 'CHANGE_GROUPS',
  EDIT_PROFILE: 'EDIT_PROFILE',
  CHANGE_SITE: 'CHANGE_SITE',
} as const;
export type UserOperation = (typeof UserOperation)[keyof typeof UserOperation];

/** The columns: a role, or `none` for a user who holds no role. */
export const NO_ROLE = 'none';
export type MatrixColumn = Role | typeof NO_ROLE;
export const MATRIX_COLUMNS: readonly MatrixColumn[] = [
  Role.ADMIN,
  Role.DESIGNER,
  Role.INTEGRATOR,
  Role.SUPERVISOR,
  Role.EXPERT,
  Role.AGENT,
  NO_ROLE,
];

/** One row: what it covers, the mutations that reach it, and for each column the roles allowed (null: no such cell). */
export interface MatrixRow {
  readonly title: string;
  /** The column is the role granted or revoked (`role`), or each role the user holds (`user`). */
  readonly column: 'role' | 'user';
  readonly reachedBy: readonly string[];
  readonly allowed: Readonly<Record<MatrixColumn, readonly Role[] | null>>;
  /**
   * The site column: how a supervisor who supervises particular sites is narrowed on this row. `user`:
   * only users of those sites; `both`: the user's site now and the site it moves to must both be theirs.
   */
  readonly siteScope: 'user' | 'both';
}

const ADMINS: readonly Role[] = [Role.ADMIN];
const SUPERVISORS: readonly Role[] = [Role.ADMIN, Role.SUPERVISOR];

/** Admins manage everyone; supervisors manage experts, agents and users without a role. */
const BY_HOLDER: MatrixRow['allowed'] = {
  admin: ADMINS,
  designer: ADMINS,
  integrator: ADMINS,
  supervisor: ADMINS,
  expert: SUPERVISORS,
  agent: SUPERVISORS,
  none: SUPERVISORS,
};

/** Supervisors grant and revoke expert and agent only; every other role is the admins'. */
const BY_ROLE: MatrixRow['allowed'] = { ...BY_HOLDER, none: null };

export const ROLE_MATRIX: Readonly<Record<UserOperation, MatrixRow>> = {
  GRANT_ROLE: {
    title: 'grant a role',
    column: 'role',
    reachedBy: ['upsertAgent', 'createUser', 'setUserRoles'],
    allowed: BY_ROLE,
    siteScope: 'user',
  },
  REVOKE_ROLE: {
    title: 'revoke a role',
    column: 'role',
    reachedBy: ['upsertAgent', 'setUserRoles'],
    allowed: BY_ROLE,
    siteScope: 'user',
  },
  CREATE_USER: {
    title: 'create a user',
    column: 'user',
    reachedBy: ['upsertAgent', 'createUser'],
    allowed: BY_HOLDER,
    siteScope: 'user',
  },
  DEACTIVATE_USER: {
    title: 'deactivate or reactivate a user',
    column: 'user',
    reachedBy: ['deactivateUser', 'updateUser'],
    allowed: BY_HOLDER,
    siteScope: 'user',
  },
  RESET_PASSWORD: {
    title: 'reset a password',
    column: 'user',
    reachedBy: ['resetPassword'],
    allowed: BY_HOLDER,
    siteScope: 'user',
  },
  EDIT_SKILLS: {
    title: 'edit skills and capacity',
    column: 'user',
    reachedBy: ['upsertAgent'],
    allowed: BY_HOLDER,
    siteScope: 'user',
  },
  CHANGE_GROUPS: {
    title: 'change groups',
    column: 'user',
    reachedBy: ['upsertAgent', 'updateUser', 'setGroupMembers', 'deleteGroup'],
    allowed: BY_HOLDER,
    siteScope: 'user',
  },
  EDIT_PROFILE: {
    title: 'edit name and e-mail',
    column: 'user',
    reachedBy: ['upsertAgent', 'updateUser'],
    allowed: BY_HOLDER,
    siteScope: 'user',
  },
  CHANGE_SITE: {
    title: 'move to another site',
    column: 'user',
    reachedBy: ['upsertAgent', 'updateUser'],
    allowed: BY_HOLDER,
    siteScope: 'both',
  },
};

/** Rules that hold whatever the matrix says, in the order they are checked. */
export const MATRIX_RULES: readonly string[] = [
  'The `admin` user of `CROSSDESK_ADMIN_TOKEN` is managed by configuration: every operation above on it is refused (`reason: MANAGED_BY_CONFIGURATION`).',
  'Nobody changes their own roles, deactivates themselves or resets their own password (`reason: OWN_ACCOUNT`); other rows apply to oneself as to anyone holding the same roles.',
  'A user-level row applies to every role the user holds (or will hold, when created): a supervisor may not touch a user who is also a designer.',
  'A supervisor who supervises particular sites (`supervisedSites`) acts only on users of those sites, and creates users only at them; moving a user between sites needs both sites (`reason: OUT_OF_SITE`). Admins, and supervisors of no particular site, are not narrowed.',
  'A change that would leave no active admin is refused (`reason: LAST_ADMIN`); concurrent changes are serialized, so two admins cannot demote each other at once.',
];

/** One cell of the matrix: the operation and the role it concerns. */
export interface MatrixCell {
  readonly operation: UserOperation;
  readonly column: MatrixColumn;
}

/** The roles allowed in a cell: none for a cell that cannot exist, admins only for a role the matrix does not know. */
export function allowedRoles(cell: MatrixCell): readonly Role[] {
  const allowed = ROLE_MATRIX[cell.operation].allowed;
  if (!Object.hasOwn(allowed, cell.column)) return ADMINS;
  return allowed[cell.column] ?? [];
}

/** True when an actor holding `roles` may act on this cell. */
export function mayActOn(roles: readonly string[], cell: MatrixCell): boolean {
  return allowedRoles(cell).some((role) => roles.includes(role));
}
