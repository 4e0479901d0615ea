/** Users, roles, authentication. */
export { Role, ALL_ROLES, SYSTEM_ACTOR, hasRole, type Actor } from './actor.ts';
export { requireRole } from './authorize.ts';
export { authenticate, actAs, signIn } from './auth.ts';
export { ensureAdminToken, CONFIG_ADMIN_ID, CONFIG_TOKEN_LABEL, type AdminTokenState } from './config-admin.ts';
export * from './role-matrix.ts';
export {
  authorizeUserChange,
  cellsOf,
  refusalOf,
  UserChangeRefusal,
  type UserChange,
} from './authorize-user-change.ts';
export { hashPassword, verifyPassword, hashToken } from './secrets.ts';
export { getUser, getUsers, saveUser, type SaveUserInput } from './manage-users.ts';
