/**
 * CPU profiles of the engine-level commands whose targets issue 25 leaves open, in this process on
 * SQLite (no server): `start` (startProcess of bench:engine's review model), `hot` (bench:engine's
 * "start, then claim+complete at once": the task query, claim and complete of an instance started just
 * before, its engine kept), `cold` (claim+complete of instances whose engines were not kept), `timer`
 * (bench:events' burst: due timers fired by the scheduler) and `external` (bench:events' 32 workers'
 * fetch+complete). Each phase runs twice on fresh instances: unprofiled (CPU per op from
 * process.cpuUsage), then under the profiler, written to DIR/<phase>/ for profile-breakdown.ts.
 * `node --expose-gc --import tsx bench/profile-commands.ts DIR [phase...]`; BENCH_OPS (250) per pass;
 * BENCH_UNPROFILED=1: the unprofiled pass only (before/after CPU figures); BENCH_SQL_COUNT=1 prints the
 * statements of each unprofiled pass by text. bench/statement-costs.ts prices single statements.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { statementCounts } from './sql-kinds.ts';
import {
  completeExternalTask,
  fetchAndLockExternalTasks,
  makeManualClock,
  makeTimerScheduler,
} from '../engine/index.ts';
import { hotEnginesOf } from '../engine/process/runtime/index.ts';
import { armTimers } from './arm-timers.ts';
import { admin, claimComplete, fixture, OPS, startN, world } from './profile-world.ts';

const [DIR = '/tmp/profile-commands', ...asked] = process.argv.slice(2);

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
