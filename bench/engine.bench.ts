/**
 * `npm run bench:engine`: durable Crossdesk beside raw in-memory bpmn-engine on the same model, in the
 * same run. Prints a table and the figures as JSON (docs/benchmarks.md records them); with `--json`, also a
 * last line `{"figures": {...}}` of named medians (what bench/alternate.ts compares).
 *   BENCH_ROUNDS (default 5), BENCH_OPS per round (default 500), BENCH_WAITING (default 100000);
 *   CROSSDESK_ENGINE_CACHE_BYTES (the engine's default when unset; 0: off) sizes the hot-engine cache.
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import {
  claimTask,
  completeTask,
  deployProcess,
  makeEngineContext,
  makeLogger,
  makeSystemClock,
  queryTasks,
  saveUser,
  startProcess,
  TaskSort,
  TaskState,
} from '../engine/index.ts';
import { makeDb } from '../models/db.ts';
import { parseBpmn, serializeSourceContext } from '../engine/process/definitions/index.ts';
import { rawStartFromContext, rawStartFromXml } from './raw-engine.ts';
import { fmt, median, opsPerSecond } from './stats.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const OPS = Number(process.env.BENCH_OPS ?? 500);
const WAITING = Number(process.env.BENCH_WAITING ?? 100_000);
const xml = readFileSync(new URL('./fixtures/review.bpmn', import.meta.url), 'utf8');
const admin = { userId: 'admin', roles: ['admin'] as any, groups: ['backoffice'], onBehalfOf: null };

async function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'crossdesk-bench-'));
  const db = await makeDb({ client: 'sqlite', filename: join(dir, 'bench.sqlite') });
  const cache = process.env.CROSSDESK_ENGINE_CACHE_BYTES;
  const options = cache === undefined ? {} : { engineCacheBytes: Number(cache) };
  const ctx = makeEngineContext({ db, clock: makeSystemClock(), logger: makeLogger('silent'), options });
  await saveUser(ctx, null, { id: 'admin', name: 'admin', roles: ['admin'], groups: ['backoffice'] });
  await deployProcess(ctx, admin, { bpmnXml: xml });
  return {
    ctx,
    db,
    cleanup: async () => {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function startToWait(ctx: any) {
  const parsed = await parseBpmn(xml, { maxBytes: 5e6 });
  if (!parsed.ok) throw new Error('bench model does not parse');
  const sourceContext = serializeSourceContext(parsed.moddleContext);
  const times = (fn: () => Promise<unknown>) => async () => {
    for (let i = 0; i < OPS; i++) await fn();
  };
  await times(() => startProcess(ctx, admin, { key: 'review' }))();
  const rawXml = await opsPerSecond(
    ROUNDS,
    OPS,
    times(() => rawStartFromXml(xml)),
  );
  const rawCtx = await opsPerSecond(
    ROUNDS,
    OPS,
    times(() => rawStartFromContext(sourceContext)),
  );
  const durable = await opsPerSecond(
    ROUNDS,
    OPS,
    times(() => startProcess(ctx, admin, { key: 'review' })),
  );
  return { rawXml, rawCtx, durable, sourceContext };
}

async function claimComplete(ctx: any, sourceContext: unknown) {
  // Only the signalling is timed for raw: the instances it completes are started untimed beforehand.
  const rawRuns: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const waiting = [];
    for (let i = 0; i < OPS; i++) waiting.push(await rawStartFromContext(sourceContext));
    const started = process.hrtime.bigint();
    for (const w of waiting) w.wait.signal({ approved: true });
    rawRuns.push(OPS / (Number(process.hrtime.bigint() - started) / 1e9));
  }
  const raw = { median: median(rawRuns), runs: rawRuns };
  const durable = await opsPerSecond(ROUNDS, OPS, async () => {
    const { rows } = await queryTasks(ctx, { states: [TaskState.QUEUED] }, TaskSort.CREATED, 0, OPS);
    if (rows.length < OPS) throw new Error('not enough queued tasks');
    for (const task of rows) {
      await claimTask(ctx, admin, task.id);
      await completeTask(ctx, admin, task.id, { approved: true });
    }
  });
  return { raw, durable };
}

/**
 * Commands close together on one instance (an expert claims and completes what just arrived): only
 * the claim+complete is timed, each right after its instance started, so its engine may still be live.
 */
