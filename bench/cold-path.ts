/**
 * `node --expose-gc --import tsx bench/cold-path.ts`: the cold command alone (recover + resume + signal +
 * settle, no database), as bench/engine-part.ts measures it, beside raw bpmn-engine signalling a live
 * engine, on a 3-task and a BENCH_CHAIN-task chain (default 40). Shorter than engine-part (no hot
 * engines), so patched and unpatched node_modules can be run alternately in one sitting. CPU ms per
 * command, medians of BENCH_ROUNDS (5) rounds of BENCH_OPS (200). BENCH_ONLY=cold skips the raw figure
 * (for --cpu-prof runs).
 */
import { resumeRun, startRun } from '../engine/process/runtime/index.ts';
import { benchCtx as ctx, complete, cpuMs, sourceOf } from './chain-commands.ts';
import { rawStartFromContext } from './raw-engine.ts';
import { median } from './stats.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const OPS = Number(process.env.BENCH_OPS ?? 200);
const CHAIN = Number(process.env.BENCH_CHAIN ?? 40);
const ONLY = process.env.BENCH_ONLY;

async function coldPerCommand(source: unknown): Promise<number> {
  const start = await startRun(ctx, 'pi', source, {});
  const state = (await start.settle()).engineState;
  const runs: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const began = process.cpuUsage();
    for (let i = 0; i < OPS; i++) {
      const run = await resumeRun(ctx, 'pi', source, state);
      complete(run);
      await run.settle();
    }
    runs.push(cpuMs(began) / OPS);
  }
  return median(runs);
}

async function rawPerSignal(source: unknown): Promise<number> {
  const runs: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const waiting = [];
    for (let i = 0; i < OPS; i++) waiting.push(await rawStartFromContext(source));
    const began = process.cpuUsage();
    for (const w of waiting) w.wait.signal({ approved: true });
    runs.push(cpuMs(began) / OPS);
  }
  return median(runs);
}

const rows: Record<string, number>[] = [];
for (const tasks of [3, CHAIN]) {
  const source = await sourceOf(tasks);
  const raw = ONLY === 'cold' ? NaN : await rawPerSignal(source);
  const cold = await coldPerCommand(source);
  rows.push({ tasks, raw, cold });
  console.log(
    `${String(tasks).padStart(3)}-task chain  raw signal ${raw.toFixed(3)}  cold (recover) ${cold.toFixed(3)} CPU ms per command`,
  );
}
console.log(JSON.stringify({ coldPath: rows }));
