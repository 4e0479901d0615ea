import { queueSites, type Db } from '../../../models/index.ts';
import { BadInputError } from '../../core/errors/index.ts';
import { requireKnownSite, siteCalendars } from '../../core/sites/index.ts';

/** A callback's window once fitted to its site's hours, and the site. */
export interface SiteWindow {
  siteId: string | null;
  windowStart: number;
  windowEnd: number;
}

/**
 * Fits a callback's window into its site's business hours (the site named, else its queue's): the
 * window starts at the first opening inside it and ends when that opening closes, so the router never
 * offers it after hours (retries stay inside too: they end at the window's end). A window with no open
 * time is BAD_USER_INPUT (`reason: OUTSIDE_BUSINESS_HOURS`, with the next opening). Work of no site, or
 * of a site without hours, keeps its window.
 */
export async function fitToSiteHours(
  db: Db,
  site: string | null | undefined,
  queue: string,
  windowStart: number,
  windowEnd: number,
): Promise<SiteWindow> {
  if (site) await requireKnownSite(db, site);
  const siteId = site || (await queueSites(db, [queue])).get(queue)?.siteId || null;
  const calendar = siteId ? (await siteCalendars(db, [siteId])).get(siteId) : undefined;
  if (!calendar?.hasHours) return { siteId, windowStart, windowEnd };
  const open = calendar.nextOpenPeriod(windowStart);
  if (!open || open.start >= windowEnd) {
    const next = open ? new Date(open.start).toISOString() : null;
    throw new BadInputError(
      `the callback window lies outside the business hours of ${siteId} (${calendar.site.timeZone})` +
        (next ? `; it next opens at ${next}` : ''),
      { field: 'windowStart', reason: 'OUTSIDE_BUSINESS_HOURS', site: siteId, nextOpenAt: next },
    );
  }
  return { siteId, windowStart: open.start, windowEnd: Math.min(windowEnd, open.end) };
}
