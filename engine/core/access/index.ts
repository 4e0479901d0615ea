/** Who acts and what their roles allow: the check every command makes first, below every other tier. */
export { Role, ALL_ROLES, SYSTEM_ACTOR, CONFIG_ADMIN_ID, hasRole, type Actor } from './actor.ts';
export { requireRole } from './authorize.ts';
export * from './role-matrix.ts';
export {
  authorizeUserChange,
  cellsOf,
  refusalOf,
  UserChangeRefusal,
  type UserChange,
} from './authorize-user-change.ts';
export { siteScopeOf, inSiteScope, requireSiteScope, type SiteScope } from './site-scope.ts';
