/**
 * Attributes the CPU of V8 .cpuprofile files (node --cpu-prof; one per thread) to the layers of a
 * request (issue 25): each sample's self-time goes to the layer of its nearest frame that names one
 * (walking from the leaf towards the root), so a native call counts for the library that made it.
 * A second table counts a sample for every project area on its stack (inclusive: router reaction with
 * its SQL, say). `tsx bench/profile-layers.ts DIR [--from MS --to MS]`; without --from the stretches
 * counted are those in DIR/window.json when present (written by bench:command-cost), in ms from the
 * earliest profile start (about when the process started).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Node {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
export interface Profile {
  nodes: Node[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Layers by the path of a frame, first match wins (project folders before the libraries they call). */
export const LAYERS: [string, RegExp][] = [
  ['GC', /^\(garbage collector\)$/],
  ['idle', /^\((idle|program)\)$/],
  ['authentication', /\/(graphql\/auth|graphql\/session-watch|engine\/people\/users\/(auth|secrets|sessions))\.ts/],
  ['history', /\/(models\/history-repo|engine\/process\/[^/]+\/history[^/]*)\.ts/],
  ['router reaction', /\/engine\/desk\/routing\//],
  ['event publishing', /\/engine\/core\/(events|feed)\/|\/engine\/process\/runtime\/publish\.ts|\/models\/feed-/],
  ['engine (Crossdesk runtime)', /\/engine\/process\//],
  [
    'engine (bpmn-engine, bpmn-elements, smqp, moddle)',
    /node_modules\/(bpmn-|smqp|moddle|saxen|min-dash|@bpmn-io|camunda-)/,
  ],
  ['engine (other Crossdesk engine code)', /\/engine\//],
  ['SQL (models/)', /\/models\//],
  // Native statement steps count for the JS frame calling them: knex's better-sqlite3 `_query`.
  ['SQL (statements running in SQLite)', /node_modules\/knex\/lib\/dialects\/better-sqlite3\//],
  ['SQL (knex: building, compiling, running queries)', /node_modules\/knex\//],
  ['SQL (better-sqlite3: preparing statements, pragmas; pg)', /node_modules\/(better-sqlite3|pg|pg-[a-z]+)\//],
  ['resolvers and loaders', /\/graphql\/(resolvers|loaders|pagination|errors|context|limits|operation-observer)/],
  ['graphql-js (parse, validate, execute)', /node_modules\/graphql\//],
  [
    'HTTP and yoga',
    /node_modules\/(graphql-yoga|@graphql-yoga|@whatwg-node|@envelop|@escape\.tech|graphql-query-complexity|@graphql-tools|koa|@koa|urlpattern|dataloader)/,
  ],
  ['server/ and graphql/ glue', /\/(server|graphql)\//],
  ['HTTP (node:http, sockets, streams)', /^node:(_http|net|internal\/(streams|stream_base_commons|http))/],
  ['module loading (tsx, esbuild)', /node_modules\/(tsx|esbuild)\/|node:internal\/modules/],
  ['logging', /\/engine\/core\/logger\//],
];
const AREAS = LAYERS.filter(([name]) => !['GC', 'idle'].includes(name));

export const layerOf = (url: string, fn: string) => LAYERS.find(([, re]) => re.test(url || fn))?.[0] ?? null;

export function load(dir: string): Profile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Profile);
}

type Frame = Node['callFrame'];

/**
 * Calls `visit` for every sample inside the windows (ms from the earliest profile start) with its stack,
 * innermost frame first, and its duration in ms.
 */
export function eachSample(
  profiles: Profile[],
  windows: [number, number][],
  visit: (frames: Frame[], dt: number) => void,
): void {
  const origin = Math.min(...profiles.map((p) => p.startTime));
  for (const p of profiles) {
    const parent = new Map<number, number>();
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    let t = p.startTime;
    p.samples.forEach((id, i) => {
      t += p.timeDeltas[i];
      const at = (t - origin) / 1000;
      if (!windows.some(([from, to]) => at >= from && at < to)) return;
      const frames: Frame[] = [];
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur))
        frames.push(byId.get(cur)!.callFrame);
      visit(frames, (p.timeDeltas[i + 1] ?? 0) / 1000);
    });
  }
}

/** Self-time per layer (nearest naming frame) and inclusive time per area, in ms, within the windows (ms from the earliest profile start). */
export function attribute(profiles: Profile[], windows: [number, number][] = [[0, Infinity]]) {
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  eachSample(profiles, windows, (frames, dt) => {
    const seen = new Set<string>();
    let layer: string | null = null;
    for (const { url, functionName } of frames) {
      const l = layerOf(url, functionName);
      if (l && !layer) layer = l;
      if (l) seen.add(l);
    }
    const key = layer ?? 'node internals, other';
    self.set(key, (self.get(key) ?? 0) + dt);
    for (const [area] of AREAS) if (seen.has(area)) inclusive.set(area, (inclusive.get(area) ?? 0) + dt);
  });
  return { self, inclusive };
}

function table(title: string, rows: Map<string, number>, total: number) {
  console.log(`\n| ${title} | ms | share of busy CPU |\n|---|---:|---:|`);
  for (const [k, v] of [...rows].filter(([k]) => k !== 'idle').sort((a, b) => b[1] - a[1]))
    console.log(`| ${k} | ${v.toFixed(0)} | ${((100 * v) / total).toFixed(1)}% |`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, ...rest] = process.argv.slice(2);
  const arg = (name: string) => (rest.includes(name) ? Number(rest[rest.indexOf(name) + 1]) : undefined);
  const windowFile = join(dir, 'window.json');
  const from = arg('--from');
  const windows: [number, number][] | undefined =
    from !== undefined
      ? [[from, arg('--to') ?? Infinity]]
      : existsSync(windowFile)
        ? (JSON.parse(readFileSync(windowFile, 'utf8')) as { windows: [number, number][] }).windows
        : undefined;
  const { self, inclusive } = attribute(load(dir), windows);
  const busy = [...self].filter(([k]) => k !== 'idle').reduce((s, [, v]) => s + v, 0);
  table('Layer (self time, nearest named frame)', self, busy);
  table('Area on the stack (inclusive; areas overlap)', inclusive, busy);
  console.log(`\nbusy CPU in the measured stretches: ${busy.toFixed(0)} ms`);
}
