/**
 * Counts the WAL pages one commit of the router's offer update writes (issue 16): the WAL's growth over
 * BENCH_COMMITS commits with checkpoints off, in a BENCH_AGENTS / BENCH_WAITING world. Counting pages is
 * not disturbed by load, unlike timing.
 */
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildWorld } from './routing-world.ts';

// better-sqlite3 directly (no typings in the project): the count must see this handle's commits only.
interface Statement {
  run(...args: unknown[]): unknown;
  all(...args: unknown[]): unknown[];
  pluck(): Statement;
}
interface Handle {
  pragma(sql: string, options?: { simple: boolean }): unknown;
  exec(sql: string): void;
  function(name: string, fn: () => unknown): void;
  prepare(sql: string): Statement;
  transaction(fn: () => void): () => void;
  close(): void;
}
const Database = createRequire(import.meta.url)('better-sqlite3') as new (filename: string) => Handle;

const AGENTS = Number(process.env.BENCH_AGENTS ?? 2000);
const WAITING = Number(process.env.BENCH_WAITING ?? 20000);
const COMMITS = Number(process.env.BENCH_COMMITS ?? 1000);

const world = await buildWorld({
  agents: AGENTS,
  skills: 50,
  queues: 100,
  waiting: WAITING,
  held: 1,
  capacity: 2,
  skillsPerAgent: 10,
});
const filename = (world.ctx.db.client.config.connection as { filename: string }).filename;
await world.ctx.db.destroy();
const db = new Database(filename);
db.pragma('journal_mode = WAL');
// The feed triggers name the writing node through this function (models/db.ts registers it).
db.function('crossdesk_node', () => null);
db.pragma('wal_autocheckpoint = 0');
// A schema variant to count (e.g. an index dropped), applied before counting.
if (process.env.BENCH_SQL) db.exec(process.env.BENCH_SQL);
db.pragma('wal_checkpoint(TRUNCATE)');
const ids = db.prepare(`SELECT id FROM tasks WHERE state = 'QUEUED' LIMIT ?`).pluck().all(COMMITS) as string[];
const offer = db.prepare(
  `UPDATE tasks SET state = 'RESERVED', version = version + 1, routing_decision = ? WHERE id = ?`,
);
const pageSize = db.pragma('page_size', { simple: true }) as number;
const walFrames = () => (statSync(`${filename}-wal`).size - 32) / (pageSize + 24);
db.pragma('wal_checkpoint(TRUNCATE)');
const started = process.cpuUsage();
for (const id of ids) db.transaction(() => offer.run(JSON.stringify({ agent: 'ag1', score: 12.5 }), id))();
const cpu = process.cpuUsage(started);
const frames = walFrames();
// Which b-trees the pages belong to (the WAL's frame headers name their pages; dbstat names the b-trees).
if (process.env.BENCH_BREAKDOWN) {
  const { readFileSync } = await import('node:fs');
  const wal = readFileSync(`${filename}-wal`);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const owner = new Map<number, string>();
  for (const r of db.prepare('SELECT name, pageno FROM dbstat').all() as { name: string; pageno: number }[])
    owner.set(r.pageno, r.name);
  const counts = new Map<string, number>();
  for (let at = 32; at + 24 <= wal.length; at += pageSize + 24) {
    const name = owner.get(wal.readUInt32BE(at)) ?? '?';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const rows = [...counts].sort((a, b) => b[1] - a[1]).map(([n, c]) => `${n}: ${(c / ids.length).toFixed(2)}`);
  console.log(rows.join('\n'));
}
console.log(
  JSON.stringify({
    commits: ids.length,
    pagesPerCommit: frames / ids.length,
    cpuMicrosPerCommit: (cpu.user + cpu.system) / ids.length,
  }),
);
db.close();
await world.close().catch(() => {});
