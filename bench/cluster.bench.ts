/**
 * `npm run bench:cluster`: 1, 2 and 3 node processes on one PostgreSQL database under the same client
 * load (BENCH_CLIENTS concurrent clients sending CTI commands round-robin to the nodes, as a load balancer
 * would, for BENCH_SECONDS). Reports commands per second, CPU ms per command of the node processes and
 * of the PostgreSQL backends (/proc/<pid>/stat of the backends in pg_stat_activity), arrival -> reservation
 * from the nodes' /metrics, fail-over time when a standby exists, the machine's load, and the projection
 * of docs/benchmarks.md ("Cluster"). Settings: DATABASE_URL (a PostgreSQL server; a scratch database is
 * made on it and dropped), BENCH_NODES (1,2,3), BENCH_SECONDS (10), BENCH_CLIENTS (8), BENCH_CALLS (200).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import {
  backendPids,
  CTI,
  gql,
  loadAverage,
  makeCpuMeter,
  startNode,
  TOKEN,
  type NodeProcess,
} from './cluster-procs.ts';
import { measureArrivalToOffer, measureFailover } from './cluster-phases.ts';

const base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
if (!/^postgres(ql)?:/.test(base)) throw new Error('bench:cluster needs DATABASE_URL=postgres://...');
const counts = (process.env.BENCH_NODES ?? '1,2,3').split(',').map(Number);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const clients = Number(process.env.BENCH_CLIENTS ?? 8);
const calls = Number(process.env.BENCH_CALLS ?? 200);

const failures = new Map<string, number>();
/** Sends one command; a failure is counted (by message) rather than ending the run. */
async function command(node: NodeProcess, input: Record<string, unknown>): Promise<boolean> {
  try {
    await gql(node, CTI, { i: input });
    return true;
  } catch (err) {
    const key = String((err as Error).message).slice(0, 200);
    failures.set(key, (failures.get(key) ?? 0) + 1);
    return false;
  }
}

/** The client load: each client offers a call and ends it, over and over, on the nodes in turn. */
let stretch = 0; // call ids stay unique across the warm-up and the measured stretch
async function load(nodes: NodeProcess[], until: number): Promise<number> {
  let commands = 0;
  const tag = `${nodes.length}-${++stretch}`;
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = 0; performance.now() < until; i++) {
        const callId = `load-${tag}-${c}-${i}`;
        if (await command(nodes[next++ % nodes.length], { type: 'CALL_OFFERED', callId, queue: 'bench' })) commands++;
        if (await command(nodes[next++ % nodes.length], { type: 'CALL_ENDED', callId })) commands++;
      }
    }),
  );
  return commands;
}

async function run(count: number) {
  const name = `crossdesk_bench_cluster_${process.pid}_${count}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const env = { DATABASE_URL: url.toString(), CROSSDESK_ADMIN_TOKEN: TOKEN };
  const nodes: NodeProcess[] = [];
  try {
    // Started at once: the migration lock lets one migrate while the others wait.
    nodes.push(...(await Promise.all(Array.from({ length: count }, (_, i) => startNode(`bench-${i + 1}`, env)))));
    await gql(nodes[0], 'mutation { upsertQueue(input: { name: "bench", channel: VOICE, slaSeconds: 20 }) { name } }');
    await load(nodes, performance.now() + 2_000); // warm-up: JIT, caches, pool connections
    const nodeCpu = makeCpuMeter();
    const pgCpu = makeCpuMeter();
    const sampleAll = async () => {
      nodeCpu.sample(nodes.map((n) => n.child.pid!));
      pgCpu.sample(await backendPids(admin, name));
    };
    // Idle first: what the nodes' own loops (router, timers, heartbeats, sampler) cost with no client.
    const idleNode = makeCpuMeter();
    const idlePg = makeCpuMeter();
    const idleSample = async () => {
      idleNode.sample(nodes.map((n) => n.child.pid!));
      idlePg.sample(await backendPids(admin, name));
    };
    await idleSample();
    const idleStarted = performance.now();
    for (let i = 0; i < 10; i++) {
      await sleep(500);
      await idleSample();
    }
    const idleSeconds = (performance.now() - idleStarted) / 1000;
    await sampleAll();
    const sampler = setInterval(() => void sampleAll(), 500);
    const started = performance.now();
    const commands = await load(nodes, started + seconds * 1000);
    const elapsed = (performance.now() - started) / 1000;
    clearInterval(sampler);
    await sampleAll();
    const arrival = await measureArrivalToOffer(nodes, url.toString(), calls);
    const failover = await measureFailover(nodes);
    return {
      nodes: count,
      commandsPerSecond: commands / elapsed,
      nodeCpuMsPerCommand: nodeCpu.totalMs() / commands,
      pgCpuMsPerCommand: pgCpu.totalMs() / commands,
      idleNodeCpuPercent: idleNode.totalMs() / (idleSeconds * 10),
      idlePgCpuPercent: idlePg.totalMs() / (idleSeconds * 10),
      netNodeCpuMsPerCommand: (nodeCpu.totalMs() - (idleNode.totalMs() / idleSeconds) * elapsed) / commands,
      nodeCpuPercent: nodeCpu.totalMs() / (elapsed * 10),
      pgCpuPercent: pgCpu.totalMs() / (elapsed * 10),
      arrival,
      failover,
      load: loadAverage(),
    };
  } finally {
    if (failures.size > 0) {
      console.error(`failed commands (${count} nodes):`, Object.fromEntries(failures));
      for (const n of nodes) console.error(`--- ${n.id} log:\n${n.log().slice(-3000)}`);
      failures.clear();
    }
    for (const n of nodes) n.child.kill('SIGKILL');
    await Promise.all(nodes.map((n) => n.exited));
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

const f = (n: number | null | undefined, digits = 1) => (n === null || n === undefined ? 'n/a' : n.toFixed(digits));

const results = [];
console.log(`bench:cluster: ${clients} clients, ${seconds} s per run, load average before ${loadAverage()}`);
for (const count of counts) {
  const r = await run(count);
  results.push(r);
  console.log(JSON.stringify(r));
}
console.log(
  '\n| nodes | commands/s | node CPU ms/command (net of idle) | PG CPU ms/command | node CPU % (idle) | PG CPU % (idle) | arrival->offer p50 / p99 ms | fail-over s | load average |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of results)
  console.log(
    `| ${r.nodes} | ${f(r.commandsPerSecond, 0)} | ${f(r.nodeCpuMsPerCommand, 2)} (${f(r.netNodeCpuMsPerCommand, 2)}) | ${f(r.pgCpuMsPerCommand, 2)} | ${f(r.nodeCpuPercent, 0)} (${f(r.idleNodeCpuPercent, 0)}) | ${f(r.pgCpuPercent, 0)} (${f(r.idlePgCpuPercent, 0)}) | ${f(r.arrival.p50Ms)} / ${f(r.arrival.p99Ms)} (${r.arrival.kind}) | ${r.failover.seconds === null ? `n/a: ${r.failover.note}` : f(r.failover.seconds, 2)} | ${r.load} |`,
  );
// The projection: PostgreSQL's CPU per command sets the cluster's ceiling (nodes add CPU of their own).
const pgMs = Math.min(...results.map((r) => r.pgCpuMsPerCommand).filter((ms) => ms > 0));
console.log(`\nProjection at ${pgMs.toFixed(2)} PG CPU ms per command, 70% of the cores busy:`);
for (const cores of [16, 32, 64])
  console.log(`| ${cores} cores | ${Math.round((cores * 1000 * 0.7) / pgMs)} commands/s |`);
