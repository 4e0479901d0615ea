import type { Db } from '../../../models/index.ts';

/**
 * HOOK FOR SITES: where the sites a person's claims name go. Single sign-on maps claims to a `site` and
 * `supervisedSites` (site ids, CROSSDESK_OIDC_CLAIM_MAP targets `site:` and `supervisedSite:`) but
 * stores only roles and groups itself; once users have sites, the composition root passes an assignment
 * that writes them (in the sign-in's transaction) and refuses unknown ids. Until then the default does
 * nothing, so mapped sites are ignored.
 */
export interface SiteAssignment {
  assign(trx: Db, userId: string, sites: { site: string | null; supervisedSites: readonly string[] }): Promise<void>;
}
