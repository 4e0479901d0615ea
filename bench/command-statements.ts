/**
 * The SQL statements one GraphQL command runs in the server (issue 25's bounds): claim+complete pairs
 * on the 3-task chain and external fetch+complete pairs, counted by statement text in the server
 * process (bench/sql-kinds.ts, reset and read by SIGUSR2). Task ids are looked up between the counted
 * stretches. `tsx bench/command-statements.ts` (BENCH_SHORT_INSTANCES, default 20).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chainXml, client, signedInUser, startServer } from './command-cost-world.ts';

const N = Number(process.env.BENCH_SHORT_INSTANCES ?? 20);
const file = join(tmpdir(), `command-statements-${process.pid}.json`);
process.env.BENCH_SQL_COUNTS = file;
const server = await startServer(['--import', 'tsx', '--import', new URL('./sql-kinds.ts', import.meta.url).href]);
const gql = client(server, await signedInUser(server));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Statement counts of `work` (and 300 ms after it: router, feed), by SQL text. */
async function counted(work: () => Promise<void>): Promise<Map<string, number>> {
  const read = async () => {
    rmSync(file, { force: true });
    server.child.kill('SIGUSR2');
    while (!existsSync(file)) await sleep(10);
    await sleep(10);
    return new Map<string, number>(JSON.parse(readFileSync(file, 'utf8')));
  };
  await sleep(300);
  await read();
  await work();
  await sleep(300);
  return read();
}

function print(title: string, counts: Map<string, number>, ops: number) {
  const rows = [...counts].sort((a, b) => b[1] - a[1]);
  console.log(`\n${title}: ${(rows.reduce((n, [, c]) => n + c, 0) / ops).toFixed(1)} statements per pair`);
  for (const [sql, n] of rows) console.log(`  ${(n / ops).toFixed(2)}  ${sql.replace(/\s+/g, ' ').slice(0, 200)}`);
}

for (const [key, kind] of [
  ['short', 'user'],
  ['ext', 'external'],
] as const)
  await gql('mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }', { x: chainXml(key, 3, kind) });
const start = (k: string) => gql('mutation($k: String!) { startProcess(input: { key: $k }) { id } }', { k });

const ids: string[] = [];
for (let i = 0; i < N; i++) ids.push((await start('short')).startProcess.id);
const total = new Map<string, number>();
for (let step = 0; step < 3; step++) {
  const taskIds: string[] = [];
  for (const id of ids) {
    const { processInstance } = await gql('query($id: ID!) { processInstance(id: $id) { tasks { id state } } }', {
      id,
    });
    taskIds.push(processInstance.tasks.find((t: { state: string }) => t.state !== 'COMPLETED').id);
  }
  const counts = await counted(async () => {
    for (const id of taskIds) {
      await gql('mutation($id: ID!) { claimTask(id: $id) { id } }', { id });
      await gql('mutation($id: ID!) { completeTask(id: $id) { id } }', { id });
    }
  });
  for (const [k, v] of counts) total.set(k, (total.get(k) ?? 0) + v);
}
print('claim+complete over GraphQL, 3-task chain', total, 3 * N);

for (let i = 0; i < N; i++) await start('ext');
const fetched = await counted(async () => {
  for (let i = 0; i < 3 * N; i++) {
    const [job] = (
      await gql('mutation { fetchAndLockExternalTasks(topic: "bench", workerId: "w", maxTasks: 1) { id } }')
    ).fetchAndLockExternalTasks;
    await gql('mutation($id: ID!) { completeExternalTask(id: $id, workerId: "w") { id } }', { id: job.id });
  }
});
print('external fetch+complete over GraphQL', fetched, 3 * N);
if (process.env.BENCH_SQL_TRACE) console.error(server.log());
await server.stop();
