/**
 * CPU profiles of the engine-level commands whose targets issue 25 leaves open, in this process on
 * SQLite (no server): `start` (startProcess of bench:engine's review model), `hot` (bench:engine's
 * "start, then claim+complete at once": the task query, claim and complete of an instance started just
 * before, its engine kept), `cold` (claim+complete of instances whose engines were not kept), `timer`
 * (bench:events' burst: due timers fired by the scheduler) and `external` (bench:events' 32 workers'
 * fetch+complete). Each phase runs twice on fresh instances: unprofiled (CPU per op from
 * process.cpuUsage), then under the profiler, written to DIR/<phase>/ for profile-breakdown.ts.
 * `node --expose-gc --import tsx bench/profile-commands.ts DIR [phase...]`; BENCH_OPS (250) per pass;
 * BENCH_UNPROFILED=1: the unprofiled pass only (before/after CPU figures).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { statementCounts } from './sql-kinds.ts';
import {
  claimTask,
  completeExternalTask,
  completeTask,
  deployProcess,
  fetchAndLockExternalTasks,
  makeEngineContext,
  makeLogger,
  makeManualClock,
  makeSystemClock,
  makeTimerScheduler,
  queryTasks,
  saveUser,
  startProcess,
  TaskSort,
  type EngineContext,
} from '../engine/index.ts';
import { makeDb } from '../models/db.ts';
import { findTask, findTasksByExecutions, withTransaction } from '../models/index.ts';
import { taskFromRow } from '../models/tasks/row-mappers.ts';
import { createRequire } from 'node:module';
import { armTimers } from './arm-timers.ts';
import { hotEnginesOf } from '../engine/process/runtime/index.ts';
import type { TaskRecord } from '../models/index.ts';

const [DIR = '/tmp/profile-commands', ...asked] = process.argv.slice(2);
const OPS = Number(process.env.BENCH_OPS ?? 250);
const admin = { userId: 'admin', roles: ['admin'] as any, groups: ['backoffice'], onBehalfOf: null };
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}.bpmn`, import.meta.url), 'utf8');

async function world(xml: string, clock = makeSystemClock()) {
  const dir = mkdtempSync(join(tmpdir(), 'crossdesk-profile-'));
  const db = await makeDb({ client: 'sqlite', filename: join(dir, 'bench.sqlite') });
  const ctx = makeEngineContext({ db, clock, logger: makeLogger('silent') });
  const file = join(dir, 'bench.sqlite');
  await saveUser(ctx, null, { id: 'admin', name: 'admin', roles: ['admin'], groups: ['backoffice'] });
  await deployProcess(ctx, admin, { bpmnXml: xml });
  return { ctx, file, close: async () => (await db.destroy(), rmSync(dir, { recursive: true, force: true })) };
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });

/** Runs `measured` (after untimed `prepare`) unprofiled, then profiled: CPU ms per op of the first. */
async function pass(name: string, prepare: () => Promise<unknown>, measured: (p: any) => Promise<unknown>) {
  const out: Record<string, number> = {};
  for (const profiled of process.env.BENCH_UNPROFILED ? [false] : [false, true]) {
    const prepared = await prepare();
    (globalThis as any).gc?.();
    if (profiled) await session.post('Profiler.start');
    else statementCounts.clear();
    const before = process.cpuUsage();
    await measured(prepared);
    const used = process.cpuUsage(before);
    if (profiled) {
      const { profile } = await session.post('Profiler.stop');
      mkdirSync(join(DIR, name), { recursive: true });
      writeFileSync(join(DIR, name, `${Date.now()}.cpuprofile`), JSON.stringify(profile));
    }
    out[profiled ? 'profiledMsPerOp' : 'cpuMsPerOp'] = (used.user + used.system) / 1000 / OPS;
    if (!profiled && process.env.BENCH_SQL_COUNT) {
      const rows = [...statementCounts].sort((a, b) => b[1] - a[1]);
      console.log(`${name}: ${rows.reduce((n, [, c]) => n + c, 0) / OPS} statements per op`);
      for (const [sql, n] of rows) console.log(`  ${(n / OPS).toFixed(2)}  ${sql.slice(0, 230)}`);
    }
  }
  console.log(
    name,
    JSON.stringify(out),
    'load',
    loadavg()
      .map((x) => x.toFixed(1))
      .join(' '),
  );
}

const startN =
  (ctx: EngineContext, key: string, variables = {}) =>
  async () => {
    const ids: string[] = [];
    for (let i = 0; i < OPS; i++) ids.push((await startProcess(ctx, admin, { key, variables })).id);
    return ids;
  };
const claimComplete = (ctx: EngineContext) => async (ids: string[]) => {
  for (const instanceId of ids) {
    const { rows } = await queryTasks(ctx, { instanceId }, TaskSort.CREATED, 0, 1);
    await claimTask(ctx, admin, rows[0]!.id);
    await completeTask(ctx, admin, rows[0]!.id, { approved: true });
  }
};

