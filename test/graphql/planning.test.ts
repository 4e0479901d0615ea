import { strict as assert } from 'node:assert';
import { computeStaffing, makeManualClock } from '../../engine/index.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { seedHistory } from '../support/planning-history.ts';
import { reportsCaughtUp } from '../support/reports.ts';
import { codeOf } from './http-helpers.ts';

const DAY = 86_400_000;
/** The plan's day: two days from now, midnight UTC (the queue has no site: UTC calendar). */
const DAY_START = Math.floor(Date.now() / DAY) * DAY + 2 * DAY;
const DATE = new Date(DAY_START).toISOString().slice(0, 10);
const at = (hh: number, mm = 0) => new Date(DAY_START + hh * 3_600_000 + mm * 60_000).toISOString();

const PLAN = `query($from: DateTime!, $to: DateTime!) {
  staffingPlan(queue: "plan-q", from: $from, to: $to, intervalMinutes: 15) {
    start forecastArrivals averageHandleSeconds requiredErlangC requiredErlangA agentsErlangC rostered present gap closed
  } }`;
const FORECAST = `query($input: ForecastInput!) { forecast(input: $input) {
  timeZone intervals { start arrivals averageHandleSeconds closed adjustmentPercent }
  history { start arrivals } accuracy { wape baselineWape folds } } }`;
const ADJUST = 'mutation($input: ForecastAdjustmentInput!) { adjustForecast(input: $input) }';
const UPSERT =
  'mutation($input: RosterShiftInput!) { upsertRosterShift(input: $input) { id agentId date start end breaks { start end } startsAt } }';
const IMPORT = 'mutation($csv: String!) { importRoster(csv: $csv) }';
const window = { from: at(10), to: at(11) };
// 40 calls a minute apart from 10:00: 15, 15, 10 and 0 in the quarter hours from 10:00.

