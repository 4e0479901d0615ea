import { strict as assert } from 'node:assert';
import { daySimulationScenario, upsertRosterShift } from '../../../../engine/analytics/planning/index.ts';
import { checkScenario, simulate } from '../../../../engine/desk/simulation/index.ts';
import { newTask } from '../../../../engine/process/runtime/index.ts';
import { insertTasks } from '../../../../models/index.ts';
import { actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { seedHistory } from '../../../support/planning-history.ts';
import { agent, queue } from '../../../support/routing.ts';

const DAY = 86_400_000;

describe("planning: a site's day as a simulation scenario", function () {
  this.timeout(30_000);
  let t: TestEngine;
  // Two days after the clock's day, midnight UTC (the queues have no site: the UTC calendar).
  let dayStart: number;
  const date = (start: number) => new Date(start).toISOString().slice(0, 10);
  beforeEach(async () => {
    t = await makeTestEngine();
    const { ctx } = t;
    dayStart = Math.floor(ctx.clock.now() / DAY) * DAY + 2 * DAY;
    await seedUsers(ctx);
    await queue(ctx, { name: 'calls', channel: 'VOICE', slaSeconds: 20, slaTargetPercent: 80 });
    await queue(ctx, { name: 'claims', channel: 'BACKOFFICE', slaSeconds: 8 * 3600, slaTargetPercent: 90 });
    // 40 calls and 40 claims a day from 10:00, a minute apart, over 8 weeks.
    await seedHistory(ctx.db, 'calls', dayStart - 2 * DAY, 56, 40);
    await seedHistory(ctx.db, 'claims', dayStart - 2 * DAY, 56, 40, null, 'BACKOFFICE');
    await agent(ctx, 'ana', 'voice claims:5', { VOICE: 1, BACKOFFICE: 2, total: 2 });
    await agent(ctx, 'ben', 'claims:2', { VOICE: 0, CHAT: 0, EMAIL: 0, BACKOFFICE: 1, total: 1 });
    const now = ctx.clock.now();
    await insertTasks(
      ctx.db,
      [1, 2, 3].map((i) =>
        newTask({
          id: `claim-${i}`,
          executionId: `x-${i}`,
          name: 'claim',
          channel: 'BACKOFFICE',
          queue: 'claims',
          skills: [{ name: 'claims', level: 2 }],
          createdAt: now - i * 1_200_000,
          enqueuedAt: now - i * 1_200_000,
        }),
      ),
    );
    const shift = (agentId: string, day: string, start: string, end: string, breaks: [string, string][] = []) =>
      upsertRosterShift(ctx, actors.supervisor, {
        agentId,
        date: day,
        start,
        end,
        breaks: breaks.map(([s, e]) => ({ start: s, end: e })),
      });
    await shift('ana', date(dayStart), '09:00', '17:00', [['12:00', '12:30']]);
    await shift('ben', date(dayStart - DAY), '22:00', '06:00', [['02:00', '02:30']]);
    await shift('expert', date(dayStart), '22:00', '06:00');
    await shift('expert2', date(dayStart + DAY), '09:00', '17:00');
  });
  afterEach(() => t.close());

  it('holds every queue with its forecast and backlog, and the shifts working that day with skills and breaks', async () => {
    const s = (await daySimulationScenario(t.ctx, actors.supervisor, { queue: 'calls', date: date(dayStart) })) as any;
    assert.equal(s.hours, 24);
    assert.deepEqual(
      s.queues.map((q: any) => q.name),
      ['calls', 'claims'],
    );
    const [calls, claims] = s.queues;
    // 30 calls in 10:00-10:30 and 10 in 10:30-11:00: 60 and 20 an hour.
    const at = (q: any, h: number) => q.arrivals.find((p: any) => p.start === h)?.perHour;
    assert.ok(Math.abs(at(calls, 10) - 60) < 2 && Math.abs(at(calls, 10.5) - 20) < 2, JSON.stringify(calls.arrivals));
    assert.equal(at(calls, 3), 0);
    assert.equal(calls.averageHandleSeconds, 300);
    assert.deepEqual([calls.targetSeconds, calls.serviceLevelTarget, calls.patienceSeconds], [20, 0.8, 120]);
    assert.ok(Math.abs(at(claims, 10) - 60) < 2);
    assert.deepEqual(
      [claims.slaSeconds, claims.backlog, claims.backlogAgeSeconds, claims.skills],
      [8 * 3600, 3, 3600, [{ name: 'claims', level: 2 }]],
    );
    const byId = Object.fromEntries(s.agents.map((a: any) => [a.id, a]));
    assert.deepEqual(Object.keys(byId).sort(), ['ana', 'ben', 'expert'], 'the next day is not this day');
    assert.deepEqual(byId.ana.shift, { start: 9, end: 17, breaks: [{ start: 12, end: 12.5 }] });
    assert.deepEqual(
      [...byId.ana.skills].sort((a: any, b: any) => a.name.localeCompare(b.name)),
      [
        { name: 'claims', level: 5 },
        { name: 'voice', level: 1 },
      ],
    );
    assert.equal(byId.ana.capacity.BACKOFFICE, 2);
    assert.deepEqual(byId.ben.shift, { start: 0, end: 6, breaks: [{ start: 2, end: 2.5 }] }, 'from the night before');
    assert.equal(byId.ben.team, 'BACKOFFICE', 'takes no calls');
    assert.deepEqual(byId.expert.shift, { start: 22, end: 24, breaks: [] }, 'cut at midnight');

    // The next day gets the rest of the night shift.
    const next = (await daySimulationScenario(t.ctx, actors.supervisor, {
      queue: 'claims',
      date: date(dayStart + DAY),
    })) as any;
    assert.deepEqual(
      next.agents.map((a: any) => [a.id, a.shift.start, a.shift.end]),
      [
        ['expert', 0, 6],
        ['expert2', 9, 17],
      ],
    );
    // The simulator takes it as it is, under each policy.
    for (const policy of ['BLENDED', 'SEPARATE']) {
      const r = await simulate(checkScenario({ ...s, policy }));
      assert.equal(r.queues.length, 2);
      assert.ok(r.queues[1].completed >= 3, `${policy}: the backlog is worked`);
    }
  });

  it('is for planners only, and refuses a bad date', async () => {
    await assert.rejects(
      daySimulationScenario(t.ctx, actors.agent, { queue: 'calls', date: date(dayStart) }),
      (e: any) => e.code === 'FORBIDDEN',
    );
    await assert.rejects(
      daySimulationScenario(t.ctx, actors.supervisor, { queue: 'calls', date: '2026-02-30' }),
      (e: any) => e.code === 'BAD_USER_INPUT',
    );
  });
});
