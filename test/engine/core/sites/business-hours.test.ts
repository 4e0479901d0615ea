import { strict as assert } from 'node:assert';
import {
  getSites,
  isKnownTimeZone,
  listSites,
  makeSiteCalendar,
  saveUser,
  SYSTEM_ACTOR,
  upsertSite,
  type SiteRecord,
} from '../../../../engine/index.ts';
import { actors } from '../../../support/actors.ts';
import { makeTestEngine, type TestEngine } from '../../../support/context.ts';
import { code } from '../../../support/outcome.ts';

const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI'] as const;
const OFFICE = WEEKDAYS.map((day) => ({ day, open: '09:00', close: '17:00' }));

const site = (fields: Partial<SiteRecord> = {}): SiteRecord => ({
  id: 'paris',
  name: 'Paris',
  timeZone: 'Europe/Paris',
  businessHours: OFFICE,
  holidays: [],
  createdAt: 0,
  updatedAt: 0,
  ...fields,
});

describe('sites: time zones and business hours', () => {
  it('knows IANA zones and refuses made-up ones', () => {
    for (const zone of ['Europe/Paris', 'America/New_York', 'Asia/Shanghai', 'UTC']) assert.ok(isKnownTimeZone(zone));
    for (const zone of ['Mars/Olympus', '', 'Europe/Pariss', 'GMT+25']) assert.ok(!isKnownTimeZone(zone), zone);
  });

  it('counts 8 business hours from Friday 16:00 to Monday 16:00, in the site zone, not the server zone', () => {
    const paris = makeSiteCalendar(site());
    // Friday 2026-03-06 16:00 in Paris is 15:00 UTC (CET, +01:00).
    const friday = Date.parse('2026-03-06T15:00:00Z');
    const due = paris.addBusinessTime(friday, 8 * 3600_000);
    assert.equal(new Date(due).toISOString(), '2026-03-09T15:00:00.000Z');
    // The same wall-clock rule in New York lands at another instant.
    const ny = makeSiteCalendar(site({ id: 'ny', timeZone: 'America/New_York' }));
    const nyFriday = Date.parse('2026-03-06T21:00:00Z'); // 16:00 EST
    assert.equal(new Date(ny.addBusinessTime(nyFriday, 8 * 3600_000)).toISOString(), '2026-03-09T20:00:00.000Z');
  });

  it('skips holidays and closed days, and follows the daylight-saving change', () => {
    const paris = makeSiteCalendar(site({ holidays: [{ date: '2026-03-09', name: 'Closed Monday' }] }));
    const friday = Date.parse('2026-03-06T15:00:00Z');
    assert.equal(new Date(paris.addBusinessTime(friday, 8 * 3600_000)).toISOString(), '2026-03-10T15:00:00.000Z');
    // Summer time starts on Sunday 2026-03-29: Monday 09:00 is 07:00 UTC, not 08:00.
    const fridayBefore = Date.parse('2026-03-27T16:00:00Z'); // 17:00 CET, closing time
    assert.equal(new Date(paris.addBusinessTime(fridayBefore, 3600_000)).toISOString(), '2026-03-30T08:00:00.000Z');
    assert.equal(paris.isOpen(Date.parse('2026-03-30T07:30:00Z')), true);
    assert.equal(paris.isOpen(Date.parse('2026-03-30T06:59:00Z')), false);
    assert.equal(paris.isOpen(Date.parse('2026-03-28T10:00:00Z')), false, 'Saturday');
  });

  it('counts calendar time for a site without hours', () => {
    const always = makeSiteCalendar(site({ businessHours: [] }));
    assert.equal(always.addBusinessTime(1000, 5000), 6000);
    assert.equal(always.nextOpenPeriod(1000), null);
  });
});

describe('sites: upsertSite', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await makeTestEngine();
  });
  afterEach(() => t.close());

  it('stores a site with hours, holidays and supervisors, and changes only what is given', async () => {
    await saveUser(t.ctx, null, { id: 'sue', name: 'Sue', roles: ['supervisor'] });
    const saved = await upsertSite(t.ctx, actors.admin, {
      id: 'lyon',
      name: 'Lyon',
      timeZone: 'Europe/Paris',
      businessHours: OFFICE,
      holidays: [{ date: '2026-05-01', name: 'Fête du Travail' }],
      supervisors: ['sue'],
    });
    assert.equal(saved.businessHours.length, 5);
    const renamed = await upsertSite(t.ctx, actors.admin, { id: 'lyon', name: 'Lyon Part-Dieu' });
    assert.equal(renamed.timeZone, 'Europe/Paris');
    assert.deepEqual(renamed.holidays, [{ date: '2026-05-01', name: 'Fête du Travail' }]);
    assert.deepEqual(
      (await getSites(t.ctx, ['lyon'])).map((s) => s.name),
      ['Lyon Part-Dieu'],
    );
  });

  it('refuses an unknown zone, bad hours, bad holidays, unknown supervisors and non-admins, storing nothing', async () => {
    const bad = [
      { id: 'x', name: 'X', timeZone: 'Mars/Olympus' },
      { id: 'x', name: 'X' },
      { id: 'X Y', name: 'X', timeZone: 'UTC' },
      { id: 'x', name: 'X', timeZone: 'UTC', businessHours: [{ day: 'MON' as const, open: '17:00', close: '09:00' }] },
      { id: 'x', name: 'X', timeZone: 'UTC', businessHours: [{ day: 'MON' as const, open: '9am', close: '17:00' }] },
      {
        id: 'x',
        name: 'X',
        timeZone: 'UTC',
        businessHours: [
          { day: 'MON' as const, open: '09:00', close: '13:00' },
          { day: 'MON' as const, open: '12:00', close: '17:00' },
        ],
      },
      { id: 'x', name: 'X', timeZone: 'UTC', holidays: [{ date: '2026-02-30', name: 'No such day' }] },
      { id: 'x', name: 'X', timeZone: 'UTC', supervisors: ['nobody'] },
    ];
    for (const input of bad) assert.equal(await code(upsertSite(t.ctx, actors.admin, input)), 'BAD_USER_INPUT');
    assert.equal(
      await code(upsertSite(t.ctx, actors.supervisor, { id: 'x', name: 'X', timeZone: 'UTC' })),
      'FORBIDDEN',
    );
    assert.deepEqual(await listSites(t.ctx), []);
    await upsertSite(t.ctx, SYSTEM_ACTOR, { id: 'x', name: 'X', timeZone: 'UTC' });
    assert.equal((await listSites(t.ctx)).length, 1);
  });
});
