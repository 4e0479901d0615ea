/**
 * The layer table of issue 25's bounds (bench/profile-layers.ts's profiles and windows), with the
 * phases the bounds are argued in: SQL by statement kind (bench/sql-kinds.ts must have been loaded),
 * engine recover+resume / start / step / settle, JSON, and the request layers. Each sample goes to the
 * innermost frame on its stack that names a phase, else to the nearest frame that names a layer.
 * `tsx bench/profile-breakdown.ts DIR --ops N` (N operations in the measured stretches: ms per op).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eachSample, layerOf, load, type Profile } from './profile-layers.ts';

const PHASES: [string, (url: string, fn: string) => boolean][] = [
  ['SQL: reads (SELECT)', (u, f) => /sql-kinds/.test(u) && f === 'sqlRead'],
  ['SQL: writes (INSERT/UPDATE/DELETE, feed triggers)', (u, f) => /sql-kinds/.test(u) && f === 'sqlWrite'],
  ['SQL: COMMIT', (u, f) => /sql-kinds/.test(u) && f === 'sqlCommit'],
  ['SQL: BEGIN', (u, f) => /sql-kinds/.test(u) && f === 'sqlBegin'],
  ['SQL: other (pragmas, savepoints)', (u, f) => /sql-kinds/.test(u) && f === 'sqlOther'],
  ['JSON parse/stringify (state, variables, answers)', (u, f) => !u && (f === 'parse' || f === 'stringify')],
  ['engine: recover + resume (cold)', (u, f) => /runtime\/engine-run\.ts/.test(u) && f === 'resumeRun'],
  ['engine: settle (getState, waits)', (u, f) => /runtime\/engine-run\.ts/.test(u) && f === 'settle'],
  ['engine: start (execute to first wait)', (u, f) => /runtime\/engine-run\.ts/.test(u) && f === 'startRun'],
];
const RENAME: Record<string, string> = {
  'engine (bpmn-engine, bpmn-elements, smqp, moddle)': 'engine: step (bpmn-engine outside recover/settle)',
  'engine (Crossdesk runtime)': 'engine: Crossdesk runtime (command, collector, persist)',
};

/** The rows of the bounds tables in docs/benchmarks.md: the layers above, grouped. */
const GROUPS: [string, RegExp][] = [
  ['HTTP, yoga, graphql-js', /^(HTTP|graphql-js|server\/ and graphql\/ glue)/],
  ['authentication', /^authentication/],
  ['resolvers and loaders', /^resolvers/],
  ['engine: recover + resume', /^engine: recover/],
  ['engine: step (start, signal, timer, run to the next wait)', /^engine: (step|start)/],
  ['engine: settle (getState), JSON of state and rows', /^(engine: settle|JSON)/],
  ['engine: Crossdesk runtime (command, persist, collector)', /^engine/],
  ['SQL: reads', /^SQL: reads/],
  ['SQL: writes (with the feed triggers)', /^SQL: writes/],
  ['SQL: COMMIT', /^SQL: COMMIT/],
  ['SQL: BEGIN, pragmas, checkpoints', /^SQL: (BEGIN|other)|^SQL \(better-sqlite3/],
  ['SQL: knex and models/ (building, binding, mapping rows, pool)', /^SQL/],
  ['router reaction', /^router/],
  ['event publishing', /^event publishing/],
  ['history', /^history/],
  ['GC', /^GC$/],
  ['other (node internals, logging)', /./],
];

export function breakdown(profiles: Profile[], windows: [number, number][] = [[0, Infinity]]) {
  const out = new Map<string, number>();
  const top = new Map<string, number>();
  eachSample(profiles, windows, (frames, dt) => {
    let phase: string | null = null;
    let layer: string | null = null;
    for (const { url, functionName } of frames) {
      phase = PHASES.find(([, match]) => match(url, functionName))?.[0] ?? null;
      if (phase) break;
      layer ??= layerOf(url, functionName);
    }
    const key = phase ?? (layer ? (RENAME[layer] ?? layer) : 'node internals, other');
    out.set(key, (out.get(key) ?? 0) + dt);
    const leaf = frames[0];
    const fn = `${key} <- ${leaf.functionName || '(anonymous)'} ${leaf.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/bounds-profile\//, '')}`;
    top.set(fn, (top.get(fn) ?? 0) + dt);
  });
  return { out, top };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, ...rest] = process.argv.slice(2);
  const ops = rest.includes('--ops') ? Number(rest[rest.indexOf('--ops') + 1]) : 1;
  // --cpu MS: CPU per op measured without the profiler; ms per op are then share x MS (a profile's
  // samples are wall time of a busy thread, which a loaded machine stretches).
  const cpu = rest.includes('--cpu') ? Number(rest[rest.indexOf('--cpu') + 1]) : null;
  const windowFile = join(dir!, 'window.json');
  const windows = existsSync(windowFile)
    ? (JSON.parse(readFileSync(windowFile, 'utf8')) as { windows: [number, number][] }).windows
    : undefined;
  const { out, top } = breakdown(load(dir!), windows);
  const grouped = new Map<string, number>();
  for (const [k, v] of out)
    if (k !== 'idle') {
      const g = rest.includes('--grouped') ? GROUPS.find(([, re]) => re.test(k))![0] : k;
      grouped.set(g, (grouped.get(g) ?? 0) + v);
    }
  const rows = [...grouped].sort((a, b) => b[1] - a[1]);
  const busy = rows.reduce((s, [, v]) => s + v, 0);
  console.log(`| layer | ms per op | share |\n|---|---:|---:|`);
  const perOp = (v: number) => (cpu === null ? v / ops : (cpu * v) / busy);
  for (const [k, v] of rows) console.log(`| ${k} | ${perOp(v).toFixed(2)} | ${((100 * v) / busy).toFixed(1)}% |`);
  console.log(`| **total** | **${perOp(busy).toFixed(2)}** | (profiled: ${(busy / ops).toFixed(2)} ms per op) |`);
  const n = rest.includes('--top') ? Number(rest[rest.indexOf('--top') + 1]) : 0;
  for (const [k, v] of [...top].sort((a, b) => b[1] - a[1]).slice(0, n))
    console.log(`${((1000 * v) / ops).toFixed(0).padStart(5)} µs/op  ${k}`);
}
