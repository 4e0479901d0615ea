/** Who acts and what their roles allow: the check every command makes first, below every other tier. */
export { Role, ALL_ROLES, SYSTEM_ACTOR, hasRole, type Actor } from './actor.ts';
export { requireRole } from './authorize.ts';
