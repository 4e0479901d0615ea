/**
 * `npm run bench:reports`: reports over 90 days of a 200-agent centre on SQLite.
 *   1. Generates BENCH_REPORT_FACTS task facts (5,000,000) over BENCH_REPORT_DAYS days (90) for 20 queues and
 *      200 agents in bulk (multi-row inserts in large transactions), and the 15-minute queue rollups from them.
 *      Then the packed day rows (queue_day_rollups) from those rollups, by the upgrade's backfill.
 *   2. The 90-day queue report at 30-minute intervals for the 20 queues (queueReport) from the packed day
 *      rows and, in the same run, from the 15-minute rollups (a GROUP BY over them, the previous design),
 *      BENCH_REPORT_ROUNDS times (20) each, alternating: p50 and p99. Target: the report under 300 ms.
 *   3. The same figures by a GROUP BY over task_facts (with the indexes it has for its other uses),
 *      BENCH_REPORT_FACT_ROUNDS times (5; each takes seconds at this size): p50 and p99.
 * BENCH_REPORT_DB keeps the generated database at that path (a second run reuses it, migrating it first:
 * a database generated before the packed rows gets them from the migration's backfill, which is timed).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexPkg from 'knex';
import { parseDatabaseUrl } from '../config.ts';
import {
  agentReport,
  makeEngineContext,
  makeLogger,
  makeSystemClock,
  queueReport,
  SYSTEM_ACTOR,
  upsertAgent,
} from '../engine/index.ts';
import { knexConfig } from '../models/db.ts';
import {
  BUCKET_MS,
  queueIntervalsFromFacts,
  rebuildQueueDays,
  WAIT_COLUMNS,
  WAIT_BOUNDS,
  type ReportRange,
} from '../models/index.ts';
import { migrationSource } from '../models/migrations/index.ts';
import { fmt } from './stats.ts';

const FACTS = Number(process.env.BENCH_REPORT_FACTS ?? 5_000_000);
const DAYS = Number(process.env.BENCH_REPORT_DAYS ?? 90);
const ROUNDS = Number(process.env.BENCH_REPORT_ROUNDS ?? 20);
const FACT_ROUNDS = Number(process.env.BENCH_REPORT_FACT_ROUNDS ?? 5);
const QUEUES = 20;
/** Rows per generating transaction (each followed by a WAL checkpoint). */
const TX_ROWS = 10_000;
const AGENTS = 200;
const CHANNELS = ['VOICE', 'CHAT', 'EMAIL', 'BACKOFFICE'];
const END = Date.UTC(2026, 3, 1);
const START = END - DAYS * 86_400_000;

const dir = mkdtempSync(join(tmpdir(), 'crossdesk-reports-bench-'));
const file = process.env.BENCH_REPORT_DB ?? join(dir, 'reports.sqlite');
const reuse = existsSync(file) && Boolean(process.env.BENCH_REPORT_DB);
const db = knexPkg.knex(knexConfig(parseDatabaseUrl(file)));

