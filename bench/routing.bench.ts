/**
 * `npm run bench:routing`: the universal queue's router on SQLite.
 *   1. Decision time: the router's index vs a naive scan over every waiting task, for the same agents (in memory).
 *   2. Agent release -> reservation, end to end through the database: BENCH_AGENTS agents (7,500) all busy,
 *      BENCH_WAITING waiting tasks (100,000), 1,000 queues, 50 skills; agents finish work at BENCH_RATE/s (100).
 *   3. Task arrival -> reservation with idle agents, arrivals at BENCH_RATE/s.
 *   4. Burst drain: BENCH_BURST tasks (50,000) to 500 agents (reservations per second).
 * With `--json`, a last line `{"figures": {...}}` names the figures (what bench/alternate.ts compares).
 */
import {
  acceptReservation,
  completeTask,
  effectivePriority,
  makeRouter,
  type EngineContext,
  type TaskRecord,
} from '../engine/index.ts';
import { capacityExclusion } from '../engine/desk/routing/capacity.ts';
import { qualification } from '../engine/desk/routing/eligibility.ts';
import { makeTaskIndex, type IndexedTask } from '../engine/desk/routing/task-index.ts';
import { assignedTaskIds, insertTasks, type AgentRecord } from '../models/index.ts';
import { benchTask, buildWorld, makeRandom, type WorldSpec } from './routing-world.ts';
import { fmt, median } from './stats.ts';

const AGENTS = Number(process.env.BENCH_AGENTS ?? 7500);
const WAITING = Number(process.env.BENCH_WAITING ?? 100_000);
const RATE = Number(process.env.BENCH_RATE ?? 100);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 1000);
const BURST = Number(process.env.BENCH_BURST ?? 50_000);
const big: WorldSpec = {
  agents: AGENTS,
  skills: 50,
  queues: 1000,
  waiting: WAITING,
  held: 1,
  capacity: 1,
  skillsPerAgent: 5,
};

const pct = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
const ms = (n: number) => `${n.toFixed(2)} ms`;
const agentActor = (id: string) => ({ userId: id, roles: ['agent'] as any, groups: [], onBehalfOf: null });
const queueOf = (i: number) => ({ agingPerMinute: 1 + (i % 3), slaSeconds: 14_400 });

function decisionTimes() {
  const rnd = makeRandom(7);
  const now = Date.now();
  const index = makeTaskIndex();
  const all: IndexedTask[] = [];
  for (let i = 0; i < WAITING; i++) {
    const task = benchTask(rnd, big, now);
    const entry: IndexedTask = {
      task,
      req: { channel: task.channel, skills: task.skills, candidateGroups: [], candidateUsers: [], sites: null },
      queue: queueOf(Number(task.queue?.slice(1))),
      urgentFrom: null,
      declinedBy: new Set(),
    };
    index.add(entry, now);
    all.push(entry);
  }
  const load = { byChannel: { VOICE: 0, CHAT: 0, EMAIL: 0, BACKOFFICE: 0 }, active: 0, paused: 0 };
  const agents = Array.from({ length: 500 }, (_, i) => {
    const skills = new Map<string, number>();
    while (skills.size < big.skillsPerAgent) skills.set(`s${rnd.int(big.skills)}`, 3 + rnd.int(8));
    return {
      id: `a${i}`,
      groups: [],
      skills: [...skills].map(([name, level]) => ({ name, level })),
      capacity: { VOICE: 0, CHAT: 0, EMAIL: 0, BACKOFFICE: 1, total: 1 },
      presence: 'AVAILABLE',
    } as unknown as AgentRecord;
  });
  const indexed: number[] = [];
  const naive: number[] = [];
  let same = 0;
  for (const agent of agents) {
    let t = performance.now();
    const fast = index.bestFor({ agent, load }, now);
    indexed.push(performance.now() - t);
    t = performance.now();
    let best: IndexedTask | null = null;
    let bestScore = -Infinity;
    for (const e of all) {
      if (capacityExclusion(agent, load, e.req.channel, true) || qualification(agent, e.req)) continue;
      const score = effectivePriority(e.task, e.queue, now);
      if (score > bestScore || (score === bestScore && best && e.task.enqueuedAt < best.task.enqueuedAt))
        [best, bestScore] = [e, score];
    }
    naive.push(performance.now() - t);
    if ((best?.task.id ?? null) === (fast?.entry.task.id ?? null) || Math.abs((fast?.score ?? 0) - bestScore) < 1e-6)
      same += 1;
  }
  return { indexed, naive, agreed: same / agents.length };
}

/** Waits for the reservation of each key and records the time since `marks` set it. */
function latencyProbe(ctx: EngineContext, keyOf: (r: { agentId: string; taskId: string }) => string) {
  const marks = new Map<string, number>();
  const latencies: number[] = [];
  const offers: { id: string; agentId: string }[] = [];
  const off = ctx.events.subscribe((e) => {
    if (e.type !== 'reservation.offered') return;
    offers.push({ id: e.reservation.id, agentId: e.reservation.agentId });
    const key = keyOf(e.reservation);
    const at = marks.get(key);
    if (at !== undefined) {
      latencies.push(performance.now() - at);
      marks.delete(key);
    }
  });
  return { marks, latencies, offers, off };
}

const pace = (i: number, started: number) =>
  new Promise((r) => setTimeout(r, Math.max(0, started + (i * 1000) / RATE - performance.now())));

