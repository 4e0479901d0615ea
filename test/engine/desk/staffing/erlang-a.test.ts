import { strict as assert } from 'node:assert';
import { erlangAFigures, erlangCFigures, type QueueFigures } from '../../../../engine/index.ts';

/**
 * An independent solution of the M/M/n+M queue, written here so that it shares nothing with the
 * product form, the Beta representation or the special functions of engine/desk/staffing/erlang-a.ts:
 * - the stationary distribution solves the global balance equations of the chain truncated at `cap`
 *   states as linear systems (tridiagonal, by Gaussian elimination; the equation of state n is dropped
 *   and π(n) fixed to 1, which splits them into the states below n and those above);
 * - a tagged caller's chance to be answered within t is the transient solution of their own absorbing
 *   chain (position in the queue → answered | abandoned) by uniformization;
 * - their chance to be answered at all, and the mean wait if answered, by first-step analysis.
 */
interface Chain {
  arrivalsPerSecond: number;
  handleSeconds: number;
  patienceSeconds: number;
  agents: number;
  /** Highest queue length kept; the test checks that the truncated states carry no mass. */
  maxQueued: number;
}

/** Solves a tridiagonal system (sub, diag, sup, rhs) by elimination without pivoting. */
function solveTridiagonal(sub: number[], diag: number[], sup: number[], rhs: number[]): number[] {
  const n = diag.length;
  const c = new Array<number>(n).fill(0);
  const d = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i += 1) {
    const m = diag[i] - (i > 0 ? sub[i] * c[i - 1] : 0);
    c[i] = sup[i] / m;
    d[i] = (rhs[i] - (i > 0 ? sub[i] * d[i - 1] : 0)) / m;
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i -= 1) x[i] = d[i] - (i < n - 1 ? c[i] * x[i + 1] : 0);
  return x;
}

function stationary(ch: Chain): number[] {
  const { agents: n, maxQueued } = ch;
  const lambda = ch.arrivalsPerSecond;
  const death = (k: number) => Math.min(k, n) / ch.handleSeconds + Math.max(0, k - n) / ch.patienceSeconds;
  const top = n + maxQueued;
  // Balance of state k: λ·π(k−1) − (λ·[k<top] + death(k))·π(k) + death(k+1)·π(k+1) = 0.
  const row = (k: number) => ({
    sub: k > 0 ? lambda : 0,
    diag: -((k < top ? lambda : 0) + death(k)),
    sup: k < top ? death(k + 1) : 0,
  });
  const lower = { sub: [] as number[], diag: [] as number[], sup: [] as number[], rhs: [] as number[] };
  for (let k = 0; k < n; k += 1) {
    const r = row(k);
    lower.sub.push(r.sub);
    lower.diag.push(r.diag);
    lower.sup.push(k === n - 1 ? 0 : r.sup);
    lower.rhs.push(k === n - 1 ? -r.sup : 0);
  }
  const upper = { sub: [] as number[], diag: [] as number[], sup: [] as number[], rhs: [] as number[] };
  for (let k = n + 1; k <= top; k += 1) {
    const r = row(k);
    upper.sub.push(k === n + 1 ? 0 : r.sub);
    upper.diag.push(r.diag);
    upper.sup.push(r.sup);
    upper.rhs.push(k === n + 1 ? -r.sub : 0);
  }
  const pi = [
    ...solveTridiagonal(lower.sub, lower.diag, lower.sup, lower.rhs),
    1,
    ...solveTridiagonal(upper.sub, upper.diag, upper.sup, upper.rhs),
  ];
  const total = pi.reduce((s, p) => s + p, 0);
  return pi.map((p) => p / total);
}

/** P(answered within t | arriving to `ahead` callers queued), for every `ahead` up to maxQueued. */
function answeredWithin(ch: Chain, t: number): number[] {
  const serve = ch.agents / ch.handleSeconds;
  const theta = 1 / ch.patienceSeconds;
  const positions = ch.maxQueued + 1;
  const rate = serve + positions * theta + theta;
  // v[i]: probability of having been answered after k jumps of the uniformized chain, from position i.
  let v = new Array<number>(positions).fill(0);
  let result = new Array<number>(positions).fill(0);
  // Poisson weights in log space, up to 12 standard deviations past the mean, then normalized.
  let logPoisson = -rate * t; // ln P(k jumps by time t), k = 0
  let mass = 0;
  const last = Math.ceil(rate * t + 12 * Math.sqrt(rate * t) + 30);
  for (let k = 0; k <= last; k += 1) {
    if (k > 0) {
      const next = v.map((_, i) => {
        const advance = (serve + i * theta) / rate;
        const stay = 1 - advance - theta / rate;
        return advance * (i === 0 ? 1 : v[i - 1]) + stay * v[i];
      });
      v = next;
      logPoisson += Math.log((rate * t) / k);
    }
    const weight = Math.exp(logPoisson);
    mass += weight;
    result = result.map((r, i) => r + weight * v[i]);
  }
  return result.map((r) => r / mass);
}