/** A small deterministic generator (the same centre every run). */
function makeRandom(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

async function generate() {
  await db.migrate.latest({ migrationSource } as never);
  const random = makeRandom(23);
  const started = performance.now();
  const COLUMNS =
    'task_id, queue, channel, kind, live, site_id, agent_id, arrived_at, answered_at, wait_ms, ended_at, outcome, handle_ms, hold_ms, sla_met, transfers, escalations, escalation_level';
  const PER_INSERT = 500;
  // Bench only: no fsync while generating. The server turns SQLite's automatic checkpoints off (the
  // checkpoint job runs them), so without one between transactions the WAL held every generated page
  // (8 GB at 5 million facts); 10,000-row transactions each followed by a truncating checkpoint keep it small.
  await db.raw('PRAGMA synchronous=OFF');
  for (let done = 0; done < FACTS;) {
    await db.transaction(async (trx) => {
      for (let n = 0; n < TX_ROWS / PER_INSERT && done < FACTS; n++) {
        const values: string[] = [];
        for (let i = 0; i < PER_INSERT && done < FACTS; i++, done++) {
          const q = done % QUEUES;
          const channel = CHANNELS[q % CHANNELS.length];
          const live = channel === 'VOICE' || channel === 'CHAT';
          const arrived = START + Math.floor(random() * (END - START - 7_200_000));
          const wait = Math.floor(random() * 120_000);
          const abandoned = live && random() < 0.08;
          const handle = 60_000 + Math.floor(random() * 600_000);
          const ended = arrived + wait + (abandoned ? 0 : handle);
          values.push(
            `('t${done}', 'q${q}', '${channel}', '${live ? 'CALL' : 'USER_TASK'}', ${live ? 1 : 0}, 's${q % 3}', 'a${done % AGENTS}', ${arrived}, ` +
              `${abandoned ? 'NULL' : arrived + wait}, ${abandoned ? 'NULL' : wait}, ${ended}, '${abandoned ? 'ABANDONED' : 'COMPLETED'}', ` +
              `${abandoned ? 'NULL' : handle}, 0, ${live ? 'NULL' : random() < 0.9 ? 1 : 0}, 0, 0, 0)`,
          );
        }
        await trx.raw(`INSERT INTO task_facts (${COLUMNS}) VALUES ${values.join(', ')}`);
      }
    });
    await db.raw('PRAGMA wal_checkpoint(TRUNCATE)');
    if (done % 500_000 === 0) console.log(`  ${fmt(done)} facts, ${fmt(performance.now() - started)} ms`);
  }
  const factsMs = performance.now() - started;
  // The rollups the consumer would have written, by one INSERT ... SELECT per figure's time.
  const b = (col: string) => `(${col} - (${col} % ${BUCKET_MS}))`;
  const waitBins = WAIT_COLUMNS.map((c, i) =>
    i < WAIT_BOUNDS.length
      ? `SUM(CASE WHEN wait_ms <= ${WAIT_BOUNDS[i] * 1000} ${i ? `AND wait_ms > ${WAIT_BOUNDS[i - 1] * 1000}` : ''} THEN 1 ELSE 0 END)`
      : `SUM(CASE WHEN wait_ms > 3600000 THEN 1 ELSE 0 END)`,
  );
  await db.raw(
    `INSERT INTO queue_rollups (bucket, queue, channel, site_id, offered) SELECT ${b('arrived_at')} AS bk, queue, channel, site_id, COUNT(*) FROM task_facts GROUP BY bk, queue, channel, site_id`,
  );
  await db.raw(`INSERT INTO queue_rollups (bucket, queue, channel, site_id, answered, answered_within, wait_ms, ${WAIT_COLUMNS.join(', ')})
    SELECT ${b('answered_at')} AS bk, queue, channel, site_id, COUNT(*), SUM(CASE WHEN wait_ms <= 20000 THEN 1 ELSE 0 END), SUM(wait_ms), ${waitBins.join(', ')}
    FROM task_facts WHERE live = 1 AND answered_at IS NOT NULL GROUP BY bk, queue, channel, site_id
    ON CONFLICT (bucket, queue, channel, site_id) DO UPDATE SET answered = excluded.answered, answered_within = excluded.answered_within,
    wait_ms = excluded.wait_ms, ${WAIT_COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')}`);
  await db.raw(`INSERT INTO queue_rollups (bucket, queue, channel, site_id, ended, handled, handle_ms, abandoned, completed, completed_within)
    SELECT ${b('ended_at')} AS bk, queue, channel, site_id, COUNT(*), SUM(CASE WHEN outcome = 'COMPLETED' THEN 1 ELSE 0 END), SUM(COALESCE(handle_ms, 0)),
      SUM(CASE WHEN outcome = 'ABANDONED' THEN 1 ELSE 0 END), SUM(CASE WHEN live = 0 THEN 1 ELSE 0 END), SUM(CASE WHEN sla_met = 1 THEN 1 ELSE 0 END)
    FROM task_facts GROUP BY bk, queue, channel, site_id
    ON CONFLICT (bucket, queue, channel, site_id) DO UPDATE SET ended = excluded.ended, handled = excluded.handled, handle_ms = excluded.handle_ms,
    abandoned = excluded.abandoned, completed = excluded.completed, completed_within = excluded.completed_within`);
  await db.raw('PRAGMA wal_checkpoint(TRUNCATE)');
  const rollups = (await db('queue_rollups').count({ n: '*' }).first()) as { n: number };
  console.log(
    `generated ${fmt(FACTS)} facts in ${fmt(factsMs)} ms, ${fmt(Number(rollups.n))} rollup rows in ${fmt(performance.now() - started - factsMs)} ms`,
  );
  const t = performance.now();
  const days = await rebuildQueueDays(db);
  console.log(`packed ${fmt(days)} queue day rows from the rollups in ${fmt(performance.now() - t)} ms`);
}

/**
 * Agent rollups (handled work per agent, channel and 15-minute bucket) from the facts, as the consumer
 * would have written them, for timing the agent report the same way (no presence: its query runs empty).
 */
async function generateAgentRollups() {
  if (Number(((await db('agent_rollups').count({ n: '*' }).first()) as { n: number }).n) > 0) return;
  const t = performance.now();
  await db.raw(`INSERT INTO agent_rollups (bucket, agent_id, channel, handled, handle_ms, hold_ms)
    SELECT (ended_at - (ended_at % ${BUCKET_MS})) AS bk, agent_id, channel, COUNT(*), SUM(handle_ms), SUM(hold_ms)
    FROM task_facts WHERE outcome = 'COMPLETED' GROUP BY bk, agent_id, channel`);
  await db.raw('PRAGMA wal_checkpoint(TRUNCATE)');
  const n = (await db('agent_rollups').count({ n: '*' }).first()) as { n: number };
  console.log(`generated ${fmt(Number(n.n))} agent rollup rows in ${fmt(performance.now() - t)} ms`);
}

/** A reused database: migrated to the latest schema (0028 backfills the packed day rows), timed. */
async function migrateReused() {
  const t = performance.now();
  await db.migrate.latest({ migrationSource } as never);
  const n = (await db('queue_day_rollups').count({ n: '*' }).first()) as { n: number };
  console.log(`migrated the reused database in ${fmt(performance.now() - t)} ms (${fmt(Number(n.n))} day rows)`);
}

const pct = (runs: number[], p: number) =>
  [...runs].sort((a, b) => a - b)[Math.min(runs.length - 1, Math.floor(p * runs.length))];

/**
 * Times the runs alternately (one round of each in turn, after one warm-up each), so load hits all alike.
 * Beside wall time, this process's CPU time per round (user + system): on the shared machine the wall
 * time includes waiting for a core, the CPU time much less so (SQLite runs in this process).
 */
async function timeAlternately(rounds: number, runs: [string, () => Promise<unknown>][]) {
  for (const [, run] of runs) await run();
  const times = runs.map((): number[] => []);
  const cpu = runs.map((): number[] => []);
  for (let i = 0; i < rounds; i++)
    for (const [k, [, run]] of runs.entries()) {
      const t = performance.now();
      const c = process.cpuUsage();
      await run();
      const used = process.cpuUsage(c);
      times[k].push(performance.now() - t);
      cpu[k].push((used.user + used.system) / 1000);
    }
  for (const [k, [what]] of runs.entries())
    console.log(
      `| ${what.padEnd(58)} | ${pct(times[k], 0.5).toFixed(1).padStart(8)} | ${pct(times[k], 0.99).toFixed(1).padStart(8)} | ${pct(cpu[k], 0.5).toFixed(1).padStart(12)} |`,
    );
  return times.map((t) => pct(t, 0.5));
}

try {
  if (!reuse) await generate();
  else await migrateReused();
  await generateAgentRollups();
  const ctx = makeEngineContext({ db, clock: makeSystemClock(), logger: makeLogger('silent') });
  const queues = Array.from({ length: QUEUES }, (_, i) => `q${i}`);
  const filter = { from: START, to: END, intervalMinutes: 30, queues };
  const all = { maxRows: 1_000_000 };
  const packed = await queueReport(ctx, SYSTEM_ACTOR, filter, all);
  const buckets = await queueReport(ctx, SYSTEM_ACTOR, filter, { ...all, source: 'buckets' });
  const same = JSON.stringify(packed) === JSON.stringify(buckets);
  console.log(
    `${DAYS}-day report, 30-minute intervals, ${QUEUES} queues: ${fmt(packed.length)} rows (15-minute path ${fmt(buckets.length)}, ${same ? 'identical' : 'DIFFERENT'}); ${ROUNDS} rounds\n`,
  );
  if (!same) process.exitCode = 1;
  console.log(
    `| ${'query'.padEnd(58)} | p50 (ms) | p99 (ms) | CPU p50 (ms) |\n| ${'-'.repeat(58)} | -------: | -------: | -----------: |`,
  );
  const one = { ...filter, queues: ['q0'] };
  const [days, quarters] = await timeAlternately(ROUNDS, [
    ['queueReport, 20 queues, from the packed day rows', () => queueReport(ctx, SYSTEM_ACTOR, filter, all)],
    [
      'queueReport, 20 queues, from the 15-minute rollups (before)',
      () => queueReport(ctx, SYSTEM_ACTOR, filter, { ...all, source: 'buckets' }),
    ],
    [
      'queueReport, one queue (4,320 rows), packed day rows',
      () => queueReport(ctx, SYSTEM_ACTOR, one, { maxRows: 5000 }),
    ],
    [
      'queueReport, one queue (4,320 rows), 15-minute rollups',
      () => queueReport(ctx, SYSTEM_ACTOR, one, { maxRows: 5000, source: 'buckets' }),
    ],
  ]);
  // The agent report has the queue report's old shape (a GROUP BY over 15-minute rollups): 20 agents over
  // the 90 days at 30 minutes is as many rows (86,400) as the 20-queue report.
  const agents = Array.from({ length: 20 }, (_, i) => `a${i}`);
  // The report narrows to agents it knows (the agents table).
  for (const id of agents)
    if (!(await db('agents').where({ id }).first()))
      await upsertAgent(ctx, SYSTEM_ACTOR, { id, capacity: { VOICE: 1, total: 1 } });
  const agentRows = await agentReport(ctx, SYSTEM_ACTOR, { ...filter, queues: null, agents }, all);
  console.log(`\nagent report, ${agents.length} agents, 30-minute intervals: ${fmt(agentRows.length)} rows\n`);
  await timeAlternately(Math.min(ROUNDS, 10), [
    [
      `agentReport, ${agents.length} agents, 15-minute rollups`,
      () => agentReport(ctx, SYSTEM_ACTOR, { ...filter, queues: null, agents }, all),
    ],
    [
      'agentReport, one agent (4,320 rows)',
      () => agentReport(ctx, SYSTEM_ACTOR, { ...filter, queues: null, agents: ['a0'] }, { maxRows: 5000 }),
    ],
  ]);
  const range: ReportRange = { from: START, to: END, intervalMs: 30 * 60_000, offsets: [{ until: null, offsetMs: 0 }] };
  const [facts] = await timeAlternately(FACT_ROUNDS, [
    [
      `GROUP BY over task_facts (offered, handled, abandoned), ${FACT_ROUNDS} rounds`,
      () => queueIntervalsFromFacts(db, range, { queues, channels: null, sites: null }),
    ],
  ]);
  console.log(
    `\n20-queue report, p50: packed day rows / 15-minute rollups ${(days / quarters).toFixed(3)}x, / GROUP BY over facts ${(days / facts).toFixed(3)}x`,
  );
} finally {
  await db.destroy();
  if (!process.env.BENCH_REPORT_DB) rmSync(dir, { recursive: true, force: true });
}
