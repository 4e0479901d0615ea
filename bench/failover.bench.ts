/**
 * Fail-over at bench scale (issue 17): how long a new leader's router takes to rebuild its index and
 * agenda from the rows (7,500 agents, 100,000 waiting tasks by default); how long a warm standby takes
 * to build its index, what it holds in memory, and how long its takeover takes (feed catch-up, the check
 * against the rows, re-reading BENCH_UNHEARD tasks it never heard of, the agenda); and, on PostgreSQL
 * (DATABASE_URL of an empty database), whole takeovers with and without a warm standby: the leader's
 * session dies, a standby (renewing every second) takes the lease and its router starts.
 * `npm run bench:failover` (sizes: BENCH_AGENTS, BENCH_WAITING, BENCH_ROUNDS, BENCH_UNHEARD).
 */
import { loadavg } from 'node:os';
import { parseDatabaseUrl } from '../config.ts';
import { makeLeadingRouter, makeLeaseLeadership, makeLogger, makeRouter, type EngineContext } from '../engine/index.ts';
import { insertTasks } from '../models/index.ts';
import { benchTask, buildWorld, makeRandom, type WorldSpec } from './routing-world.ts';
import { fmt } from './stats.ts';

const spec: WorldSpec = {
  agents: Number(process.env.BENCH_AGENTS ?? 7500),
  skills: 50,
  queues: 1000,
  waiting: Number(process.env.BENCH_WAITING ?? 100_000),
  // Every agent full: a start routes nothing, so the time is the rebuild's.
  held: 1,
  capacity: 1,
  skillsPerAgent: 5,
};
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const UNHEARD = Number(process.env.BENCH_UNHEARD ?? 1000);
const sleep = () => () => undefined;
const gc = (globalThis as { gc?: () => void }).gc;
const database = process.env.DATABASE_URL ? parseDatabaseUrl(process.env.DATABASE_URL) : undefined;

async function rebuilds(ctx: EngineContext): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const router = makeRouter(ctx, { sleep });
    const t = performance.now();
    await router.start();
    times.push(performance.now() - t);
    await router.stop();
  }
  return times;
}

/**
 * A warm standby: the time to build its index (a rebuild's, done before any failure), the heap it holds
 * (with --expose-gc), and its takeover once UNHEARD new tasks reached the rows without it hearing of them
 * (the worst a feed lag does: each is found by the version check and read).
 */
async function warmStandby(ctx: EngineContext): Promise<{ warmMs: number; heapMb: number | null; takeoverMs: number }> {
  const phases: { fields?: Record<string, unknown> } = {};
  const logger = {
    ...ctx.logger,
    info: (msg: string, fields?: Record<string, unknown>) =>
      msg === 'warm index taken over' ? (phases.fields = fields) : undefined,
  };
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const router = makeRouter({ ...ctx, logger }, { sleep });
  let t = performance.now();
  await router.warm();
  const warmMs = performance.now() - t;
  gc?.();
  const heapMb = gc ? (process.memoryUsage().heapUsed - heapBefore) / 1e6 : null;
  const rnd = makeRandom(7);
  const now = ctx.clock.now();
  await insertTasks(
    ctx.db,
    Array.from({ length: UNHEARD }, () => benchTask(rnd, spec, now)),
  );
  t = performance.now();
  await router.start();
  const takeoverMs = performance.now() - t;
  console.log(`warm takeover phases: ${JSON.stringify(phases.fields)}`);
  if (router.startedFrom() !== 'warm') throw new Error(`the router started by ${router.startedFrom()}`);
  await router.stop();
  return { warmMs, heapMb, takeoverMs };
}

/** The leader's lease session is cut (as by kill -9); the time until the standby's router routes. */
async function takeover(
  ctx: EngineContext,
  warm: boolean,
): Promise<{ detectMs: number; totalMs: number; start: unknown }> {
  const lease = { leaseMs: 5000, renewMs: 1000 };
  // The leader steps by hand and never again once its session is cut: it is dead.
  const a = makeLeaseLeadership({ ...ctx, nodeId: 'bench-a' }, { ...lease, timers: false });
  const b = makeLeaseLeadership({ ...ctx, nodeId: 'bench-b' }, lease);
  await a.start();
  await b.start();
  if (a.role() !== 'leader' || b.role() !== 'standby') throw new Error(`roles ${a.role()} ${b.role()}`);
  // With a warm standby, start() returns once its index is built, before the leader dies; the leader
  // renews meanwhile (else its lease would expire during the build and the standby take over early).
  const renew = setInterval(() => void a.tick(), lease.renewMs);
  const started: { fields?: Record<string, unknown> } = {};
  const logger = {
    ...ctx.logger,
    info: (msg: string, fields?: Record<string, unknown>) =>
      msg === 'router started' ? (started.fields = fields) : undefined,
  };
  const router = makeLeadingRouter({ ...ctx, logger, nodeId: 'bench-b' }, b, { warmStandby: warm });
  await router.start();
  clearInterval(renew);
  await a.tick();
  if (a.role() !== 'leader' || b.role() !== 'standby') throw new Error(`roles ${a.role()} ${b.role()}`);
  const t = performance.now();
  let detectMs = 0;
  const led = new Promise<void>((resolve) =>
    b.onChange((role) => {
      if (role !== 'leader') return;
      detectMs = performance.now() - t;
      resolve();
    }),
  );
  await ctx.db.raw(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE application_name = 'crossdesk-lease:bench-a' AND datname = current_database()`,
  );
  await led;
  await router.settle();
  const totalMs = performance.now() - t;
  await router.stop();
  await a.stop();
  await b.stop();
  return { detectMs, totalMs, start: started.fields?.start };
}

const built = performance.now();
const world = await buildWorld(spec, database);
if (process.env.BENCH_LOG) Object.assign(world.ctx, { logger: makeLogger('debug') });
console.log(
  `world on ${database?.client ?? 'sqlite'}: ${fmt(spec.agents)} agents, ${fmt(spec.waiting)} waiting, built in ${fmt(performance.now() - built)} ms`,
);
// The warm standby first: a stopped router's index stays reachable until the next one is built, which
// would hide the heap the warm one takes.
const warm = await warmStandby(world.ctx);
console.log(
  `warm standby: index built in ${fmt(warm.warmMs)} ms, heap ${warm.heapMb === null ? '? (run node with --expose-gc)' : `${fmt(warm.heapMb)} MB`}; takeover with ${fmt(UNHEARD)} unheard tasks: ${fmt(warm.takeoverMs)} ms`,
);
const times = await rebuilds(world.ctx);
console.log(`router rebuild: ${times.map((t) => fmt(t)).join(', ')} ms`);
if (database?.client === 'pg')
  for (const mode of [false, true]) {
    const { detectMs, totalMs, start } = await takeover(world.ctx, mode);
    console.log(
      `takeover (${mode ? 'warm standby' : 'rebuild'}; started by ${String(start)}) after the leader's session died: leads after ${fmt(detectMs)} ms, routes after ${fmt(totalMs)} ms`,
    );
  }
console.log(
  `load average (1, 5, 15 min) at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')}`,
);
await world.close();