async function closeTogether(ctx: any) {
  const runs: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    let ns = 0n;
    for (let i = 0; i < OPS; i++) {
      const instance = await startProcess(ctx, admin, { key: 'review' });
      const started = process.hrtime.bigint();
      const { rows } = await queryTasks(ctx, { instanceId: instance.id }, TaskSort.CREATED, 0, 1);
      const task = rows[0] ?? fail('no task');
      await claimTask(ctx, admin, task.id);
      await completeTask(ctx, admin, task.id, { approved: true });
      ns += process.hrtime.bigint() - started;
    }
    runs.push(OPS / (Number(ns) / 1e9));
  }
  return { median: median(runs), runs };
}

const fail = (message: string): never => {
  throw new Error(message);
};

async function rssWithWaiting(ctx: any) {
  (globalThis as any).gc?.();
  const before = process.memoryUsage().rss;
  const started = Date.now();
  for (let i = 0; i < WAITING; i++) await startProcess(ctx, admin, { key: 'review' });
  (globalThis as any).gc?.();
  const after = process.memoryUsage().rss;
  return { before, after, seconds: (Date.now() - started) / 1000 };
}

const { ctx, cleanup } = await setup();
const s = await startToWait(ctx);
const c = await claimComplete(ctx, s.sourceContext);
const coldStats = ctx.hotEngines?.stats();
const close = await closeTogether(ctx);
const hotStats = ctx.hotEngines?.stats();
const m = WAITING > 0 ? await rssWithWaiting(ctx) : null;
await cleanup();

const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
console.log(
  `machine: ${cpus().length} x ${cpus()[0]?.model}, ${mb(totalmem())} MB, node ${process.version}; ${ROUNDS} rounds x ${OPS} ops, medians`,
);
console.log(
  `start-to-first-wait/s  raw (XML parse each) ${fmt(s.rawXml.median)}  raw (pre-serialized) ${fmt(s.rawCtx.median)}  durable ${fmt(s.durable.median)}  ratio ${(s.durable.median / s.rawXml.median).toFixed(2)}x / ${(s.durable.median / s.rawCtx.median).toFixed(2)}x`,
);
console.log(
  `complete cycles/s      raw signal ${fmt(c.raw.median)}  durable claim+complete ${fmt(c.durable.median)}  ratio ${(c.durable.median / c.raw.median).toFixed(2)}x`,
);
console.log(
  `hot-engine cache (CROSSDESK_ENGINE_CACHE_BYTES ${ctx.options.engineCacheBytes}): claim+complete above ${coldStats?.hits ?? 0} hits / ${coldStats?.misses ?? 0} misses`,
);
console.log(
  `start, then claim+complete at once  durable ${fmt(close.median)}/s  ratio ${(close.median / c.raw.median).toFixed(2)}x raw signal  (cache ${(hotStats?.hits ?? 0) - (coldStats?.hits ?? 0)} hits; ${mb(hotStats?.bytes ?? 0)} MB in ${hotStats?.entries ?? 0} engines)`,
);
if (m)
  console.log(
    `RSS with ${fmt(WAITING)} waiting instances: ${mb(m.after)} MB (was ${mb(m.before)} MB before starting them; started in ${m.seconds.toFixed(0)} s)`,
  );
console.log(
  JSON.stringify({
    startToWait: { rawXml: s.rawXml, rawCtx: s.rawCtx, durable: s.durable },
    claimComplete: c,
    closeTogether: close,
    cache: hotStats,
    rss: m,
  }),
);
if (process.argv.includes('--json')) {
  const figures: Record<string, number> = {
    'start-to-wait raw XML /s': s.rawXml.median,
    'start-to-wait raw pre-serialized /s': s.rawCtx.median,
    'start-to-wait durable /s': s.durable.median,
    'claim+complete raw /s': c.raw.median,
    'claim+complete durable /s': c.durable.median,
    'start then claim+complete durable /s': close.median,
  };
  if (m) figures['RSS with waiting instances MB'] = m.after / 1024 / 1024;
  console.log(JSON.stringify({ figures }));
}
