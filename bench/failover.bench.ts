/**
 * Fail-over at bench scale (issue 17): how long a new leader's router takes to rebuild its index and
 * agenda from the rows (7,500 agents, 100,000 waiting tasks by default), and, on PostgreSQL
 * (DATABASE_URL of an empty database), a whole takeover: the leader's session dies, a standby (renewing
 * every second) takes the lease and its router starts. `npm run bench:failover`.
 */
import { parseDatabaseUrl } from '../config.ts';
import { makeLeadingRouter, makeLeaseLeadership, makeLogger, makeRouter, type EngineContext } from '../engine/index.ts';
import { buildWorld, type WorldSpec } from './routing-world.ts';
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
const database = process.env.DATABASE_URL ? parseDatabaseUrl(process.env.DATABASE_URL) : undefined;

async function rebuilds(ctx: EngineContext): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const router = makeRouter(ctx, { sleep: () => () => undefined });
    const t = performance.now();
    await router.start();
    times.push(performance.now() - t);
    await router.stop();
  }
  return times;
}

/** The leader's lease session is cut (as by kill -9); the time until the standby's router routes. */
async function takeover(ctx: EngineContext): Promise<{ detectMs: number; totalMs: number }> {
  const lease = { leaseMs: 5000, renewMs: 1000 };
  // The leader steps by hand and never again once its session is cut: it is dead.
  const a = makeLeaseLeadership({ ...ctx, nodeId: 'bench-a' }, { ...lease, timers: false });
  const b = makeLeaseLeadership({ ...ctx, nodeId: 'bench-b' }, lease);
  await a.start();
  await b.start();
  if (a.role() !== 'leader' || b.role() !== 'standby') throw new Error(`roles ${a.role()} ${b.role()}`);
  const router = makeLeadingRouter({ ...ctx, nodeId: 'bench-b' }, b);
  await router.start();
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
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'crossdesk-lease:bench-a'`,
  );
  await led;
  await router.settle();
  const totalMs = performance.now() - t;
  await router.stop();
  await a.stop();
  await b.stop();
  return { detectMs, totalMs };
}

const built = performance.now();
const world = await buildWorld(spec, database);
if (process.env.BENCH_LOG) Object.assign(world.ctx, { logger: makeLogger('debug') });
console.log(
  `world on ${database?.client ?? 'sqlite'}: ${fmt(spec.agents)} agents, ${fmt(spec.waiting)} waiting, built in ${fmt(performance.now() - built)} ms`,
);
const times = await rebuilds(world.ctx);
console.log(`router rebuild: ${times.map((t) => fmt(t)).join(', ')} ms`);
if (database?.client === 'pg') {
  const { detectMs, totalMs } = await takeover(world.ctx);
  console.log(
    `takeover after the leader's session died: leads after ${fmt(detectMs)} ms, routes after ${fmt(totalMs)} ms`,
  );
}
await world.close();
