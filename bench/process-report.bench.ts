/**
 * The process heat map over many instances (docs/benchmarks.md, "Reports: processes"): process facts
 * generated in bulk (BENCH_INSTANCES instances, default 1 million, ended over BENCH_DAYS days, four
 * element visits each), then processReport over the whole range (day histograms) and over a range
 * with partial days at both ends (histograms plus the facts of the edges), beside the same element
 * figures computed by one GROUP BY over the element facts (with the index they have for the edges).
 * Prints p50/p99 milliseconds of each. SQLite (a temporary file).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeEngineContext, makeLogger, makeSystemClock, processReport } from '../engine/index.ts';
import { bucketOf } from '../engine/analytics/process-report/index.ts';
import { makeDb } from '../models/db.ts';
import { addRollups, groupElementFacts, type RollupCell } from '../models/index.ts';

const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 1_000_000);
const DAYS = Number(process.env.BENCH_DAYS ?? 90);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);
const KEY = 'complaint';
const admin = { userId: 'admin', roles: ['admin'] as any, groups: [], onBehalfOf: null };

// Deterministic pseudo-random numbers (a bench run is repeatable).
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

const dir = mkdtempSync(join(tmpdir(), 'crossdesk-bench-'));
const db = await makeDb({ client: 'sqlite', filename: join(dir, 'bench.sqlite') });
const ctx = makeEngineContext({ db, clock: makeSystemClock(), logger: makeLogger('silent') });

// Bulk load through the driver's prepared statements (knex builds each INSERT's text: 20 times slower).
const raw = (await (db.client as any).acquireConnection()) as {
  prepare(sql: string): { run(row: Record<string, unknown>): void };
  transaction(fn: () => void): () => void;
};
const statement = (table: string, columns: string[]) =>
  raw.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
const INSTANCE_COLUMNS = [
  'instance_id',
  'definition_key',
  'definition_version',
  'state',
  'started_at',
  'ended_at',
  'duration_ms',
  'incidents',
  'sla_breach_element_id',
  'sla_breached_at',
];
const ELEMENT_COLUMNS = [
  'instance_id',
  'execution_id',
  'definition_key',
  'element_id',
  'element_type',
  'entered_at',
  'left_at',
  'waiting_ms',
  'working_ms',
  'total_ms',
  'instance_ended_at',
];
const insertInstance = statement('process_instance_facts', INSTANCE_COLUMNS);
const insertElement = statement('process_element_facts', ELEMENT_COLUMNS);
const insertAll = (instances: Record<string, unknown>[], elements: Record<string, unknown>[]) =>
  raw.transaction(() => {
    for (const row of instances) insertInstance.run(row);
    for (const row of elements) insertElement.run(row);
  })();
const loadStarted = performance.now();
const cells = new Map<string, RollupCell>();
const cell = (day: number, elementId: string, metric: string, ms: number, bucket = bucketOf(ms)) => {
  const key = `${day}|${elementId}|${metric}|${bucket}`;
  const c = cells.get(key);
  if (c) {
    c.n += 1;
    c.sumMs += ms;
  } else cells.set(key, { definitionKey: KEY, day, elementId, metric, bucket, n: 1, sumMs: ms });
};
const CHUNK = 5000;
for (let first = 0; first < INSTANCES; first += CHUNK) {
  const instances: Record<string, unknown>[] = [];
  const elements: Record<string, unknown>[] = [];
  for (let i = first; i < Math.min(INSTANCES, first + CHUNK); i++) {
    const waiting = Math.round(60_000 + random() ** 3 * 8 * 3600_000);
    const working = Math.round(120_000 + random() * 3600_000);
    const ended = START + Math.floor(random() * DAYS * DAY);
    const started = ended - waiting - working;
    const day = Math.floor(ended / DAY) * DAY;
    const id = `pi_${i}`;
    const breach = waiting > 4 * 3600_000;
    instances.push({
      instance_id: id,
      definition_key: KEY,
      definition_version: 1,
      state: 'COMPLETED',
      started_at: started,
      ended_at: ended,
      duration_ms: ended - started,
      incidents: 0,
      sla_breach_element_id: breach ? 'review' : null,
      sla_breached_at: breach ? started + 4 * 3600_000 : null,
    });
    const visit = (n: number, elementId: string, type: string, at: number, wait: number, work: number) => {
      elements.push({
        instance_id: id,
        execution_id: `${elementId}_${n}`,
        definition_key: KEY,
        element_id: elementId,
        element_type: type,
        entered_at: at,
        left_at: at + wait + work,
        waiting_ms: wait,
        working_ms: work,
        total_ms: wait + work,
        instance_ended_at: ended,
      });
      cell(day, elementId, 'wait', wait);
      cell(day, elementId, 'work', work);
      cell(day, elementId, 'total', wait + work);
    };
    visit(0, 'received', 'bpmn:StartEvent', started, 0, 0);
    visit(1, 'review', 'bpmn:UserTask', started, waiting, working);
    visit(2, 'decision', 'bpmn:ExclusiveGateway', ended, 0, 0);
    visit(3, 'done', 'bpmn:EndEvent', ended, 0, 0);
    cell(day, '', 'duration', ended - started);
    cell(Math.floor(started / DAY) * DAY, '', 'started', 0, 0);
    if (breach) cell(day, 'review', 'breach', 0, 0);
  }
  insertAll(instances, elements);
}
await (db.client as any).releaseConnection(raw);
await addRollups(db, [...cells.values()]);
const loadSeconds = (performance.now() - loadStarted) / 1000;

async function timed(runs: number, fn: () => Promise<unknown>) {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const at = (p: number) => ms[Math.min(ms.length - 1, Math.ceil(p * ms.length) - 1)];
  return `p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms (${runs} runs)`;
}

const whole = { from: START, to: START + DAYS * DAY };
const ragged = { from: START + DAY / 2, to: START + (DAYS - 1) * DAY + DAY / 3 };
const rollupRows = Number((await db('process_time_rollups').count({ n: '*' }).first())!.n);
console.log(
  `${INSTANCES} instances over ${DAYS} days, ${INSTANCES * 4} element facts, ${rollupRows} histogram rows; loaded in ${loadSeconds.toFixed(0)} s`,
);
console.log(
  `heat map (processReport), whole days:        ${await timed(RUNS, () => processReport(ctx, admin, whole, KEY))}`,
);
console.log(
  `heat map (processReport), partial end days:  ${await timed(RUNS, () => processReport(ctx, admin, ragged, KEY))}`,
);
console.log(
  `GROUP BY over the element facts, same range: ${await timed(Math.max(3, Math.floor(RUNS / 4)), () => groupElementFacts(db, KEY, whole.from, whole.to))}`,
);
await db.destroy();
rmSync(dir, { recursive: true, force: true });
