import {
  findSites,
  findUsers,
  listSites as listSiteRows,
  saveSite,
  setSiteSupervisors,
  sitesSupervisedBy,
  supervisorsOfSites,
  withTransaction,
  type Db,
  type SiteRecord,
} from '../../../models/index.ts';
import { requireRole, Role, siteScopeOf, type Actor, type SiteScope } from '../access/index.ts';
import { AuditSubject, recordAudit } from '../audit/index.ts';
import type { EngineContext } from '../context/index.ts';
import { BadInputError } from '../errors/index.ts';
import { makeSiteCalendar, type SiteCalendar } from './business-hours.ts';
import { checkBusinessHours, checkHolidays, checkSiteId, checkTimeZone, type SiteInput } from './site-input.ts';

const auditView = (site: SiteRecord, supervisors: readonly string[]) => ({ ...site, supervisors });

/**
 * Creates or changes a site (admins). A new site needs a name and a time zone; an unknown zone, bad
 * hours or holidays, or an unknown supervisor is BAD_USER_INPUT and changes nothing.
 */
export async function upsertSite(ctx: EngineContext, actor: Actor, input: SiteInput): Promise<SiteRecord> {
  requireRole(actor, Role.ADMIN);
  const id = checkSiteId(input.id);
  const now = ctx.clock.now();
  return withTransaction(ctx.db, async (trx) => {
    const [existing] = await findSites(trx, [id]);
    const name = input.name?.trim() || existing?.name;
    if (!name || name.length > 200)
      throw new BadInputError('a site needs a name of 1-200 characters', { field: 'name' });
    const timeZone = input.timeZone ?? existing?.timeZone;
    if (!timeZone) throw new BadInputError('a site needs a time zone', { field: 'timeZone' });
    const site: SiteRecord = {
      id,
      name,
      timeZone: checkTimeZone(timeZone),
      businessHours: input.businessHours ? checkBusinessHours(input.businessHours) : (existing?.businessHours ?? []),
      holidays: input.holidays ? checkHolidays(input.holidays) : (existing?.holidays ?? []),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    const before = (await supervisorsOfSites(trx, [id])).get(id) ?? [];
    let after = before;
    if (input.supervisors) {
      after = [...new Set(input.supervisors)].sort();
      const known = new Set((await findUsers(trx, after)).map((u) => u.id));
      const unknown = after.filter((u) => !known.has(u));
      if (unknown.length)
        throw new BadInputError(`unknown users: ${unknown.join(', ')}`, { field: 'supervisors', unknown });
    }
    await saveSite(trx, site);
    if (input.supervisors) await setSiteSupervisors(trx, id, after);
    await recordAudit(ctx, trx, actor, {
      type: existing ? 'site.changed' : 'site.created',
      subjectType: AuditSubject.SITE,
      subjectId: id,
      before: existing ? auditView(existing, before) : null,
      after: auditView(site, after),
    });
    return site;
  });
}

/** Every site (any signed-in user: agents see their own site's hours, the web app names sites). */
export async function listSites(ctx: EngineContext): Promise<SiteRecord[]> {
  return listSiteRows(ctx.db);
}

/**
 * One site by id, or undefined: the look-up for code that maps outside names to sites (single sign-on
 * claims, imports) before it sets a user's site.
 */
export async function findSiteById(ctx: Pick<EngineContext, 'db'>, id: string): Promise<SiteRecord | undefined> {
  return (await findSites(ctx.db, [id]))[0];
}

/** Throws BAD_USER_INPUT unless the site exists; null passes (no site). */
export async function requireKnownSite(db: Db, id: string | null, field = 'site'): Promise<void> {
  if (id === null) return;
  checkSiteId(id, field);
  if ((await findSites(db, [id])).length === 0) throw new BadInputError(`unknown site ${id}`, { field, site: id });
}

/** The calendars of these sites (unknown ids are left out). */
export async function siteCalendars(db: Db, ids: readonly string[]): Promise<Map<string, SiteCalendar>> {
  return new Map((await findSites(db, ids)).map((s) => [s.id, makeSiteCalendar(s)]));
}

/** Sites by id, for batched loading (unknown ids are left out). */
export async function getSites(ctx: Pick<EngineContext, 'db'>, ids: readonly string[]): Promise<SiteRecord[]> {
  return findSites(ctx.db, ids);
}

/** The sites each user supervises (ids), for batched loading. */
export async function supervisedSitesOf(
  ctx: Pick<EngineContext, 'db'>,
  userIds: readonly string[],
): Promise<Map<string, string[]>> {
  return sitesSupervisedBy(ctx.db, userIds);
}

/** The supervisors of each site (user ids), for batched loading. */
export async function supervisorsOf(
  ctx: Pick<EngineContext, 'db'>,
  siteIds: readonly string[],
): Promise<Map<string, string[]>> {
  return supervisorsOfSites(ctx.db, siteIds);
}

/** The sites an actor's views and changes are narrowed to (null: all); see siteScopeOf. */
export function actorSiteScope(ctx: Pick<EngineContext, 'db'>, actor: Actor): Promise<SiteScope> {
  return siteScopeOf(ctx.db, actor);
}
