/**
 * `npm run bench:simulate`: the simulator's speed and its agreement with queueing theory.
 *   1. A contact centre's 8-hour day (bench/scenarios/bench-day.json: 200 agents, about 10,000 calls on
 *      three voice queues and about 5,000 back-office tasks) under each policy: wall-clock time and
 *      speed-up over real time (target: under 2 minutes per day); CPU time beside it, as a shared machine
 *      stretches the wall clock.
 *   2. The long theory check (BENCH_THEORY=0 skips it): M/M/c against Erlang C and M/M/c+M against
 *      Erlang A, the mean of BENCH_SEEDS (20) seeds × BENCH_CALLS (10,000) calls with its 95% confidence
 *      interval (targets: service level within 2 points, ASA within 5%).
 */
import { readFileSync } from 'node:fs';
import { checkAgainstTheory, checkScenario, simulate, Policy, type TheoryComparison } from '../engine/index.ts';

const SEEDS = Number(process.env.BENCH_SEEDS ?? 20);
const CALLS = Number(process.env.BENCH_CALLS ?? 10_000);
const day = JSON.parse(readFileSync(new URL('./scenarios/bench-day.json', import.meta.url), 'utf8')) as object;

const pct = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(1)}%`);

async function dayBench(): Promise<void> {
  console.log('1. An 8-hour day, 200 agents (bench/scenarios/bench-day.json)');
  for (const policy of [Policy.BLENDED, Policy.BLENDED_NO_RESERVE]) {
    const cpu = process.cpuUsage();
    const r = await simulate(checkScenario({ ...day, policy }));
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    const calls = r.queues.filter((q) => q.channel === 'VOICE');
    const offered = calls.reduce((n, q) => n + q.offered, 0);
    const inTarget = calls.reduce((n, q) => n + (q.serviceLevel ?? 0) * q.offered, 0);
    const back = r.queues.filter((q) => q.channel === 'BACKOFFICE');
    console.log(
      `   ${policy.padEnd(18)} ${offered} calls (SL ${pct(inTarget / offered)}), ` +
        `${back.reduce((n, q) => n + q.offered, 0)} back-office arrivals (and the backlog of 1,000), ${back.reduce((n, q) => n + q.completed, 0)} completed; ` +
        `occupancy ${pct(r.agents.occupancy)}, ${r.agents.pauses} pauses; ${r.run.events} events in ` +
        `${(r.run.wallMs / 1000).toFixed(1)} s wall (${cpuSeconds.toFixed(1)} s CPU) = ${Math.round(r.run.speedUp)}x real time`,
    );
  }
}

const line = (name: string, c: TheoryComparison) => {
  const sl = c.serviceLevel;
  const asa = c.averageSpeedOfAnswerSeconds;
  const asaOff = (asa.mean / c.theory.averageSpeedOfAnswerSeconds - 1) * 100;
  return (
    `   ${name}: SL ${(sl.mean * 100).toFixed(2)}% ± ${(sl.halfWidth * 100).toFixed(2)} (theory ${(c.theory.serviceLevel * 100).toFixed(2)}%, ` +
    `${((sl.mean - c.theory.serviceLevel) * 100).toFixed(2)} points); ASA ${asa.mean.toFixed(2)} ± ${asa.halfWidth.toFixed(2)} s ` +
    `(theory ${c.theory.averageSpeedOfAnswerSeconds.toFixed(2)} s, ${asaOff.toFixed(1)}%); abandoned ` +
    `${(c.abandonRate.mean * 100).toFixed(2)}% (theory ${(c.theory.abandonProbability * 100).toFixed(2)}%); ${(c.wallMs / 1000).toFixed(0)} s`
  );
};

async function theoryBench(): Promise<void> {
  console.log(`2. Theory: ${SEEDS} seeds × ${CALLS} calls, 120 calls/h of 240 s (8 Erlangs), 20 s target`);
  const base = {
    arrivalsPerHour: 120,
    averageHandleSeconds: 240,
    targetSeconds: 20,
    seeds: SEEDS,
    callsPerSeed: CALLS,
  };
  console.log(line('M/M/11 vs Erlang C', await checkAgainstTheory({ ...base, agents: 11 })));
  console.log(
    line(
      'M/M/9+M (patience 180 s) vs Erlang A',
      await checkAgainstTheory({ ...base, agents: 9, patienceSeconds: 180 }),
    ),
  );
}

await dayBench();
if (process.env.BENCH_THEORY !== '0') await theoryBench();
