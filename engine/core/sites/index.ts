/**
 * Sites: where agents work, in which time zone, on which hours. Below every other tier, since task
 * creation (process), routing and callbacks (desk) and people all read them.
 */
export { isKnownTimeZone, makeZoneClock, type LocalParts, type ZoneClock } from './zone-clock.ts';
export { makeSiteCalendar, minutesOf, type OpenPeriod, type SiteCalendar } from './business-hours.ts';
export { checkSiteId, checkTimeZone, SITE_ID, type SiteInput } from './site-input.ts';
export {
  actorSiteScope,
  findSiteById,
  getSites,
  listSites,
  requireKnownSite,
  siteCalendars,
  supervisedSitesOf,
  supervisorsOf,
  upsertSite,
} from './manage-sites.ts';
export { placeInSites } from './place-tasks.ts';
