import { sitesSupervisedBy, type Db } from '../../../models/index.ts';
import { ForbiddenError } from '../errors/index.ts';
import { hasRole, Role, type Actor } from './actor.ts';

/**
 * The sites whose agents, queues, tasks and figures an actor sees and changes: null for all (admins,
 * and supervisors who supervise no site in particular: the centre's own supervisors), else the sites
 * they supervise. Things of no site are outside every narrowed scope.
 */
export type SiteScope = readonly string[] | null;

/** Reads the actor's site scope (one query; admins need none). */
export async function siteScopeOf(db: Db, actor: Actor): Promise<SiteScope> {
  if (hasRole(actor, Role.ADMIN)) return null;
  const sites = (await sitesSupervisedBy(db, [actor.userId])).get(actor.userId) ?? [];
  return sites.length ? sites : null;
}

/** True when the scope reaches something of this site. */
export function inSiteScope(scope: SiteScope, siteId: string | null | undefined): boolean {
  return scope === null || (siteId != null && scope.includes(siteId));
}

/**
 * Throws FORBIDDEN (`reason: OUT_OF_SITE`) unless every site named is in the actor's scope: moving
 * something between sites names both, so it needs rights on both.
 */
export function requireSiteScope(
  scope: SiteScope,
  siteIds: readonly (string | null | undefined)[],
  what: string,
): void {
  const at = siteIds.findIndex((s) => !inSiteScope(scope, s));
  if (at < 0) return;
  const outside = siteIds[at] ?? null;
  throw new ForbiddenError(
    `${what} is at ${outside === null ? 'no site' : `the site ${outside}`}, outside the sites you supervise (${(scope ?? []).join(', ')})`,
    { reason: 'OUT_OF_SITE', site: outside, supervisedSites: scope ?? [] },
  );
}
