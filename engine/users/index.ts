/** Users, roles, authentication. */
export { Role, ALL_ROLES, SYSTEM_ACTOR, hasRole, type Actor } from './actor.ts';
export { requireRole } from './authorize.ts';
export { authenticate, actAs, signIn, ensureAdminToken } from './auth.ts';
export { hashPassword, verifyPassword, hashToken } from './secrets.ts';
export { getUser, getUsers, saveUser, type SaveUserInput } from './manage-users.ts';
