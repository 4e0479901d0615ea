import { strict as assert } from 'node:assert';
import { ROLE_MATRIX, saveUser, SYSTEM_ACTOR, upsertAgent, upsertQueue, upsertSite } from '../../engine/index.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { codeOf } from './http-helpers.ts';

const SITES = `{ sites { id name timeZone businessHours { day open close } holidays { date name } supervisors { id } } }`;
const UPSERT_SITE = `mutation($input: SiteInput!) { upsertSite(input: $input) { id name timeZone businessHours { day open close } holidays { date name } } }`;
const AGENTS = `{ agents { id site { id } } }`;
const QUEUES = `{ queues { name site { id } businessHoursSla } }`;
const UPSERT_AGENT = `mutation($input: AgentInput!) { upsertAgent(input: $input) { id site { id } } }`;
const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id site { id } } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id site { id } } }`;

describe('GraphQL: sites and site scoping', () => {
  let s: TestServer;
  beforeEach(async () => {
    s = await startTestServer();
    const engine = s.server.engine;
    for (const [id, timeZone] of [
      ['lyon', 'Europe/Paris'],
      ['paris', 'Europe/Paris'],
      ['nyc', 'America/New_York'],
    ])
      await upsertSite(engine, SYSTEM_ACTOR, { id, name: id, timeZone });
    // sue supervises lyon; max supervises lyon and paris; the seeded `supervisor` supervises no site in particular.
    await saveUser(engine, null, { id: 'sue', name: 'Sue', roles: ['supervisor'] });
    await saveUser(engine, null, { id: 'max', name: 'Max', roles: ['supervisor'] });
    await upsertSite(engine, SYSTEM_ACTOR, { id: 'lyon', supervisors: ['sue', 'max'] });
    await upsertSite(engine, SYSTEM_ACTOR, { id: 'paris', supervisors: ['max'] });
    for (const [id, site] of [
      ['leo', 'lyon'],
      ['pia', 'paris'],
      ['nia', 'nyc'],
    ])
      await upsertAgent(engine, SYSTEM_ACTOR, { id, site });
    await upsertQueue(engine, null, { name: 'lyon-claims', site: 'lyon', businessHoursSla: true });
    await upsertQueue(engine, null, { name: 'paris-claims', site: 'paris' });
  });
  afterEach(() => s.close());

  it('creates and lists sites with hours, holidays and supervisors; the user says what it supervises', async () => {
    const res = await s.gql(UPSERT_SITE, {
      input: {
        id: 'shanghai',
        name: 'Shanghai',
        timeZone: 'Asia/Shanghai',
        businessHours: [{ day: 'MON', open: '08:30', close: '18:00' }],
        holidays: [{ date: '2026-10-01', name: 'National Day' }],
      },
    });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.deepEqual(res.data.upsertSite.businessHours, [{ day: 'MON', open: '08:30', close: '18:00' }]);
    const listed = await s.gql(SITES);
    assert.equal(listed.errors, undefined, JSON.stringify(listed.errors));
    const list = listed.data.sites;
    assert.deepEqual(
      list.map((x: any) => x.id),
      ['lyon', 'nyc', 'paris', 'shanghai'],
    );
    assert.deepEqual(
      list.find((x: any) => x.id === 'lyon').supervisors.map((u: any) => u.id),
      ['max', 'sue'],
    );
    const me = await s.gql('{ me { id supervisedSites { id } } }', {}, { as: 'max' });
    assert.deepEqual(
      me.data.me.supervisedSites.map((x: any) => x.id),
      ['lyon', 'paris'],
    );
  });

  it('refuses an unknown time zone with BAD_USER_INPUT and a non-admin with FORBIDDEN, changing nothing', async () => {
    const bad = await s.gql(UPSERT_SITE, { input: { id: 'mars', name: 'Mars', timeZone: 'Mars/Olympus' } });
    assert.equal(codeOf(bad), 'BAD_USER_INPUT');
    const forbidden = await s.gql(UPSERT_SITE, { input: { id: 'x', name: 'X', timeZone: 'UTC' } }, { as: 'sue' });
    assert.equal(codeOf(forbidden), 'FORBIDDEN');
    assert.equal((await s.gql(SITES)).data.sites.length, 3);
    const unknownSite = await s.gql(UPSERT_AGENT, { input: { id: 'leo', site: 'atlantis' } });
    assert.equal(codeOf(unknownSite), 'BAD_USER_INPUT');
  });

  it('shows a site supervisor only the agents and queues of their sites; admins and centre supervisors see all', async () => {
    const ids = async (query: string, as: string | undefined, key: string, field: string) =>
      ((await s.gql(query, {}, as ? { as } : {})).data[key] as any[]).map((x) => x[field]).sort();
    assert.deepEqual(await ids(AGENTS, 'sue', 'agents', 'id'), ['leo']);
    assert.deepEqual(await ids(AGENTS, 'max', 'agents', 'id'), ['leo', 'pia']);
    assert.ok((await ids(AGENTS, 'supervisor', 'agents', 'id')).includes('nia'));
    assert.ok((await ids(AGENTS, undefined, 'agents', 'id')).includes('nia'));
    assert.deepEqual(await ids(QUEUES, 'sue', 'queues', 'name'), ['lyon-claims']);
    assert.deepEqual(await ids(QUEUES, 'max', 'queues', 'name'), ['lyon-claims', 'paris-claims']);
    const q = (await s.gql(QUEUES, {}, { as: 'sue' })).data.queues[0];
    assert.deepEqual([q.site.id, q.businessHoursSla], ['lyon', true]);
    assert.equal((await s.gql('{ agent(id: "pia") { id } }', {}, { as: 'sue' })).data.agent, null);
  });

  it('lets a site supervisor change only their agents and queues, and move an agent only between their sites', async () => {
    const asSue = (q: string, input: object) => s.gql(q, { input }, { as: 'sue' });
    const asMax = (q: string, input: object) => s.gql(q, { input }, { as: 'max' });
    const refused = await asSue(UPSERT_AGENT, { id: 'pia', skills: [{ name: 'billing', level: 3 }] });
    assert.equal(codeOf(refused), 'FORBIDDEN');
    assert.equal(refused.errors![0].extensions.reason, 'OUT_OF_SITE');
    assert.equal(codeOf(await asSue(UPSERT_AGENT, { id: 'leo', site: 'paris' })), 'FORBIDDEN', 'paris is not hers');
    assert.equal(codeOf(await asSue(UPDATE_USER, { id: 'leo', site: 'paris' })), 'FORBIDDEN');
    assert.equal(codeOf(await asSue(CREATE_USER, { id: 'new1', roles: ['agent'] })), 'FORBIDDEN', 'no site');
    assert.equal(
      (await asSue(CREATE_USER, { id: 'new2', roles: ['agent'], site: 'lyon' })).data.createUser.site.id,
      'lyon',
    );
    assert.equal(
      codeOf(
        await asSue('mutation($input: QueueInput!) { upsertQueue(input: $input) { name } }', {
          name: 'paris-claims',
          slaSeconds: 60,
        }),
      ),
      'FORBIDDEN',
    );
    const moved = await asMax(UPSERT_AGENT, { id: 'leo', site: 'paris' });
    assert.equal(moved.data?.upsertAgent.site.id, 'paris', JSON.stringify(moved.errors));
    assert.equal(codeOf(await asMax(UPDATE_USER, { id: 'pia', site: 'nyc' })), 'FORBIDDEN', 'nyc is not his');
    const admin = await s.gql(UPDATE_USER, { input: { id: 'pia', site: 'nyc' } });
    assert.equal(admin.data.updateUser.site.id, 'nyc');
  });

  // The site column of the role matrix, table-driven: every row a supervisor may do at all is narrowed
  // to the supervisor's sites ('user'), and moving a user needs both sites ('both').
  it('narrows every row of the role matrix to the supervisor sites (the site column)', async () => {
    const cases: { row: keyof typeof ROLE_MATRIX; query: string; input: (id: string) => object }[] = [
      { row: 'EDIT_SKILLS', query: UPSERT_AGENT, input: (id) => ({ id, skills: [{ name: 'x', level: 2 }] }) },
      { row: 'EDIT_PROFILE', query: UPDATE_USER, input: (id) => ({ id, name: 'Renamed' }) },
      { row: 'DEACTIVATE_USER', query: UPDATE_USER, input: (id) => ({ id, active: false }) },
      { row: 'CHANGE_SITE', query: UPDATE_USER, input: (id) => ({ id, site: 'lyon' }) },
    ];
    for (const c of cases) assert.ok(ROLE_MATRIX[c.row].allowed.agent?.includes('supervisor'), c.row);
    let n = 0;
    for (const c of cases)
      for (const [from, expected] of [
        ['lyon', 'OK'],
        ['paris', 'FORBIDDEN'],
        [null, 'FORBIDDEN'],
      ] as const) {
        const id = `t${n++}`;
        await upsertAgent(s.server.engine, SYSTEM_ACTOR, { id, site: from });
        const res = await s.gql(c.query, { input: c.input(id) }, { as: 'sue' });
        const got = res.errors ? codeOf(res) : 'OK';
        const cell = `${c.row} on an agent at ${from ?? 'no site'}`;
        assert.equal(got, c.row === 'CHANGE_SITE' && from === 'lyon' ? 'OK' : expected, cell);
        if (got === 'FORBIDDEN') assert.equal(res.errors![0].extensions.reason, 'OUT_OF_SITE', cell);
      }
    assert.equal(ROLE_MATRIX.CHANGE_SITE.siteScope, 'both');
  });
});
