/**
 * `npm run bench:events`: durable timers and external tasks, beside raw in-memory bpmn-engine doing
 * the same step (firing a timer / completing a service call) in the same run.
 *   BENCH_TIMERS armed timers fired in one burst (default 100000), BENCH_SPREAD timers spread over
 *   BENCH_SPREAD_SECONDS for lateness (2000 over 20), BENCH_EXTERNAL jobs done by 32 workers (2000);
 *   BENCH_THREADS engine threads (default: one per core, 0: main thread only), BENCH_ROUNDS
 *   rounds of each measure (1), medians reported.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  completeExternalTask,
  deployProcess,
  fetchAndLockExternalTasks,
  makeEngineContext,
  makeLogger,
  makeManualClock,
  makeSystemClock,
  makeTimerScheduler,
  saveUser,
  startProcess,
  type EngineContext,
} from '../engine/index.ts';
import { makeDb } from '../models/db.ts';
import { fmt, median } from './stats.ts';
import { rawFireTimers } from './raw-timers.ts';
import { armTimers } from './arm-timers.ts';
import { makeEnginePool } from '../engine/process/runtime/index.ts';

const TIMERS = Number(process.env.BENCH_TIMERS ?? 100_000);
const SPREAD = Number(process.env.BENCH_SPREAD ?? 2000);
const SPREAD_SECONDS = Number(process.env.BENCH_SPREAD_SECONDS ?? 20);
const EXTERNAL = Number(process.env.BENCH_EXTERNAL ?? 2000);
const WORKERS = 32;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const THREADS = Number(process.env.BENCH_THREADS ?? cpus().length);
const xml = readFileSync(new URL('./fixtures/events.bpmn', import.meta.url), 'utf8');
const admin = { userId: 'admin', roles: ['admin'] as any, groups: [], onBehalfOf: null };

/**
 * CPU spent per operation, by the whole process (all threads) and by the main thread's event loop:
 * figures that hold on a busy machine, where wall-clock rates depend on what else runs.
 */
function measureCpu() {
  const cpu = process.cpuUsage();
  const loop = performance.eventLoopUtilization();
  return (ops: number) => {
    const used = process.cpuUsage(cpu);
    return {
      cpuMsPerOp: (used.user + used.system) / 1000 / ops,
      mainMsPerOp: performance.eventLoopUtilization(loop).active / ops,
    };
  };
}

async function engineOn(clock = makeSystemClock()) {
  const dir = mkdtempSync(join(tmpdir(), 'crossdesk-bench-events-'));
  const db = await makeDb({ client: 'sqlite', filename: join(dir, 'bench.sqlite') });
  const ctx = makeEngineContext({ db, clock, logger: makeLogger('silent') });
  await saveUser(ctx, null, { id: 'admin', name: 'admin', roles: ['admin'] });
  await deployProcess(ctx, admin, { bpmnXml: xml });
  return { ctx, close: async () => (await db.destroy(), rmSync(dir, { recursive: true, force: true })) };
}

async function burst() {
  const clock = makeManualClock();
  const { ctx, close } = await engineOn(clock);
  let started = process.hrtime.bigint();
  await armTimers(ctx, admin, TIMERS, { kind: 'timer', delay: 'PT1M' });
  const armSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  clock.advance(61_000);
  started = process.hrtime.bigint();
  const usage = measureCpu();
  const scheduler = makeTimerScheduler(ctx, { batch: 500, threads: THREADS });
  const fired = await scheduler.runDue();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = usage(fired);
  await scheduler.stop();
  await close();
  return { fired, perSecond: fired / seconds, armSeconds, ...cpu };
}