const phases: Record<string, () => Promise<void>> = {
  async start() {
    const { ctx, close } = await world(fixture('review'));
    await startN(ctx, 'review')(); // warm-up
    await pass('start', async () => null, startN(ctx, 'review'));
    await close();
  },
  async hot() {
    const { ctx, close } = await world(fixture('review'));
    await claimComplete(ctx)(await startN(ctx, 'review')());
    await pass('hot', startN(ctx, 'review'), claimComplete(ctx));
    await close();
  },
  async cold() {
    const { ctx, close } = await world(fixture('review'));
    const prepare = async () => {
      const ids = await startN(ctx, 'review')();
      for (const id of ids) hotEnginesOf(ctx)?.evict(id);
      return ids;
    };
    await claimComplete(ctx)(await prepare());
    await pass('cold', prepare, claimComplete(ctx));
    await close();
  },
  /** The read a completion no longer makes (persist-outcome's check of its own task), alone: BENCH_OPS reads. */
  async 'execution-read'() {
    const { ctx, close } = await world(fixture('review'));
    const tasks: TaskRecord[] = [];
    for (const instanceId of await startN(ctx, 'review')())
      tasks.push((await queryTasks(ctx, { instanceId }, TaskSort.CREATED, 0, 1)).rows[0]!);
    const reads = () =>
      withTransaction(ctx.db, async (trx) => {
        for (const t of tasks) await findTasksByExecutions(trx, t.instanceId!, [t.executionId]);
      });
    await reads();
    await pass('execution-read', async () => null, reads);
    await close();
  },
  /**
   * What knex adds to one statement: a task read by id (findTask: knex builds, compiles and runs it, then
   * the row is mapped) against the same SQL on a kept better-sqlite3 statement, same mapping, same await.
   */
  async 'knex-vs-prepared'() {
    const { ctx, file, close } = await world(fixture('review'));
    const ids: string[] = [];
    for (const instanceId of await startN(ctx, 'review')())
      ids.push((await queryTasks(ctx, { instanceId }, TaskSort.CREATED, 0, 1)).rows[0]!.id);
    const Database = createRequire(import.meta.url)('better-sqlite3');
    const raw = new Database(file, { readonly: true });
    const read = raw.prepare('select * from `tasks` where `id` = ? limit ?');
    const ways: Record<string, (id: string) => Promise<unknown>> = {
      knex: (id) => findTask(ctx.db, id),
      prepared: async (id) => taskFromRow(read.get(id, 1)),
    };
    const out: Record<string, number[]> = { knex: [], prepared: [] };
    for (let round = 0; round < 6; round++)
      for (const [name, way] of Object.entries(ways)) {
        const before = process.cpuUsage();
        for (let i = 0; i < 10; i++) for (const id of ids) await way(id);
        const used = process.cpuUsage(before);
        out[name]!.push((used.user + used.system) / 10 / ids.length);
      }
    console.log('knex-vs-prepared µs per task read, rounds:', JSON.stringify(out), 'load', loadavg().join(' '));
    raw.close();
    await close();
  },
  async timer() {
    const clock = makeManualClock();
    const { ctx, close } = await world(fixture('events'), clock);
    const scheduler = makeTimerScheduler(ctx, { batch: 500, threads: 0 });
    const prepare = async () => {
      await armTimers(ctx, admin, OPS, { kind: 'timer', delay: 'PT1M' });
      clock.advance(61_000);
    };
    await prepare();
    await scheduler.runDue();
    await pass('timer', prepare, async () => {
      if ((await scheduler.runDue()) !== OPS) throw new Error('not every timer fired');
    });
    await scheduler.stop();
    await close();
  },
  async external() {
    const { ctx, close } = await world(fixture('events'));
    const work = async () => {
      let done = 0;
      const worker = async (id: number) => {
        for (;;) {
          const jobs = await fetchAndLockExternalTasks(ctx, admin, {
            topic: 'bench',
            workerId: `w${id}`,
            maxTasks: 5,
            lockSeconds: 60,
          });
          if (!jobs.length) return;
          for (const j of jobs) await completeExternalTask(ctx, admin, j.job.id, `w${id}`, { ok: true });
          done += jobs.length;
        }
      };
      await Promise.all(Array.from({ length: 32 }, (_, i) => worker(i)));
      if (done !== OPS) throw new Error(`${done} of ${OPS} jobs done`);
    };
    const prepare = startN(ctx, 'events', { kind: 'external' });
    await prepare();
    await work();
    await pass('external', prepare, work);
    await close();
  },
};
for (const name of asked.length ? asked : Object.keys(phases)) await phases[name]!();
session.disconnect();