function reference(ch: Chain, targetSeconds: number) {
  const pi = stationary(ch);
  const n = ch.agents;
  const serve = n / ch.handleSeconds;
  const theta = 1 / ch.patienceSeconds;
  const within = targetSeconds === 0 ? pi.slice(n).map(() => 0) : answeredWithin(ch, targetSeconds);
  let answered = 1; // from the head of the queue, answered before abandoning
  let answeredWait = 0;
  let wait = 0;
  let abandon = 0;
  let inTime = 0;
  let ahead = 0;
  let queueLength = 0;
  let answeredWaitTotal = 0;
  for (let k = 0; k < pi.length; k += 1) {
    if (k < n) {
      inTime += pi[k];
      continue;
    }
    const j = k - n; // callers queued that an arrival finds ahead of it
    const rate = serve + j * theta + theta;
    const prevAnswered = j === 0 ? 1 : answered;
    const prevWait = j === 0 ? 0 : answeredWait;
    answered = ((serve + j * theta) / rate) * prevAnswered;
    answeredWait = answered / rate + ((serve + j * theta) / rate) * prevWait;
    wait += pi[k];
    abandon += pi[k] * (1 - answered);
    inTime += pi[k] * within[j];
    answeredWaitTotal += pi[k] * answeredWait;
    queueLength += pi[k] * j;
    ahead = j;
  }
  return {
    waitProbability: wait,
    abandonProbability: abandon,
    serviceLevel: inTime,
    averageSpeedOfAnswerSeconds: answeredWaitTotal / (1 - abandon),
    occupancy: (ch.arrivalsPerSecond * ch.handleSeconds * (1 - abandon)) / n,
    littleAbandon: (theta * queueLength) / ch.arrivalsPerSecond,
    lastStateMass: pi[pi.length - 1],
    ahead,
  };
}

const perHour = (calls: number) => calls / 3600;

