/**
 * `node --expose-gc --import tsx bench/engine-part.ts`: the engine part of a task completion alone (no
 * database): parse + recover + resume + signal + settle + stringify of the state (a cold command) and
 * signal + settle + stringify on a kept live engine (a hot one), on a 3-task and a BENCH_CHAIN-task chain (default 40), beside raw bpmn-engine
 * signalling a live engine, in CPU ms per command. Medians of BENCH_ROUNDS (5) rounds of BENCH_OPS (300) commands.
 */
import { resumeRun, startRun, type EngineRun } from '../engine/process/runtime/index.ts';
import { benchCtx as ctx, complete, cpuMs, sourceOf } from './chain-commands.ts';
import { rawStartFromContext } from './raw-engine.ts';
import { median } from './stats.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const OPS = Number(process.env.BENCH_OPS ?? 300);
const CHAIN = Number(process.env.BENCH_CHAIN ?? 40);

type Mode = 'cold' | 'hot';

/**
 * ms per command over `OPS` commands, each on the first task of a fresh copy of the stored state (the
 * row's JSON, parsed as a command reads it; the outcome's state stringified as a command writes it).
 */
async function oneRound(source: unknown, stored: string, mode: Mode): Promise<number> {
  const live: EngineRun[] = [];
  if (mode === 'hot')
    for (let i = 0; i < OPS; i++)
      live.push(await resumeRun(ctx, 'pi', source, JSON.parse(stored)).then(async (x) => (await x.settle(), x)));
  // The last round's garbage (the live engines of a hot one) is not this round's cost.
  (globalThis as { gc?: () => void }).gc?.();
  const began = process.cpuUsage();
  for (let i = 0; i < OPS; i++) {
    const run =
      mode === 'hot' ? (live[i] as EngineRun).reuse(ctx) : await resumeRun(ctx, 'pi', source, JSON.parse(stored));
    complete(run);
    JSON.stringify((await run.settle()).engineState);
  }
  return cpuMs(began) / OPS;
}

async function rawRound(source: unknown): Promise<number> {
  const waiting = [];
  for (let i = 0; i < OPS; i++) waiting.push(await rawStartFromContext(source));
  (globalThis as { gc?: () => void }).gc?.();
  const began = process.cpuUsage();
  for (const w of waiting) w.wait.signal({ approved: true });
  return cpuMs(began) / OPS;
}

const rows: Record<string, number>[] = [];
for (const tasks of [3, CHAIN]) {
  const source = await sourceOf(tasks);
  const stored = JSON.stringify((await (await startRun(ctx, 'pi', source, {})).settle()).engineState);
  const runs: Record<'raw' | Mode, number[]> = { raw: [], cold: [], hot: [] };
  // Rounds alternate the ways, so a load change on a shared machine hits all of them.
  for (let r = 0; r < ROUNDS; r++) {
    runs.raw.push(await rawRound(source));
    for (const mode of r % 2 ? (['hot', 'cold'] as const) : (['cold', 'hot'] as const))
      runs[mode].push(await oneRound(source, stored, mode));
  }
  const [raw, cold, hot] = [runs.raw, runs.cold, runs.hot].map(median) as [number, number, number];
  rows.push({ tasks, raw, cold, hot });
  console.log(
    `${String(tasks).padStart(3)}-task chain  raw signal ${raw.toFixed(3)}  cold (recover) ${cold.toFixed(3)}  hot (live engine) ${hot.toFixed(3)} CPU ms per command`,
  );
}
console.log(JSON.stringify({ enginePart: rows }));
