import { strict as assert } from 'node:assert';
import { checkScenario, simulate } from '../../../../engine/desk/simulation/index.ts';

/** One voice queue of 4 Erlangs (60 calls an hour of 4 minutes) over 4 hours, nobody hangs up. */
const day = (agents: unknown[]) => ({
  seed: 3,
  hours: 4,
  intervalMinutes: 30,
  queues: [{ name: 'care', channel: 'VOICE', arrivalsPerHour: 60, averageHandleSeconds: 240 }],
  agents,
});

describe('simulation: breaks', () => {
  it('refuses a break outside its shift or overlapping the one before', () => {
    const bad = (breaks: unknown[]) => () => checkScenario(day([{ count: 1, shift: { start: 1, end: 3, breaks } }]));
    assert.throws(bad([{ start: 0.5, end: 1.5 }]), /agents\[0\]\.shift\.breaks\[0\]/);
    assert.throws(
      bad([
        { start: 1.5, end: 2 },
        { start: 1.75, end: 2.5 },
      ]),
      /breaks\[1\]\.start/,
    );
    const ok = checkScenario(day([{ count: 1, shift: { start: 1, end: 3, breaks: [{ start: '1:30', end: 2 }] } }]));
    assert.deepEqual(ok.agents[0].breaks, [{ start: 1.5, end: 2 }]);
  });

  it('fewer agents during a break: longer waits in that interval, the same elsewhere', async () => {
    const without = await simulate(checkScenario(day([{ count: 6 }])));
    // Three of the six on break from 2:00 to 3:00: two agents short of the load of four.
    const withBreaks = await simulate(
      checkScenario(day([{ count: 3 }, { count: 3, shift: { start: 0, end: 4, breaks: [{ start: 2, end: 3 }] } }])),
    );
    const asa = (r: typeof without, hour: number) =>
      r.intervals.find((i) => i.start === hour)?.queues[0].averageSpeedOfAnswerSeconds ?? 0;
    assert.equal(withBreaks.queues[0].offered, without.queues[0].offered, 'the same calls on both days');
    assert.ok(asa(withBreaks, 2.5) > asa(without, 2.5) * 3 + 30, `${asa(withBreaks, 2.5)} vs ${asa(without, 2.5)}`);
    assert.ok(
      (withBreaks.intervals[5].queues[0].serviceLevel ?? 1) < (without.intervals[5].queues[0].serviceLevel ?? 0),
      'service level falls during the break',
    );
    assert.equal(asa(withBreaks, 0.5), asa(without, 0.5), 'before the break the days are alike');
  });

  it('takes no new call on a break, finishes the one in hand, and counts the break out of staffed time', async () => {
    const r = await simulate(
      checkScenario({
        ...day([{ count: 1, shift: { start: 0, end: 4, breaks: [{ start: 1, end: 2 }] } }]),
        queues: [{ name: 'care', channel: 'VOICE', arrivalsPerHour: 6, averageHandleSeconds: 240 }],
      }),
    );
    // Calls arriving in 1:00-1:30 wait for the agent's return at 2:00: at least half an hour each.
    const during = r.intervals[2].queues[0];
    assert.ok(during.answered > 0, 'some calls arrived during the break');
    assert.ok((during.averageSpeedOfAnswerSeconds ?? 0) >= 1800, `${during.averageSpeedOfAnswerSeconds}`);
    // Swamped, the agent works every minute of the shift but the break: occupancy stays near 1 because the
    // break is not staffed time (counting it would give 3 h / 4 h = 0.75).
    const swamped = await simulate(
      checkScenario(day([{ count: 1, shift: { start: 0, end: 4, breaks: [{ start: 1, end: 2 }] } }])),
    );
    assert.ok(swamped.agents.occupancy > 0.95 && swamped.agents.occupancy <= 1.0001, `${swamped.agents.occupancy}`);
    assert.equal(swamped.intervals[3].occupancy, 0, 'nobody staffed in 1:30-2:00');
  });
});
