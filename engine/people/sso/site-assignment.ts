import { findSites, setSitesSupervisedBy, setUserSite, type Db } from '../../../models/index.ts';

/**
 * Where the sites a person's claims name go (CROSSDESK_OIDC_CLAIM_MAP targets `site:` and
 * `supervisedSite:`, by site id), written in the sign-in's transaction.
 */
export interface SiteAssignment {
  assign(trx: Db, userId: string, sites: { site: string | null; supervisedSites: readonly string[] }): Promise<void>;
}

/**
 * The identity provider is the source of truth for mapped sites: each sign-in sets the user's site and
 * supervised sites to what the claims say. Ids of sites that do not exist here are left out rather than
 * refusing the sign-in: a directory group named before its site is created must not lock people out.
 * With no site rule in the claim map nothing is touched, so sites set by an admin stay.
 */
export function makeSiteAssignment(mapsSites: boolean): SiteAssignment {
  return {
    async assign(trx, userId, { site, supervisedSites }) {
      if (!mapsSites) return;
      const known = new Set((await findSites(trx, [...(site ? [site] : []), ...supervisedSites])).map((s) => s.id));
      await setUserSite(trx, userId, site && known.has(site) ? site : null);
      await setSitesSupervisedBy(
        trx,
        userId,
        supervisedSites.filter((id) => known.has(id)),
      );
    },
  };
}