async function releaseLatency() {
  const world = await buildWorld(big);
  const router = makeRouter(world.ctx);
  let t = performance.now();
  await router.start();
  const rebuildMs = performance.now() - t;
  const probe = latencyProbe(world.ctx, (r) => r.agentId);
  const held = new Map<string, string>((await assignedTaskIds(world.ctx.db)).map((t) => [t.assigneeId, t.id]));
  const rnd = makeRandom(3);
  t = performance.now();
  for (let i = 0; i < EVENTS; i++) {
    await pace(i, t);
    const agent = world.agents[rnd.int(world.agents.length)];
    const taskId = held.get(agent.id);
    if (!taskId || probe.marks.has(agent.id)) continue;
    held.delete(agent.id);
    await completeTask(world.ctx, agentActor(agent.id), taskId, {});
    probe.marks.set(agent.id, performance.now());
    // The agent takes what it was offered, so it is busy again for the next release.
    for (const offer of probe.offers.splice(0)) {
      const task = await acceptReservation(world.ctx, agentActor(offer.agentId), offer.id).catch(() => null);
      if (task) held.set(offer.agentId, task.id);
    }
  }
  await router.settle();
  probe.off();
  await router.stop();
  await world.close();
  return { latencies: probe.latencies, rebuildMs };
}

async function arrivalLatency() {
  const spec = { ...big, waiting: 0, held: 0 };
  const world = await buildWorld(spec);
  const router = makeRouter(world.ctx);
  await router.start();
  const probe = latencyProbe(world.ctx, (r) => r.taskId);
  const rnd = makeRandom(5);
  const started = performance.now();
  for (let i = 0; i < EVENTS; i++) {
    await pace(i, started);
    const task: TaskRecord = benchTask(rnd, spec, world.ctx.clock.now());
    await insertTasks(world.ctx.db, [task]);
    probe.marks.set(task.id, performance.now());
    world.ctx.events.publish({ type: 'task.created', task });
  }
  await router.settle();
  probe.off();
  await router.stop();
  await world.close();
  return probe.latencies;
}

/** A burst arrives at once (a mailing answered, a backlog imported) while 500 agents wait; until all is reserved. */
async function burstDrain() {
  const spec = {
    agents: 500,
    skills: 50,
    queues: 1000,
    waiting: 0,
    held: 0,
    capacity: Math.ceil(BURST / 500),
    skillsPerAgent: 50,
  };
  const world = await buildWorld(spec);
  const router = makeRouter(world.ctx);
  await router.start();
  const rnd = makeRandom(11);
  const tasks = Array.from({ length: BURST }, () => benchTask(rnd, spec, world.ctx.clock.now()));
  for (let i = 0; i < tasks.length; i += 2000) await insertTasks(world.ctx.db, tasks.slice(i, i + 2000));
  const started = performance.now();
  for (const task of tasks) world.ctx.events.publish({ type: 'task.created', task });
  await router.settle();
  const seconds = (performance.now() - started) / 1000;
  const [{ n }] = await world.ctx.db('reservations').count({ n: '*' });
  await router.stop();
  await world.close();
  return { reserved: Number(n), perSecond: Number(n) / seconds };
}

const decisions = decisionTimes();
console.log(
  `decision time over ${fmt(WAITING)} waiting tasks (500 agents): index p50 ${ms(pct(decisions.indexed, 0.5))} p99 ${ms(pct(decisions.indexed, 0.99))}; naive scan p50 ${ms(pct(decisions.naive, 0.5))} p99 ${ms(pct(decisions.naive, 0.99))}; median speed-up ${(median(decisions.naive) / median(decisions.indexed)).toFixed(0)}x; same choice ${(decisions.agreed * 100).toFixed(1)}%`,
);
const release = await releaseLatency();
console.log(
  `agent release -> reservation (${fmt(AGENTS)} agents, ${fmt(WAITING)} waiting, ${RATE}/s): p50 ${ms(pct(release.latencies, 0.5))} p99 ${ms(pct(release.latencies, 0.99))} over ${release.latencies.length}; router rebuild ${fmt(release.rebuildMs)} ms`,
);
const arrival = await arrivalLatency();
console.log(
  `task arrival -> reservation (${fmt(AGENTS)} idle agents, ${RATE}/s): p50 ${ms(pct(arrival, 0.5))} p99 ${ms(pct(arrival, 0.99))} over ${arrival.length}`,
);
const burst = await burstDrain();
console.log(
  `burst drain: ${fmt(burst.reserved)} tasks arriving at once to 500 agents: ${fmt(burst.perSecond)} reservations/s`,
);
if (process.argv.includes('--json')) {
  const figures = {
    'decision index p50 ms': pct(decisions.indexed, 0.5),
    'decision index p99 ms': pct(decisions.indexed, 0.99),
    'decision naive p50 ms': pct(decisions.naive, 0.5),
    'decision naive p99 ms': pct(decisions.naive, 0.99),
    'release p50 ms': pct(release.latencies, 0.5),
    'release p99 ms': pct(release.latencies, 0.99),
    'router rebuild ms': release.rebuildMs,
    'arrival p50 ms': pct(arrival, 0.5),
    'arrival p99 ms': pct(arrival, 0.99),
    'burst reservations /s': burst.perSecond,
  };
  console.log(JSON.stringify({ figures }));
}
