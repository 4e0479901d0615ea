import { strict as assert } from 'node:assert';
import { BadInputError } from '../../../../engine/core/errors/index.ts';
import { checkScenario, DEFAULT_SIMULATION_LIMITS } from '../../../../engine/desk/simulation/index.ts';

const base = () => ({
  queues: [{ name: 'sales', channel: 'VOICE', arrivalsPerHour: 100, averageHandleSeconds: 180 }],
  agents: [{ count: 5, skills: ['sales'] }],
});

function refusedAt(raw: unknown, field: string, limits = DEFAULT_SIMULATION_LIMITS): void {
  assert.throws(
    () => checkScenario(raw, limits),
    (err: unknown) => {
      assert.ok(err instanceof BadInputError, String(err));
      assert.equal(err.code, 'BAD_USER_INPUT');
      assert.equal(err.fields.field, field, err.message);
      return true;
    },
  );
}

describe('simulation scenarios: checking', () => {
  it('applies the defaults: 8 hours, BLENDED, instant accepts, 30-minute intervals, exponential handle times', () => {
    const s = checkScenario(base());
    assert.deepEqual([s.hours, s.policy, s.acceptSeconds, s.intervalMinutes, s.seed], [8, 'BLENDED', 0, 30, 1]);
    assert.deepEqual(s.queues[0].arrivals, [{ start: 0, perHour: 100 }]);
    assert.equal(s.queues[0].handleTime.distribution, 'EXPONENTIAL');
    assert.deepEqual(s.agents[0].skills, [{ name: 'sales', level: 1 }]);
    assert.deepEqual(s.agents[0].shift, { start: 0, end: 8 });
  });

  it('reads an arrival curve, starting at zero arrivals before its first point', () => {
    const raw = base();
    Object.assign(raw.queues[0], {
      arrivals: [
        { start: 1, perHour: 50 },
        { start: 4, perHour: 200 },
      ],
    });
    assert.deepEqual(checkScenario(raw).queues[0].arrivals, [
      { start: 0, perHour: 0 },
      { start: 1, perHour: 50 },
      { start: 4, perHour: 200 },
    ]);
  });

  it('takes times as hours or "H:MM", and a capacity as one number of tasks at once', () => {
    const raw = { ...base(), agents: [{ count: 2, capacity: 2, shift: { start: '1:30', end: 6 } }] };
    Object.assign(raw.queues[0], {
      arrivals: [
        { start: '0:00', perHour: 10 },
        { start: '2:15', perHour: 20 },
      ],
    });
    const s = checkScenario(raw);
    assert.deepEqual(s.agents[0].shift, { start: 1.5, end: 6 });
    assert.deepEqual(s.agents[0].capacity, { VOICE: 1, CHAT: 2, EMAIL: 2, BACKOFFICE: 2, total: 2 });
    assert.equal(s.queues[0].arrivals[1].start, 2.25);
    refusedAt({ ...base(), agents: [{ count: 1, shift: { start: '9:75' } }] }, 'agents[0].shift.start');
  });

  it('refuses nonsense with BAD_USER_INPUT naming the field', () => {
    const cases: Array<[(raw: ReturnType<typeof base>) => unknown, string]> = [
      [() => 'not an object', 'scenario'],
      [(r) => ({ ...r, hours: 0 }), 'hours'],
      [(r) => ({ ...r, policy: 'RANDOM' }), 'policy'],
      [(r) => ({ ...r, acceptSeconds: -1 }), 'acceptSeconds'],
      [(r) => ({ ...r, queues: [] }), 'queues'],
      [(r) => ({ ...r, queues: [{ ...r.queues[0], averageHandleSeconds: 0 }] }), 'queues[0].averageHandleSeconds'],
      [(r) => ({ ...r, queues: [{ ...r.queues[0], arrivalsPerHour: -3 }] }), 'queues[0].arrivalsPerHour'],
      [(r) => ({ ...r, queues: [{ ...r.queues[0], channel: 'FAX' }] }), 'queues[0].channel'],
      [(r) => ({ ...r, queues: [{ ...r.queues[0], serviceLevelTarget: 1.5 }] }), 'queues[0].serviceLevelTarget'],
      [(r) => ({ ...r, queues: [{ ...r.queues[0], patienceSeconds: 0 }] }), 'queues[0].patienceSeconds'],
      [
        (r) => ({
          ...r,
          queues: [
            {
              ...r.queues[0],
              arrivals: [
                { start: 2, perHour: 1 },
                { start: 1, perHour: 1 },
              ],
            },
          ],
        }),
        'queues[0].arrivals[1].start',
      ],
      [
        (r) => ({ ...r, queues: [{ ...r.queues[0], handleTime: { distribution: 'GAMMA' } }] }),
        'queues[0].handleTime.distribution',
      ],
      [(r) => ({ ...r, queues: [r.queues[0], r.queues[0]] }), 'queues'],
      [(r) => ({ ...r, agents: [{ count: 1.5 }] }), 'agents[0].count'],
      [(r) => ({ ...r, agents: [{ count: 0 }] }), 'agents'],
      [(r) => ({ ...r, agents: [{ count: 1, shift: { start: 5, end: 3 } }] }), 'agents[0].shift.end'],
      [(r) => ({ ...r, agents: [{ count: 1, skills: [{ name: 'x', level: 11 }] }] }), 'agents[0].skills[0].level'],
      [(r) => ({ ...r, policy: 'SEPARATE' }), 'agents[0].team'],
    ];
    for (const [make, field] of cases) refusedAt(make(base()), field);
  });

  it('holds a scenario to the limits: agents, hours and contacts expected', () => {
    const limits = { ...DEFAULT_SIMULATION_LIMITS, maxAgents: 10, maxHours: 4, maxContacts: 1_000 };
    refusedAt({ ...base(), agents: [{ count: 11 }] }, 'agents', limits);
    refusedAt({ ...base(), hours: 5 }, 'hours', limits);
    const busy = base();
    busy.queues[0].arrivalsPerHour = 300;
    refusedAt({ ...busy, hours: 4 }, 'queues', limits);
    assert.equal(checkScenario({ ...base(), hours: 4 }, limits).hours, 4);
  });
});
