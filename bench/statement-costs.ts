/**
 * What single statements cost on the command path (issue 25's bounds), CPU µs per statement, rounds
 * alternating: `execution-read`, the read a completion no longer makes (persist-outcome's check of its
 * own task, in a transaction), and `knex` against `prepared`: a task read by id through knex (findTask:
 * built, compiled, run, mapped) and the same SQL on a kept better-sqlite3 statement with the same
 * mapping and the same await (also for the execution read: knex inside a transaction holds its
 * connection, outside it takes one from the pool per statement). `tsx bench/statement-costs.ts` (BENCH_OPS tasks, 250; 6 rounds x 10 reads).
 */
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { findTask, findTasksByExecutions, withTransaction } from '../models/index.ts';
import { taskFromRow } from '../models/tasks/row-mappers.ts';
import { firstTasks, fixture, startN, world } from './profile-world.ts';

const { ctx, file, close } = await world(fixture('review'));
const tasks = await firstTasks(ctx, await startN(ctx, 'review')());
const Database = createRequire(import.meta.url)('better-sqlite3');
const raw = new Database(file, { readonly: true });
const read = raw.prepare('select * from `tasks` where `id` = ? limit ?');
const byExecution = raw.prepare('select * from `tasks` where `instance_id` = ? and `execution_id` in (?)');

const ways: Record<string, () => Promise<unknown>> = {
  'execution-read': () =>
    withTransaction(ctx.db, async (trx) => {
      for (const t of tasks) await findTasksByExecutions(trx, t.instanceId!, [t.executionId]);
    }),
  'execution-read, kept statement': async () => {
    for (const t of tasks) await (async () => byExecution.all(t.instanceId, t.executionId).map(taskFromRow))();
  },
  knex: async () => {
    for (const t of tasks) await findTask(ctx.db, t.id);
  },
  prepared: async () => {
    for (const t of tasks) await (async () => taskFromRow(read.get(t.id, 1)))();
  },
};
const out: Record<string, number[]> = Object.fromEntries(Object.keys(ways).map((k) => [k, []]));
for (let round = 0; round < 7; round++)
  for (const [name, way] of Object.entries(ways)) {
    const before = process.cpuUsage();
    for (let i = 0; i < 10; i++) await way();
    const used = process.cpuUsage(before);
    // The first round warms up.
    if (round > 0) out[name]!.push(Math.round((used.user + used.system) / 10 / tasks.length));
  }
console.log(
  'CPU µs per statement, rounds:',
  JSON.stringify(out),
  'load',
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' '),
);
raw.close();
await close();
