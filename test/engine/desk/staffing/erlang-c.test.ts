import { strict as assert } from 'node:assert';
import { computeStaffing, erlangB, erlangCFigures, erlangCWaitProbability } from '../../../../engine/index.ts';

const close = (actual: number, expected: number, tolerance: number) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} vs ${expected}`);

describe('Erlang C (staffing)', () => {
  // Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example"
  // (callcentrehelper.com/erlang-c-formula-example-121281.htm): 100 calls in 30 minutes, 180 s average
  // handle time, 80% of calls answered in 20 s. Traffic intensity 10 Erlangs; the probability of waiting
  // (68.21% with 11 agents, 44.94% with 12, 28.53% with 13, 17.41% with 14); 14 agents reach a service
  // level of 88.84% (13 give 79.56%); ASA with 14 agents 7.8 s; occupancy 71.43%; with 30% shrinkage
  // 14 agents become 20 to schedule.
  it('reproduces the published worked example, agent by agent', () => {
    const load = { arrivalRate: 100 / 1800, handleSeconds: 180 };
    const published = [
      { agents: 11, wait: 0.6821 },
      { agents: 12, wait: 0.4494 },
      { agents: 13, wait: 0.2853, serviceLevel: 0.7956 },
      { agents: 14, wait: 0.1741, serviceLevel: 0.8884, asa: 7.8, occupancy: 0.7143 },
    ];
    for (const row of published) {
      const f = erlangCFigures(row.agents, load, 20);
      close(f.waitProbability, row.wait, 0.00005);
      if (row.serviceLevel !== undefined) close(f.serviceLevel, row.serviceLevel, 0.00005);
      if (row.asa !== undefined) close(f.averageSpeedOfAnswerSeconds, row.asa, 0.05);
      if (row.occupancy !== undefined) close(f.occupancy, row.occupancy, 0.00005);
    }
    const result = computeStaffing({
      arrivalsPerHour: 200,
      averageHandleSeconds: 180,
      targetSeconds: 20,
      serviceLevelTarget: 0.8,
      shrinkage: 0.3,
    });
    assert.equal(result.offeredLoadErlangs, 10);
    assert.equal(result.erlangC.agents, 14);
    assert.equal(result.erlangC.scheduledAgents, 20, '14 ÷ (1 − 0.3) is 20, not 21 by rounding error');
    assert.equal(result.erlangC.limitedBy, 'SERVICE_LEVEL');
  });

  it('gives the exact values of small systems worked by hand', () => {
    // M/M/2 offered 1.5 Erlangs: C = (1.5²/2 · 2/0.5) / (1 + 1.5 + 4.5) = 9/14.
    close(erlangCWaitProbability(2, 1.5), 9 / 14, 1e-15);
    // M/M/3 offered 2 Erlangs: C = (8/6 · 3) / (1 + 2 + 2 + 4) = 4/9.
    close(erlangCWaitProbability(3, 2), 4 / 9, 1e-15);
    // M/M/1: C = ρ, ASA = ρ/(1 − ρ) · AHT.
    const single = erlangCFigures(1, { arrivalRate: 0.75 / 60, handleSeconds: 60 }, 0);
    close(single.waitProbability, 0.75, 1e-15);
    close(single.averageSpeedOfAnswerSeconds, 180, 1e-9);
    close(single.serviceLevel, 0.25, 1e-15);
  });

  it('stays exact at thousands of agents, where A^n/n! overflows a double', () => {
    // Erlang B by the recursion against the same sum carried out in logarithms.
    const logB = (n: number, a: number) => {
      let logFactorial = 0;
      const terms = Array.from({ length: n + 1 }, (_, k) => {
        if (k > 1) logFactorial += Math.log(k);
        return k * Math.log(a) - logFactorial;
      });
      const max = Math.max(...terms);
      return terms[n] - (max + Math.log(terms.reduce((s, t) => s + Math.exp(t - max), 0)));
    };
    for (const [n, a] of [
      [1000, 950],
      [5000, 4900],
      [3000, 3100],
    ]) {
      close(Math.log(erlangB(n, a)), logB(n, a), 1e-9);
    }
    const f = erlangCFigures(5000, { arrivalRate: 4900 / 300, handleSeconds: 300 }, 20);
    assert.ok(f.waitProbability > 0 && f.waitProbability < 1 && Number.isFinite(f.averageSpeedOfAnswerSeconds));
  });

  it('meets an ASA target instead of a service level, and the occupancy cap when it binds', () => {
    const asa = computeStaffing({
      arrivalsPerHour: 200,
      averageHandleSeconds: 180,
      targetSeconds: 20,
      averageSpeedOfAnswerTargetSeconds: 10,
    });
    // ASA 17.1 s with 13 agents, 7.8 s with 14 (the published example above).
    assert.equal(asa.erlangC.agents, 14);
    assert.equal(asa.erlangC.limitedBy, 'AVERAGE_SPEED_OF_ANSWER');
    const capped = computeStaffing({
      arrivalsPerHour: 200,
      averageHandleSeconds: 180,
      targetSeconds: 20,
      serviceLevelTarget: 0.8,
      maxOccupancy: 0.6,
    });
    assert.equal(capped.erlangC.agents, 17, '10 Erlangs at most 60% busy: ⌈10 / 0.6⌉ = 17');
    assert.equal(capped.erlangC.limitedBy, 'MAX_OCCUPANCY');
    assert.ok(capped.erlangC.occupancy <= 0.6);
    const lax = computeStaffing({
      arrivalsPerHour: 200,
      averageHandleSeconds: 180,
      targetSeconds: 60,
      serviceLevelTarget: 0.1,
    });
    assert.equal(lax.erlangC.agents, 11, 'the fewest agents above the load already meet a lax target');
    assert.equal(lax.erlangC.limitedBy, 'STABILITY');
  });

  it('staffs chat by dividing the handle time by the concurrency', () => {
    const chat = computeStaffing({
      arrivalsPerHour: 600,
      averageHandleSeconds: 540,
      targetSeconds: 20,
      serviceLevelTarget: 0.8,
      concurrency: 3,
    });
    const asCalls = computeStaffing({
      arrivalsPerHour: 600,
      averageHandleSeconds: 180,
      targetSeconds: 20,
      serviceLevelTarget: 0.8,
    });
    assert.equal(chat.effectiveHandleSeconds, 180);
    assert.equal(chat.offeredLoadErlangs, 30);
    assert.deepEqual(chat.erlangC, asCalls.erlangC);
  });
});
