import { strict as assert } from 'node:assert';
import {
  buildDayScenario,
  liveAgentsNeeded,
  type DayAgent,
  type DayQueue,
} from '../../../../engine/analytics/planning/index.ts';
import { checkScenario, simulate, type SimulationResult } from '../../../../engine/desk/simulation/index.ts';
import { computeStaffing } from '../../../../engine/desk/staffing/index.ts';
import type { Capacity } from '../../../../models/index.ts';

const H = 3_600_000;
const DAY0 = Date.UTC(2026, 11, 8);
const CAPACITY: Capacity = { VOICE: 1, CHAT: 2, EMAIL: 3, BACKOFFICE: 1, total: 3 };

/** Half-hour forecast intervals of the day: `perInterval` arrivals from `from` to `to` o'clock, none outside. */
const forecast = (perInterval: number, aht: number, from = 8, to = 18) =>
  Array.from({ length: 48 }, (_, k) => ({
    start: DAY0 + k * 0.5 * H,
    arrivals: k / 2 >= from && k / 2 < to ? perInterval : 0,
    averageHandleSeconds: aht,
    closed: false,
  }));

const queues = (backlog = 120): DayQueue[] => [
  {
    name: 'calls',
    channel: 'VOICE',
    slaSeconds: 20,
    serviceLevelTarget: 0.8,
    patienceSeconds: 180,
    skills: [{ name: 'voice', level: 1 }],
    intervals: forecast(30, 240),
    backlog: 7, // a live queue has no backlog: ignored
    backlogAgeSeconds: 0,
  },
  {
    name: 'chat',
    channel: 'CHAT',
    slaSeconds: 60,
    serviceLevelTarget: 0.8,
    patienceSeconds: null,
    skills: [],
    intervals: forecast(10, 300),
    backlog: 0,
    backlogAgeSeconds: 0,
  },
  {
    name: 'claims',
    channel: 'BACKOFFICE',
    slaSeconds: 8 * 3600,
    serviceLevelTarget: 0.9,
    patienceSeconds: 120,
    skills: [{ name: 'claims', level: 3 }],
    intervals: forecast(6, 600),
    backlog,
    backlogAgeSeconds: 4 * 3600,
  },
];

const agent = (id: string, from: number, to: number, changes: Partial<DayAgent> = {}): DayAgent => ({
  id,
  skills: [
    { name: 'voice', level: 1 },
    { name: 'claims', level: 5 },
  ],
  capacity: CAPACITY,
  queue: null,
  startsAt: DAY0 + from * H,
  endsAt: DAY0 + to * H,
  breaks: [],
  ...changes,
});

const parts = (agents: DayAgent[], backlog?: number) => ({
  dayStart: DAY0,
  dayEnd: DAY0 + 24 * H,
  intervalMinutes: 30,
  fallbackHandleSeconds: 300,
  queues: queues(backlog),
  agents,
});

