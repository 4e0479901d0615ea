import { strict as assert } from 'node:assert';
import { checkAgainstTheory, type TheoryComparison } from '../../../../engine/desk/simulation/index.ts';

/** The short checks: 8 seeds × 3,000 calls each (the long ones, 20 × 10,000, run in bench/simulate.bench.ts). */
const SHORT = { seeds: 8, callsPerSeed: 3_000 };
const QUEUE = { arrivalsPerHour: 120, averageHandleSeconds: 240, targetSeconds: 20 };

const show = (c: TheoryComparison) =>
  `SL ${c.serviceLevel.mean.toFixed(4)} ± ${c.serviceLevel.halfWidth.toFixed(4)} (theory ${c.theory.serviceLevel.toFixed(4)}), ` +
  `ASA ${c.averageSpeedOfAnswerSeconds.mean.toFixed(2)} ± ${c.averageSpeedOfAnswerSeconds.halfWidth.toFixed(2)} s ` +
  `(theory ${c.theory.averageSpeedOfAnswerSeconds.toFixed(2)}), abandoned ${c.abandonRate.mean.toFixed(4)} ` +
  `(theory ${c.theory.abandonProbability.toFixed(4)})`;

/**
 * Waits in M/M/c come in long bursts, so a short run's mean ASA is noisy (its 95% interval is some ±30%):
 * it must lie within 25% of the formula or the formula within its confidence interval.
 */
const asaClose = (c: TheoryComparison) =>
  Math.abs(c.averageSpeedOfAnswerSeconds.mean - c.theory.averageSpeedOfAnswerSeconds) <=
  Math.max(0.25 * c.theory.averageSpeedOfAnswerSeconds, c.averageSpeedOfAnswerSeconds.halfWidth);

/**
 * The simulator against queueing theory: with Poisson arrivals, exponential handle times, instant
 * accepts and identical agents, the production router serving one queue is an M/M/c queue (Erlang C),
 * and with exponential patience an M/M/c+M queue (Erlang A). The mean over seeds must lie near the
 * formula and the formula inside the mean's 95% confidence interval widened by the tolerance.
 */
describe('simulation checked against theory (short runs)', function () {
  this.timeout(180_000);

  it('M/M/c with instant accepts: service level within 5 points and ASA within 25% (or its confidence interval) of Erlang C (8 seeds × 3,000 calls)', async () => {
    const c = await checkAgainstTheory({ ...QUEUE, agents: 11, ...SHORT });
    assert.equal(c.model, 'ERLANG_C');
    assert.ok(Math.abs(c.serviceLevel.mean - c.theory.serviceLevel) <= 0.05, show(c));
    assert.ok(asaClose(c), show(c));
    assert.ok(Math.abs(c.serviceLevel.mean - c.theory.serviceLevel) <= c.serviceLevel.halfWidth + 0.02, show(c));
    assert.equal(c.abandonRate.mean, 0);
  });

  it('M/M/c+M with exponential patience: service level within 5 points, ASA within 25% (or its confidence interval), abandonment within 2 points of Erlang A', async () => {
    const c = await checkAgainstTheory({ ...QUEUE, agents: 9, patienceSeconds: 180, ...SHORT });
    assert.equal(c.model, 'ERLANG_A');
    assert.ok(Math.abs(c.serviceLevel.mean - c.theory.serviceLevel) <= 0.05, show(c));
    assert.ok(asaClose(c), show(c));
    assert.ok(Math.abs(c.abandonRate.mean - c.theory.abandonProbability) <= 0.02, show(c));
  });
});