describe('GraphQL: forecast, staffing plan and roster', function () {
  this.timeout(30_000);
  let s: TestServer;
  before(async () => {
    s = await startTestServer();
    const q = await s.gql(
      'mutation { upsertQueue(input: { name: "plan-q", channel: VOICE, slaSeconds: 20, slaTargetPercent: 80 }) { name } }',
    );
    assert.equal(q.errors, undefined, JSON.stringify(q.errors));
    // 56 days of 40 calls from 10:00, a minute apart, 300 s each: 15 per quarter hour from 10:00 to 10:30.
    await seedHistory(s.testDb.db, 'plan-q', DAY_START - 2 * DAY, 56, 40);
  });
  after(() => s.close());

  it('forecasts the day from the history, with its accuracy over 4 folds', async () => {
    const res = await s.gql(
      FORECAST,
      { input: { queue: 'plan-q', from: at(0), to: at(24), historyWeeks: 8 } },
      { as: 'supervisor' },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const f = res.data.forecast;
    assert.equal(f.timeZone, 'UTC');
    assert.equal(f.intervals.length, 96);
    const ten = f.intervals.find((i: any) => i.start === at(10));
    assert.ok(Math.abs(ten.arrivals - 15) < 0.5, `10:00 ${ten.arrivals}`);
    assert.ok(Math.abs(ten.averageHandleSeconds - 300) < 1e-6);
    assert.equal(f.intervals.find((i: any) => i.start === at(3)).arrivals, 0);
    assert.equal(f.history.length, 7 * 96);
    assert.equal(f.accuracy.folds, 4);
    assert.ok(f.accuracy.wape < 0.05 && f.accuracy.baselineWape < 0.05, JSON.stringify(f.accuracy));
  });

  it('plans each interval with the calculator, the roster and the gap', async () => {
    const shift = await s.gql(
      UPSERT,
      {
        input: {
          agentId: 'agent',
          date: DATE,
          start: '09:00',
          end: '17:00',
          breaks: [{ start: '10:00', end: '10:15' }],
          queue: 'plan-q',
        },
      },
      { as: 'supervisor' },
    );
    assert.equal(shift.errors, undefined, JSON.stringify(shift.errors));
    assert.equal(shift.data.upsertRosterShift.startsAt, at(9));
    const res = await s.gql(PLAN, window, { as: 'supervisor' });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const [ten, quarter, half, last] = res.data.staffingPlan;
    const expected = computeStaffing({
      arrivalsPerHour: ten.forecastArrivals * 4,
      averageHandleSeconds: ten.averageHandleSeconds,
      targetSeconds: 20,
      serviceLevelTarget: 0.8,
      patienceSeconds: 120,
      maxOccupancy: 0.85,
      shrinkage: 0.3,
    });
    assert.equal(ten.requiredErlangC, expected.erlangC.scheduledAgents);
    assert.equal(ten.requiredErlangA, expected.erlangA?.scheduledAgents);
    assert.equal(ten.agentsErlangC, expected.erlangC.agents);
    assert.ok(ten.requiredErlangC > 1);
    assert.deepEqual(
      [ten.rostered, quarter.rostered, half.rostered, last.rostered],
      [0, 1, 1, 1],
      'the break at 10:00 is left out',
    );
    assert.equal(ten.gap, -ten.requiredErlangC);
    assert.equal(ten.present, null, 'the day has not begun');
    assert.ok(half.requiredErlangC > 0 && half.requiredErlangC < ten.requiredErlangC);
    assert.equal(last.requiredErlangC, 0, 'nothing forecast after 10:40');
  });

  it('applies adjustments to forecast and plan, and audits them', async () => {
    const before = (await s.gql(PLAN, window, { as: 'supervisor' })).data.staffingPlan[0];
    const day = await s.gql(
      ADJUST,
      { input: { queue: 'plan-q', date: DATE, percent: 100, reason: 'mailing' } },
      { as: 'supervisor' },
    );
    assert.equal(day.errors, undefined, JSON.stringify(day.errors));
    const slot = await s.gql(
      ADJUST,
      { input: { queue: 'plan-q', date: DATE, intervalStart: at(10), percent: 50 } },
      { as: 'supervisor' },
    );
    assert.equal(slot.errors, undefined, JSON.stringify(slot.errors));
    const after = (await s.gql(PLAN, window, { as: 'supervisor' })).data.staffingPlan;
    assert.ok(
      Math.abs(after[0].forecastArrivals - before.forecastArrivals * 3) < 1e-6,
      'x2 for the day, x1.5 for 10:00',
    );
    assert.ok(after[0].requiredErlangC > before.requiredErlangC);
    const f = await s.gql(FORECAST, { input: { queue: 'plan-q', from: at(10), to: at(10, 30), historyWeeks: 8 } });
    assert.deepEqual(
      f.data.forecast.intervals.map((i: any) => i.adjustmentPercent),
      [200, 100],
    );
    const audit = await s.gql(
      '{ auditLog(filter: { type: "forecast.adjusted" }) { edges { node { subjectId actorId after } } } }',
    );
    const entries = audit.data.auditLog.edges.map((e: any) => e.node);
    assert.equal(entries.length, 2);
    assert.ok(entries.every((e: any) => e.subjectId === 'plan-q' && e.actorId === 'supervisor'));
    assert.ok(entries.some((e: any) => e.after.percent === 100 && e.after.reason === 'mailing'));
    const undo = await s.gql(ADJUST, { input: { queue: 'plan-q', date: DATE, percent: 0 } }, { as: 'supervisor' });
    assert.equal(undo.errors, undefined);
    const bad = await s.gql(ADJUST, { input: { queue: 'plan-q', date: DATE, percent: -150 } }, { as: 'supervisor' });
    assert.equal(codeOf(bad), 'BAD_USER_INPUT');
  });

  it('imports a roster CSV all or nothing, naming the lines in error', async () => {
    const csv = [
      'agent,date,start,end,breaks,queue',
      `expert,${DATE},08:00,16:00,12:00-12:30,plan-q`,
      'expert,2026-13-45,08:00,16:00,,plan-q',
      `nobody,${DATE},08:00,16:00,,plan-q`,
      `supervisor,${DATE},08:00,16:00,07:00-07:30,plan-q`,
      `integrator,${DATE},8am,16:00,,plan-q`,
    ].join('\n');
    const refused = await s.gql(IMPORT, { csv }, { as: 'supervisor' });
    assert.equal(codeOf(refused), 'BAD_USER_INPUT');
    assert.deepEqual(
      refused.errors?.[0].extensions.errors.map((e: any) => e.line),
      [3, 4, 5, 6],
    );
    assert.match(refused.errors?.[0].message, /line 4: .*nobody/);
    const none = await s.gql(
      'query($from: DateTime!, $to: DateTime!) { rosterShifts(from: $from, to: $to) { agentId } }',
      { from: at(0), to: at(24) },
    );
    assert.deepEqual(
      none.data.rosterShifts.map((r: any) => r.agentId),
      ['agent'],
      'nothing of the refused file was stored',
    );
    const header = await s.gql(IMPORT, { csv: 'who,when\nx,y' }, { as: 'supervisor' });
    assert.match(header.errors?.[0].message ?? '', /line 1/);
    const ok = await s.gql(
      IMPORT,
      { csv: [csv.split('\n')[0], csv.split('\n')[1], `expert2,${DATE},10:00,18:00,,plan-q`].join('\n') },
      { as: 'supervisor' },
    );
    assert.equal(ok.errors, undefined, JSON.stringify(ok.errors));
    assert.equal(ok.data.importRoster, 2);
    const plan = (await s.gql(PLAN, window, { as: 'supervisor' })).data.staffingPlan;
    assert.deepEqual(
      plan.map((p: any) => p.rostered),
      [2, 3, 3, 3],
    );
    const shifts = await s.gql(
      'query($from: DateTime!, $to: DateTime!) { rosterShifts(from: $from, to: $to) { id agentId } }',
      { from: at(0), to: at(24) },
    );
    const expertShift = shifts.data.rosterShifts.find((r: any) => r.agentId === 'expert');
    const del = await s.gql(
      'mutation($id: ID!) { deleteRosterShift(id: $id) }',
      { id: expertShift.id },
      { as: 'supervisor' },
    );
    assert.equal(del.data.deleteRosterShift, true);
    assert.deepEqual(
      (await s.gql(PLAN, window, { as: 'supervisor' })).data.staffingPlan.map((p: any) => p.rostered),
      [1, 2, 2, 2],
    );
  });

  it('counts who was present from the presence facts (here set by telephony agent events), for intervals that have begun', async () => {
    // Presence facts carry the server's own times: a server on a manual clock lives through the hour.
    const yesterday = DAY_START - 3 * DAY;
    const clock = makeManualClock(yesterday + 9 * 3_600_000);
    const own = await startTestServer({}, { clock });
    try {
      await own.gql('mutation { upsertQueue(input: { name: "plan-q", channel: VOICE, slaSeconds: 20 }) { name } }');
      await seedHistory(own.testDb.db, 'plan-q', DAY_START - 2 * DAY, 56, 40);
      const iso = (h: number) => new Date(yesterday + h * 3_600_000).toISOString();
      const CTI = 'mutation($input: CtiEventInput!) { ctiEvent(input: $input) { outcome } }';
      for (const [type, agentId, h] of [
        ['AGENT_LOGIN', 'agent', 9],
        ['AGENT_READY', 'agent', 9.1],
        ['AGENT_LOGIN', 'expert', 10.25],
        ['AGENT_LOGOUT', 'agent', 10.5],
      ] as const) {
        clock.set(yesterday + h * 3_600_000);
        const res = await own.gql(CTI, { input: { type, agentId, at: iso(h) } });
        assert.equal(res.data?.ctiEvent?.outcome, 'APPLIED', JSON.stringify(res));
      }
      clock.set(yesterday + 11 * 3_600_000);
      await reportsCaughtUp(own.server);
      const res = await own.gql(PLAN, { from: iso(10), to: iso(12) }, { as: 'supervisor' });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.deepEqual(
        res.data.staffingPlan.map((p: any) => p.present),
        [1, 2, 1, 1, null, null, null, null],
        'agent 09:00-10:30, expert from 10:15 (still logged in); nothing yet after 11:00',
      );
    } finally {
      await own.close();
    }
  });

  it("follows the site's time zone and closes its holidays", async () => {
    const NEXT = new Date(DAY_START + DAY).toISOString().slice(0, 10);
    const site = await s.gql('mutation($input: SiteInput!) { upsertSite(input: $input) { id } }', {
      input: { id: 'tokyo', name: 'Tokyo', timeZone: 'Asia/Tokyo', holidays: [{ date: NEXT, name: 'Holiday' }] },
    });
    assert.equal(site.errors, undefined, JSON.stringify(site.errors));
    const q = await s.gql(
      'mutation { upsertQueue(input: { name: "tokyo-q", channel: VOICE, site: "tokyo" }) { name } }',
    );
    assert.equal(q.errors, undefined, JSON.stringify(q.errors));
    await seedHistory(s.testDb.db, 'tokyo-q', DAY_START - 2 * DAY, 56, 40, 'tokyo');
    // Tokyo is UTC+9: local midnight of DATE is 15:00 UTC the day before.
    const localMidnight = DAY_START - 9 * 3_600_000;
    const f = await s.gql(
      FORECAST,
      {
        input: {
          queue: 'tokyo-q',
          from: new Date(localMidnight).toISOString(),
          to: new Date(localMidnight + 2 * DAY).toISOString(),
          intervalMinutes: 60,
          historyWeeks: 8,
        },
      },
      { as: 'supervisor' },
    );
    assert.equal(f.errors, undefined, JSON.stringify(f.errors));
    const { timeZone, intervals } = f.data.forecast;
    assert.equal(timeZone, 'Asia/Tokyo');
    assert.equal(intervals.length, 48);
    assert.equal(intervals[0].start, new Date(localMidnight).toISOString());
    // The calls at 10:00 UTC are at 19:00 in Tokyo.
    assert.ok(intervals[19].arrivals > 30, `19:00 local ${intervals[19].arrivals}`);
    assert.ok(
      intervals.slice(24).every((i: any) => i.closed && i.arrivals === 0),
      'the holiday is closed',
    );
    assert.ok(intervals.slice(0, 24).every((i: any) => !i.closed));
    const shift = await s.gql(
      UPSERT,
      { input: { agentId: 'expert', date: DATE, start: '09:00', end: '17:00', site: 'tokyo' } },
      { as: 'supervisor' },
    );
    assert.equal(shift.data.upsertRosterShift.startsAt, new Date(localMidnight + 9 * 3_600_000).toISOString());
  });

  it('is for supervisors and admins only', async () => {
    const ops: Array<[string, Record<string, unknown>]> = [
      [PLAN, window],
      [FORECAST, { input: { queue: 'plan-q', from: at(0), to: at(24) } }],
      [ADJUST, { input: { queue: 'plan-q', date: DATE, percent: 10 } }],
      [IMPORT, { csv: 'agent,date,start,end\n' }],
      [UPSERT, { input: { agentId: 'agent', date: DATE, start: '09:00', end: '17:00' } }],
      ['query($from: DateTime!, $to: DateTime!) { rosterShifts(from: $from, to: $to) { id } }', window],
      ['mutation { setQueuePlanning(input: { queue: "plan-q", shrinkage: 0.2, maxOccupancy: 0.9 }) { queue } }', {}],
      ['query($date: String!) { daySimulationScenario(date: $date, queue: "plan-q") }', { date: DATE }],
    ];
    for (const [query, variables] of ops) {
      for (const user of ['agent', 'expert', 'designer', 'integrator'])
        assert.equal(
          codeOf(await s.gql(query, variables, { as: user })),
          'FORBIDDEN',
          `${user}: ${query.slice(0, 40)}`,
        );
      assert.equal(codeOf(await s.gql(query, variables, { token: null })), 'UNAUTHENTICATED');
      const admin = await s.gql(query, variables);
      assert.equal(admin.errors, undefined, `admin: ${query.slice(0, 40)} ${JSON.stringify(admin.errors)}`);
    }
    const settings = await s.gql(
      '{ queuePlanning(queue: "plan-q") { shrinkage maxOccupancy patienceSeconds } }',
      {},
      { as: 'supervisor' },
    );
    assert.deepEqual(settings.data.queuePlanning, { shrinkage: 0.2, maxOccupancy: 0.9, patienceSeconds: null });
  });

  it("gives the day's scenario for simulate: the queue's forecast curve and the day's shifts", async () => {
    const res = await s.gql(
      'query($date: String!) { daySimulationScenario(date: $date, queue: "plan-q", intervalMinutes: 30) }',
      { date: DATE },
      { as: 'supervisor' },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const scenario = res.data.daySimulationScenario;
    const q = scenario.queues.find((x: any) => x.name === 'plan-q');
    // The forecast after the planners' adjustments (an earlier test adjusted this day), per hour.
    const f = await s.gql(
      FORECAST,
      { input: { queue: 'plan-q', from: at(0), to: at(24), intervalMinutes: 30 } },
      { as: 'supervisor' },
    );
    const forecastTen = f.data.forecast.intervals.find((i: any) => i.start === at(10)).arrivals;
    const ten = q.arrivals.find((p: any) => p.start === 10);
    assert.ok(forecastTen > 10 && Math.abs(ten.perHour - forecastTen * 2) < 1e-3, `${ten.perHour} ${forecastTen}`);
    assert.ok(scenario.agents.length > 0, 'the roster of the day');
    const run = await s.gql(
      'mutation($s: JSON!) { simulate(scenario: $s) { id } }',
      { s: scenario },
      { as: 'supervisor' },
    );
    assert.equal(run.errors, undefined, JSON.stringify(run.errors));
  });
});