describe("planning: the simulated day's scenario (pure)", () => {
  it('holds every queue with its curve, targets and backlog, and each shift with its skills and breaks', () => {
    const s = buildDayScenario(
      parts([
        agent('ana', 8, 16, { breaks: [{ from: DAY0 + 12 * H, to: DAY0 + 12.5 * H }] }),
        // A night shift of the day before carries into this day until 06:00; one of this day is cut at midnight.
        agent('night-before', -2, 6, {
          breaks: [
            { from: DAY0 - 1 * H, to: DAY0 - 0.5 * H },
            { from: DAY0 + 2 * H, to: DAY0 + 2.5 * H },
          ],
        }),
        agent('night', 22, 30, { breaks: [{ from: DAY0 + 26 * H, to: DAY0 + 26.5 * H }] }),
        agent('claims-only', 9, 17, { queue: 'claims', skills: [{ name: 'claims', level: 8 }] }),
      ]),
    ) as any;
    assert.equal(s.hours, 24);
    assert.deepEqual(
      s.queues.map((q: any) => [q.name, q.channel, q.targetSeconds, q.slaSeconds, q.patienceSeconds, q.backlog]),
      [
        ['calls', 'VOICE', 20, null, 180, 0],
        ['chat', 'CHAT', 60, null, null, 0],
        ['claims', 'BACKOFFICE', 8 * 3600, 8 * 3600, null, 120],
      ],
    );
    const calls = s.queues[0];
    assert.deepEqual(calls.arrivals.slice(15, 18), [
      { start: 7.5, perHour: 0 },
      { start: 8, perHour: 60 },
      { start: 8.5, perHour: 60 },
    ]);
    assert.equal(calls.averageHandleSeconds, 240);
    assert.deepEqual(s.queues[2].skills, [{ name: 'claims', level: 3 }]);
    const byId = new Map(s.agents.map((a: any) => [a.id, a]));
    assert.deepEqual((byId.get('ana') as any).shift, { start: 8, end: 16, breaks: [{ start: 12, end: 12.5 }] });
    assert.deepEqual((byId.get('night-before') as any).shift, { start: 0, end: 6, breaks: [{ start: 2, end: 2.5 }] });
    assert.deepEqual((byId.get('night') as any).shift, { start: 22, end: 24, breaks: [] });
    const claimsOnly = byId.get('claims-only') as any;
    assert.deepEqual(claimsOnly.skills, [{ name: 'claims', level: 8 }]);
    assert.deepEqual(claimsOnly.capacity, { VOICE: 0, CHAT: 0, EMAIL: 0, BACKOFFICE: 1, total: 3 });
    assert.equal(claimsOnly.team, 'BACKOFFICE');
    // The simulator accepts it as it is.
    const checked = checkScenario(s);
    assert.equal(checked.agents.length, 4);
    assert.deepEqual(checked.agents[1].breaks, [{ start: 2, end: 2.5 }]);
  });

  it("sizes SEPARATE's voice team to the live queues' Erlang C need at their peak, the rest back office", () => {
    const s = buildDayScenario(parts(Array.from({ length: 14 }, (_, i) => agent(`a${i}`, 8, 16))), 'SEPARATE') as any;
    const need = (arrivalsPerHour: number, averageHandleSeconds: number, targetSeconds: number) =>
      computeStaffing({ arrivalsPerHour, averageHandleSeconds, targetSeconds, serviceLevelTarget: 0.8 }).erlangC.agents;
    const voice = need(60, 240, 20) + need(20, 300, 60);
    assert.ok(voice > 4 && voice < 14, `${voice}`);
    assert.equal(liveAgentsNeeded(parts([])), voice);
    assert.equal(s.agents.filter((a: any) => a.team === 'VOICE').length, voice);
    assert.equal(s.agents.filter((a: any) => a.team === 'BACKOFFICE').length, 14 - voice);
    assert.equal(s.policy, 'SEPARATE');
    assert.equal(checkScenario(s).policy, 'SEPARATE');
  });

  it('on a multi-queue day with a back-office backlog the policies differ as pooling predicts', async function () {
    this.timeout(60_000);
    const agents = Array.from({ length: 14 }, (_, i) =>
      agent(`a${i}`, 8, 18, {
        breaks: [{ from: DAY0 + (12 + (i % 2) * 0.5) * H, to: DAY0 + (12.5 + (i % 2) * 0.5) * H }],
      }),
    );
    const run = async (policy: 'BLENDED' | 'BLENDED_NO_RESERVE' | 'SEPARATE') =>
      simulate(checkScenario(buildDayScenario(parts(agents, 600), policy)));
    const [blended, noReserve, separate] = [
      await run('BLENDED'),
      await run('BLENDED_NO_RESERVE'),
      await run('SEPARATE'),
    ];
    const backOffice = (r: SimulationResult) => r.queues[2].completed;
    const calls = (r: SimulationResult) => r.queues[0];
    const show = (r: SimulationResult) =>
      `${r.policy}: claims done ${backOffice(r)}, calls SL ${calls(r).serviceLevel?.toFixed(3)}, occupancy ${r.agents.occupancy.toFixed(3)}`;
    const all = [blended, noReserve, separate].map(show).join('; ');
    // The same contacts on every policy's day.
    assert.equal(calls(blended).offered, calls(separate).offered);
    // Pooling (Erlang C's economy of scale): one blended pool keeps busier than two fixed teams and so
    // clears more of the back-office work.
    assert.ok(blended.agents.occupancy > separate.agents.occupancy, all);
    assert.ok(backOffice(blended) > backOffice(separate), all);
    // Without the reserve, back-office work takes agents the calls would have had.
    assert.ok((calls(blended).serviceLevel ?? 0) >= (calls(noReserve).serviceLevel ?? 0), all);
  });
});
