import { fromJson, type Db } from './db.ts';

/** Days of the week as sites store them (ISO order, Monday first). */
export const Weekday = { MON: 'MON', TUE: 'TUE', WED: 'WED', THU: 'THU', FRI: 'FRI', SAT: 'SAT', SUN: 'SUN' } as const;
export type Weekday = (typeof Weekday)[keyof typeof Weekday];

/** Opening hours on one weekday, local "HH:MM" times of the site's zone (close "24:00" is midnight). */
export interface BusinessHours {
  day: Weekday;
  open: string;
  close: string;
}

/** A closed day, a local date "YYYY-MM-DD" of the site's zone. */
export interface Holiday {
  date: string;
  name: string;
}

/** A place where agents work, with its IANA time zone, weekly hours and holidays. */
export interface SiteRecord {
  id: string;
  name: string;
  timeZone: string;
  businessHours: BusinessHours[];
  holidays: Holiday[];
  createdAt: number;
  updatedAt: number;
}

const toSite = (r: any): SiteRecord => ({
  id: r.id,
  name: r.name,
  timeZone: r.time_zone,
  businessHours: fromJson(r.business_hours, []),
  holidays: fromJson(r.holidays, []),
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
});

/** Every site, by id. */
export async function listSites(db: Db): Promise<SiteRecord[]> {
  return (await db('sites').orderBy('id')).map(toSite);
}

/** Sites by id (unknown ids are left out). */
export async function findSites(db: Db, ids: readonly string[]): Promise<SiteRecord[]> {
  if (ids.length === 0) return [];
  return (
    await db('sites')
      .whereIn('id', [...new Set(ids)])
      .orderBy('id')
  ).map(toSite);
}

/** Inserts or replaces a site. */
export async function saveSite(db: Db, site: SiteRecord): Promise<void> {
  await db('sites')
    .insert({
      id: site.id,
      name: site.name,
      time_zone: site.timeZone,
      business_hours: JSON.stringify(site.businessHours),
      holidays: JSON.stringify(site.holidays),
      created_at: site.createdAt,
      updated_at: site.updatedAt,
    })
    .onConflict('id')
    .merge(['name', 'time_zone', 'business_hours', 'holidays', 'updated_at']);
}

/** The supervisors of each of these sites (user ids, sorted). */
export async function supervisorsOfSites(db: Db, siteIds: readonly string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(siteIds.map((id) => [id, []]));
  if (siteIds.length === 0) return map;
  const rows = await db('site_supervisors')
    .whereIn('site_id', [...new Set(siteIds)])
    .orderBy(['site_id', 'user_id']);
  for (const r of rows) map.get(r.site_id)?.push(r.user_id);
  return map;
}

/** The sites each of these users supervises (site ids, sorted). */
export async function sitesSupervisedBy(db: Db, userIds: readonly string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return map;
  const rows = await db('site_supervisors')
    .whereIn('user_id', [...new Set(userIds)])
    .orderBy(['user_id', 'site_id']);
  for (const r of rows) map.get(r.user_id)?.push(r.site_id);
  return map;
}

/** Replaces the supervisors of a site. */
export async function setSiteSupervisors(db: Db, siteId: string, userIds: readonly string[]): Promise<void> {
  await db('site_supervisors').where({ site_id: siteId }).delete();
  const unique = [...new Set(userIds)];
  if (unique.length) await db('site_supervisors').insert(unique.map((user_id) => ({ site_id: siteId, user_id })));
}

/** Replaces the sites a user supervises. */
export async function setSitesSupervisedBy(db: Db, userId: string, siteIds: readonly string[]): Promise<void> {
  await db('site_supervisors').where({ user_id: userId }).delete();
  const unique = [...new Set(siteIds)];
  if (unique.length) await db('site_supervisors').insert(unique.map((site_id) => ({ site_id, user_id: userId })));
}

/** The site of each of these users (null: none). */
export async function siteOfUsers(db: Db, userIds: readonly string[]): Promise<Map<string, string | null>> {
  const map = new Map<string, string | null>();
  if (userIds.length === 0) return map;
  for (const r of await db('users')
    .whereIn('id', [...new Set(userIds)])
    .select('id', 'site_id'))
    map.set(r.id, r.site_id ?? null);
  return map;
}

/** Puts a user (and so its agent) on a site. */
export async function setUserSite(db: Db, userId: string, siteId: string | null): Promise<void> {
  await db('users').where({ id: userId }).update({ site_id: siteId });
}

/** The site of a queue and whether its SLA counts business time, for many queues at once. */
export async function queueSites(
  db: Db,
  names: readonly string[],
): Promise<Map<string, { siteId: string | null; businessHoursSla: boolean }>> {
  const map = new Map<string, { siteId: string | null; businessHoursSla: boolean }>();
  if (names.length === 0) return map;
  for (const r of await db('queues')
    .whereIn('name', [...new Set(names)])
    .select('name', 'site_id', 'business_hours_sla'))
    map.set(r.name, { siteId: r.site_id ?? null, businessHoursSla: Boolean(r.business_hours_sla) });
  return map;
}