describe('Erlang A (M/M/n+M)', () => {
  const cases: Array<{ name: string; chain: Chain; target: number }> = [
    {
      name: '14 agents, 10 Erlangs, 2-minute patience',
      chain: { arrivalsPerSecond: perHour(200), handleSeconds: 180, patienceSeconds: 120, agents: 14, maxQueued: 200 },
      target: 20,
    },
    {
      name: 'overloaded: 3 agents for 5 Erlangs',
      chain: { arrivalsPerSecond: perHour(60), handleSeconds: 300, patienceSeconds: 90, agents: 3, maxQueued: 200 },
      target: 30,
    },
    {
      name: 'one agent, answered-at-once only (t = 0)',
      chain: { arrivalsPerSecond: perHour(10), handleSeconds: 240, patienceSeconds: 600, agents: 1, maxQueued: 150 },
      target: 0,
    },
    {
      name: 'overloaded with short patience and a long threshold',
      chain: { arrivalsPerSecond: perHour(660), handleSeconds: 300, patienceSeconds: 30, agents: 50, maxQueued: 300 },
      target: 60,
    },
    {
      name: 'patience far below the handle time',
      chain: { arrivalsPerSecond: perHour(216), handleSeconds: 300, patienceSeconds: 5, agents: 20, maxQueued: 120 },
      target: 300,
    },
    {
      name: '1,000 agents at 98% load',
      chain: { arrivalsPerSecond: 980 / 180, handleSeconds: 180, patienceSeconds: 180, agents: 1000, maxQueued: 600 },
      target: 20,
    },
    {
      name: '2,000 agents, overloaded by 2%',
      chain: { arrivalsPerSecond: 2040 / 240, handleSeconds: 240, patienceSeconds: 300, agents: 2000, maxQueued: 1500 },
      target: 15,
    },
  ];

  for (const { name, chain, target } of cases) {
    it(`matches a numerical solution of the birth-death chain: ${name}`, () => {
      const ref = reference(chain, target);
      assert.ok(ref.lastStateMass < 1e-16, `truncation too tight: ${ref.lastStateMass}`);
      // The reference is self-consistent: abandons = θ·E[queue] / λ (Little's law on the queue).
      assert.ok(Math.abs(ref.littleAbandon - ref.abandonProbability) < 1e-10);
      const got = erlangAFigures(
        chain.agents,
        { arrivalRate: chain.arrivalsPerSecond, handleSeconds: chain.handleSeconds },
        chain.patienceSeconds,
        target,
      );
      for (const key of ['waitProbability', 'abandonProbability', 'serviceLevel', 'occupancy'] as const) {
        assert.ok(Math.abs(got[key] - ref[key]) < 1e-9, `${key}: ${got[key]} vs ${ref[key]}`);
      }
      const asa = ref.averageSpeedOfAnswerSeconds;
      assert.ok(
        Math.abs(got.averageSpeedOfAnswerSeconds - asa) <= 1e-8 * Math.max(1, asa),
        `ASA ${got.averageSpeedOfAnswerSeconds} vs ${asa}`,
      );
    });
  }

  it('converges to Erlang C as patience grows without bound', () => {
    const load = { arrivalRate: perHour(200), handleSeconds: 180 };
    const c = erlangCFigures(14, load, 20);
    const gap = (a: QueueFigures) =>
      Math.max(
        Math.abs(a.serviceLevel - c.serviceLevel),
        Math.abs(a.waitProbability - c.waitProbability),
        Math.abs(a.averageSpeedOfAnswerSeconds - c.averageSpeedOfAnswerSeconds) / c.averageSpeedOfAnswerSeconds,
        a.abandonProbability,
      );
    const gaps = [1e4, 1e6, 1e8, 1e10].map((patience) => gap(erlangAFigures(14, load, patience, 20)));
    // The gap shrinks like 1/patience (a hundredfold per step): no precision floor up to 1e10 s.
    for (let i = 1; i < gaps.length; i += 1) assert.ok(gaps[i] < gaps[i - 1] / 80, `gaps ${gaps.join(', ')}`);
    assert.ok(gaps[gaps.length - 1] < 1e-7, `gap at 1e10 s patience: ${gaps[gaps.length - 1]}`);
  });

  it('stays finite and exact in the limits: huge centres, overload, patience far beyond any wait', () => {
    const overloaded = erlangAFigures(900, { arrivalRate: 950 / 180, handleSeconds: 180 }, 86_400, 20);
    // Every agent busy all the time: exactly the excess load abandons.
    assert.ok(Math.abs(overloaded.abandonProbability - 50 / 950) < 1e-9);
    assert.ok(Math.abs(overloaded.occupancy - 1) < 1e-9);
    const huge = erlangAFigures(20_000, { arrivalRate: 19_900 / 300, handleSeconds: 300 }, 240, 20);
    for (const v of Object.values(huge)) assert.ok(Number.isFinite(v), JSON.stringify(huge));
    assert.ok(huge.serviceLevel > 0.9 && huge.serviceLevel < 1);
  });

  it('improves every figure as agents are added (which the search for the fewest agents relies on)', () => {
    const loads = [
      { arrivalRate: perHour(200), handleSeconds: 180, patience: 120, t: 20 },
      { arrivalRate: perHour(3000), handleSeconds: 300, patience: 20, t: 60 },
      { arrivalRate: perHour(500), handleSeconds: 600, patience: 3600, t: 0 },
    ];
    for (const { patience, t, ...load } of loads) {
      let prev: QueueFigures | null = null;
      for (let agents = 1; agents < 2 * load.arrivalRate * load.handleSeconds + 20; agents += 1) {
        const f = erlangAFigures(agents, load, patience, t);
        if (prev) {
          assert.ok(f.serviceLevel >= prev.serviceLevel - 1e-12, `SL at ${agents}`);
          assert.ok(f.abandonProbability <= prev.abandonProbability + 1e-12, `abandons at ${agents}`);
          assert.ok(f.averageSpeedOfAnswerSeconds <= prev.averageSpeedOfAnswerSeconds + 1e-9, `ASA at ${agents}`);
          assert.ok(f.occupancy <= prev.occupancy + 1e-12, `occupancy at ${agents}`);
        }
        prev = f;
      }
    }
  });
});