async function lateness() {
  const { ctx, close } = await engineOn();
  const scheduler = makeTimerScheduler(ctx, { threads: THREADS });
  await scheduler.start();
  const rate = SPREAD / SPREAD_SECONDS;
  for (let i = 0; i < SPREAD; i++) {
    const ms = 2000 + Math.round((i / rate) * 1000);
    await startProcess(ctx, admin, {
      key: 'events',
      variables: { kind: 'timer', delay: `PT${(ms / 1000).toFixed(3)}S` },
    });
  }
  while (Number((await ctx.db('jobs').count({ n: '*' }))[0]?.n ?? 0) > 0) await new Promise((r) => setTimeout(r, 200));
  await scheduler.stop();
  const rows = await ctx.db('history').where({ type: 'timer.fired' }).select('at', 'data');
  const late = rows.map((r: any) => Number(r.at) - JSON.parse(r.data).dueAt).sort((a: number, b: number) => a - b);
  await close();
  return { p50: late[Math.floor(late.length * 0.5)], p99: late[Math.floor(late.length * 0.99)], count: late.length };
}

async function external() {
  const { ctx: base, close } = await engineOn();
  const engines = THREADS ? makeEnginePool(base, THREADS) : undefined;
  const ctx: EngineContext = { ...base, engines };
  for (let i = 0; i < EXTERNAL; i++) await startProcess(ctx, admin, { key: 'events', variables: { kind: 'external' } });
  const started = process.hrtime.bigint();
  const usage = measureCpu();
  let done = 0;
  const worker = async (id: number) => {
    for (;;) {
      const tasks = await fetchAndLockExternalTasks(ctx, admin, {
        topic: 'bench',
        workerId: `w${id}`,
        maxTasks: 5,
        lockSeconds: 60,
      });
      if (!tasks.length) return;
      for (const t of tasks) await completeExternalTask(ctx, admin, t.job.id, `w${id}`, { ok: true });
      done += tasks.length;
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, (_, i) => worker(i)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = usage(done);
  await engines?.close();
  await close();
  return { done, perSecond: done / seconds, ...cpu };
}

const raw = median(await Promise.all([1, 2, 3].map(() => rawFireTimers(xml, Math.min(TIMERS, 2000)))));
const rounds = async <T>(run: () => Promise<T>) => {
  const out: T[] = [];
  for (let i = 0; i < ROUNDS; i++) out.push(await run());
  return out;
};
const bursts = await rounds(burst);
const b = {
  ...(bursts[0] as Awaited<ReturnType<typeof burst>>),
  perSecond: median(bursts.map((x) => x.perSecond)),
  cpuMsPerOp: median(bursts.map((x) => x.cpuMsPerOp)),
  mainMsPerOp: median(bursts.map((x) => x.mainMsPerOp)),
};
const latenesses = await rounds(lateness);
const l = {
  count: latenesses[0]?.count ?? 0,
  p50: median(latenesses.map((x) => x.p50)),
  p99: median(latenesses.map((x) => x.p99)),
};
const externals = await rounds(external);
const e = {
  done: externals[0]?.done ?? 0,
  perSecond: median(externals.map((x) => x.perSecond)),
  cpuMsPerOp: median(externals.map((x) => x.cpuMsPerOp)),
  mainMsPerOp: median(externals.map((x) => x.mainMsPerOp)),
};
console.log(
  `machine: ${cpus().length} x ${cpus()[0]?.model}, node ${process.version}; SQLite; ${THREADS} engine threads; median of ${ROUNDS} round(s)`,
);
console.log(`timers armed in ${b.armSeconds.toFixed(1)} s (copies of one started instance, batched inserts)`);
console.log(
  `timers fired/s (${fmt(b.fired)} armed, one burst)  durable ${fmt(b.perSecond)}  raw in-memory ${fmt(raw)}  ratio ${(b.perSecond / raw).toFixed(2)}x  cpu ${b.cpuMsPerOp.toFixed(2)} ms/firing (main thread ${b.mainMsPerOp.toFixed(2)})`,
);
console.log(`timer lateness (${l.count} timers over ${SPREAD_SECONDS} s)  p50 ${l.p50} ms  p99 ${l.p99} ms`);
console.log(
  `external fetch+complete/s (${WORKERS} workers, ${e.done} jobs)  durable ${fmt(e.perSecond)}  cpu ${e.cpuMsPerOp.toFixed(2)} ms/cycle (main thread ${e.mainMsPerOp.toFixed(2)})`,
);
console.log(
  `load average during the run: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
console.log(JSON.stringify({ bursts, rawTimersPerSecond: raw, latenesses, externals, loadavg: loadavg() }));
