/**
 * What one command costs the server, measured from outside (issue 25): a real server process on SQLite,
 * a signed-in user, and the CPU the process spends (/proc utime + stime) per claim+complete pair over
 * GraphQL on a 3-task and a 40-task chain, per external fetch+complete, per `{ me { id } }` and per
 * GET /health, beside raw bpmn-engine signalling live engines of the same models in this process, in
 * the same run. Medians of BENCH_RUNS runs (5). `npm run bench:command-cost`.
 * BENCH_ONLY=short,long,fetch,me,health runs only those parts (for a profile); BENCH_CPU_PROF=dir starts the server with
 * --cpu-prof and writes the measured stretches to dir/window.json (see bench/profile-layers.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAverage } from './cluster-procs.ts';
import { chainXml, client, signedInUser, startServer } from './command-cost-world.ts';
import { rawChains } from './command-cost-raw.ts';
import { median } from './stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ONLY = process.env.BENCH_ONLY;
const PROF = process.env.BENCH_CPU_PROF;
const SHORT = Number(process.env.BENCH_SHORT_INSTANCES ?? 30);
const LONG = Number(process.env.BENCH_LONG_INSTANCES ?? 3);
const PINGS = Number(process.env.BENCH_PINGS ?? 300);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

if (PROF) mkdirSync(PROF, { recursive: true });
const spawnedAt = performance.now();
// With a profile, statements run under functions named by kind (bench/sql-kinds.ts) for profile-breakdown.ts.
const sqlKinds = new URL('./sql-kinds.ts', import.meta.url).href;
const server = await startServer(
  PROF ? ['--cpu-prof', '--cpu-prof-dir', PROF, '--import', 'tsx', '--import', sqlKinds] : [],
);
const gql = client(server, await signedInUser(server));
for (const [key, n, kind] of [
  ['short', 3, 'user'],
  ['long', 40, 'user'],
  ['ext', 3, 'external'],
] as const)
  await gql('mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }', { x: chainXml(key, n, kind) });

/** Idle CPU of the server (its background loops), per millisecond, subtracted from the settle pauses. */
const idlePerMs = await (async () => {
  const c = server.cpuMs();
  await sleep(2000);
  return (server.cpuMs() - c) / 2000;
})();

/** The stretches measured (ms since the server was spawned): a profile counts only these. */
const windows: [number, number][] = [];

/** CPU ms of the server for `work`, including what it does right after (router, feed), minus idle. */
async function serverCpu(work: () => Promise<void>): Promise<number> {
  await sleep(50);
  const before = server.cpuMs();
  const from = performance.now() - spawnedAt;
  await work();
  await sleep(250);
  windows.push([from, performance.now() - spawnedAt]);
  return server.cpuMs() - before - (250 + 50) * idlePerMs;
}

const start = (key: string) => gql('mutation($k: String!) { startProcess(input: { key: $k }) { id } }', { k: key });
const openTask = async (id: string) =>
  (await gql('query($id: ID!) { processInstance(id: $id) { tasks { id state } } }', { id })).processInstance.tasks.find(
    (t: { state: string }) => t.state !== 'COMPLETED',
  ).id as string;
const CLAIM = 'mutation($id: ID!) { claimTask(id: $id) { id } }';
const COMPLETE = 'mutation($id: ID!) { completeTask(id: $id) { id } }';

/** CPU ms per claim+complete pair: `instances` of `key`, every task of each, ids looked up untimed. */
async function claimComplete(key: string, instances: number, tasks: number): Promise<number> {
  const ids: string[] = [];
  for (let i = 0; i < instances; i++) ids.push((await start(key)).startProcess.id);
  let cpu = 0;
  for (let step = 0; step < tasks; step++) {
    const taskIds = await Promise.all(ids.map(openTask));
    cpu += await serverCpu(async () => {
      for (const id of taskIds) {
        await gql(CLAIM, { id });
        await gql(COMPLETE, { id });
      }
    });
  }
  return cpu / (instances * tasks);
}

/** CPU ms per external fetch+complete pair (one job per fetch) on the 3-step external chain. */
async function fetchComplete(instances: number): Promise<number> {
  for (let i = 0; i < instances; i++) await start('ext');
  const pair = async () => {
    const [job] = (
      await gql('mutation { fetchAndLockExternalTasks(topic: "bench", workerId: "w", maxTasks: 1) { id } }')
    ).fetchAndLockExternalTasks;
    await gql('mutation($id: ID!) { completeExternalTask(id: $id, workerId: "w") { id } }', { id: job.id });
  };
  const cpu = await serverCpu(async () => {
    for (let i = 0; i < instances * 3; i++) await pair();
  });
  return cpu / (instances * 3);
}

async function perRequest(send: () => Promise<unknown>): Promise<number> {
  return (
    (await serverCpu(async () => {
      for (let i = 0; i < PINGS; i++) await send();
    })) / PINGS
  );
}

const health = () => fetch(`${server.url}/health`).then((r) => r.text());
const me = () => gql('{ me { id } }');
const parts: Record<string, () => Promise<number>> = {
  health: () => perRequest(health),
  me: () => perRequest(me),
  short: () => claimComplete('short', SHORT, 3),
  long: () => claimComplete('long', LONG, 40),
  fetch: () => fetchComplete(SHORT),
};
const selected = ONLY ? ONLY.split(',') : Object.keys(parts);
const raw = ONLY ? null : await rawChains(chainXml('short', 3, 'user'), chainXml('long', 40, 'user'));

// One warm-up round of everything (compiles, caches), then RUNS measured rounds, interleaved.
for (const k of selected) await parts[k]();
windows.length = 0;
const runs: Record<string, number[]> = { rawShort: [], rawLong: [] };
for (let r = 0; r < RUNS; r++) {
  for (const k of selected) (runs[k] ??= []).push(await parts[k]());
  if (raw) {
    runs.rawShort.push(await raw.short(SHORT));
    runs.rawLong.push(await raw.long(LONG));
  }
}
await server.stop();
if (PROF) writeFileSync(join(PROF, 'window.json'), JSON.stringify({ windows }));

const m = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, v.length ? median(v) : NaN]));
const ms = (v: number | undefined) => (v === undefined ? '-' : `${v.toFixed(2)} ms`);
const x = (a = NaN, b = NaN) => `${(a / b).toFixed(2)}x`;
console.log(`server CPU per operation (median of ${RUNS} runs; idle ${(idlePerMs * 1000).toFixed(1)} ms/s subtracted)`);
console.log(`  GET /health                         ${ms(m.health)}`);
console.log(`  { me { id } }                       ${ms(m.me)}`);
console.log(
  `  claim+complete, 3-task chain         ${ms(m.short)}   raw signal ${ms(m.rawShort)}   ratio ${x(m.short, m.rawShort)}`,
);
console.log(
  `  claim+complete, 40-task chain        ${ms(m.long)}   raw signal ${ms(m.rawLong)}   ratio ${x(m.long, m.rawLong)}`,
);
console.log(`  40-task / 3-task per command         GraphQL ${x(m.long, m.short)}   raw ${x(m.rawLong, m.rawShort)}`);
console.log(`  external fetch+complete (3 steps)    ${ms(m.fetch)}   vs raw 3-task signal ${x(m.fetch, m.rawShort)}`);
console.log(`runs: ${JSON.stringify(runs, (_k, v) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v))}`);
console.log(`load average (1, 5, 15 min) at the end: ${loadAverage()}`);
