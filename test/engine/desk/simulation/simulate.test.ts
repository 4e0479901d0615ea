import { strict as assert } from 'node:assert';
import { checkScenario, simulate, type SimulationResult } from '../../../../engine/desk/simulation/index.ts';

/** Two voice queues and a back-office queue with a backlog; 12 agents who can do everything. */
const scenario = (changes: Record<string, unknown> = {}) => ({
  seed: 7,
  hours: 2,
  queues: [
    {
      name: 'sales',
      channel: 'VOICE',
      arrivalsPerHour: 60,
      averageHandleSeconds: 240,
      skills: ['voice'],
      patienceSeconds: 120,
    },
    {
      name: 'care',
      channel: 'VOICE',
      arrivals: [
        { start: 0, perHour: 30 },
        { start: 1, perHour: 90 },
      ],
      averageHandleSeconds: 300,
      handleTime: { distribution: 'LOGNORMAL', cv: 0.6 },
      skills: ['voice'],
    },
    {
      name: 'claims',
      channel: 'BACKOFFICE',
      arrivalsPerHour: 20,
      averageHandleSeconds: 900,
      slaSeconds: 8 * 3600,
      backlog: 200,
      skills: ['claims'],
    },
  ],
  agents: [
    { count: 8, skills: ['voice', 'claims'], team: 'VOICE' },
    { count: 4, skills: ['voice', 'claims'], team: 'BACKOFFICE' },
  ],
  ...changes,
});

const run = (changes: Record<string, unknown> = {}) => simulate(checkScenario(scenario(changes)));
const byName = (r: SimulationResult, name: string) =>
  r.queues.find((q) => q.name === name) as SimulationResult['queues'][number];
const withoutRun = (r: SimulationResult) => ({ ...r, run: null });

describe('simulation: a day through the production router', function () {
  this.timeout(60_000);

  it('gives the same result for the same seed, and another day for another seed', async () => {
    const a = await run();
    const b = await run();
    assert.deepEqual(withoutRun(a), withoutRun(b));
    const c = await run({ seed: 8 });
    assert.notDeepEqual(c.queues, a.queues);
  });

  it('counts per interval and for the day: arrivals, answers, hang-ups, back-office completions, occupancy', async () => {
    const r = await run();
    assert.equal(r.intervals.length, 4);
    for (const name of ['sales', 'care', 'claims']) {
      const day = byName(r, name);
      const sum = r.intervals.reduce((n, i) => n + (i.queues.find((q) => q.name === name)?.offered ?? 0), 0);
      assert.equal(sum, day.offered, name);
    }
    const sales = byName(r, 'sales');
    assert.ok(sales.offered > 80 && sales.answered + sales.abandoned <= sales.offered, JSON.stringify(sales));
    assert.ok(sales.serviceLevel !== null && sales.serviceLevel > 0 && sales.serviceLevel <= 1);
    const claims = byName(r, 'claims');
    assert.equal(claims.serviceLevel, null);
    assert.ok(claims.completed > 0 && claims.completedWithinSla <= claims.completed);
    assert.ok(r.agents.occupancy > 0.5 && r.agents.occupancy <= 1, String(r.agents.occupancy));
  });

  it('SEPARATE: the voice team never works back-office tasks and the back-office team never answers calls', async () => {
    const voiceOnly = await run({
      policy: 'SEPARATE',
      agents: [{ count: 12, skills: ['voice', 'claims'], team: 'VOICE' }],
    });
    assert.equal(byName(voiceOnly, 'claims').completed, 0);
    assert.ok(byName(voiceOnly, 'sales').answered > 0);
    const backOfficeOnly = await run({
      policy: 'SEPARATE',
      agents: [{ count: 12, skills: ['voice', 'claims'], team: 'BACKOFFICE' }],
    });
    assert.equal(byName(backOfficeOnly, 'sales').answered + byName(backOfficeOnly, 'care').answered, 0);
    assert.ok(byName(backOfficeOnly, 'claims').completed > 0);
    // Under a blended policy the same agents do both (teams are ignored).
    const blended = await run({ agents: [{ count: 12, skills: ['voice', 'claims'], team: 'VOICE' }] });
    assert.ok(byName(blended, 'claims').completed > 0 && byName(blended, 'sales').answered > 0);
  });

  it('pauses interruptible back-office work for calls and resumes it afterwards', async () => {
    const base = scenario();
    const queues = base.queues.map((q) => (q.name === 'claims' ? { ...q, interruptible: true } : q));
    const r = await run({ queues, policy: 'BLENDED_NO_RESERVE' });
    assert.ok(r.agents.pauses > 0, `${r.agents.pauses} pauses`);
    const plain = await run({ policy: 'BLENDED_NO_RESERVE' });
    assert.equal(plain.agents.pauses, 0);
  });

  it('staffs agents only during their shifts', async () => {
    const r = await run({
      agents: [{ count: 12, skills: ['voice', 'claims'], shift: { start: 1, end: 2 } }],
    });
    const first = r.intervals.slice(0, 2);
    assert.equal(
      first.reduce((n, i) => n + i.occupancy, 0),
      0,
    );
    // Calls of the first half hour wait at least half an hour (answers count for the interval of arrival).
    for (const q of r.intervals[0].queues) if (q.channel === 'VOICE') assert.equal(q.serviceLevel, 0, q.name);
    assert.ok(r.intervals[2].occupancy > 0);
  });

  it('with an accept delay, every answer waits at least that long', async () => {
    const r = await run({ acceptSeconds: 10, policy: 'SEPARATE' });
    const sales = byName(r, 'sales');
    assert.ok((sales.averageSpeedOfAnswerSeconds ?? 0) >= 10, String(sales.averageSpeedOfAnswerSeconds));
  });
});
