import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { claimTask, completeTask, deployProcess, makeEngineContext, makeLogger, makeSystemClock, saveUser, startProcess, listTasks } from '../engine/index.ts';
import { makeDb } from '../models/db.ts';
const xml = readFileSync(new URL('./fixtures/review.bpmn', import.meta.url), 'utf8');
const admin = { userId: 'admin', roles: ['admin'] as any, groups: ['backoffice'], onBehalfOf: null };
const dir = mkdtempSync(join(tmpdir(), 'cd-'));
const db = await makeDb({ client: 'sqlite', filename: join(dir, 'b.sqlite') });
const ctx = makeEngineContext({ db, clock: makeSystemClock(), logger: makeLogger('silent') });
await saveUser(ctx, null, { id: 'admin', name: 'admin', roles: ['admin'], groups: ['backoffice'] });
await deployProcess(ctx, admin, { bpmnXml: xml });
const count = async () => Number((await db('change_feed').count({ n: '*' }).first())!.n);
const feedOf = async () => db('change_feed').where('entity', 'instance').count({ n: '*' }).first();
async function round(n: number) {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const inst = await startProcess(ctx, admin, { key: 'review' });
    const task = (await db('tasks').where('instance_id', inst.id).first())!;
    await claimTask(ctx, admin, task.id);
    await completeTask(ctx, admin, task.id, {});
  }
  return (performance.now() - t0) / n;
}
await round(300);
const before = await count();
const on: number[] = [], off: number[] = [];
for (let r = 0; r < 8; r++) {
  on.push(await round(100));
  await db.raw('DROP TRIGGER feed_process_instances_insert');
  await db.raw('DROP TRIGGER feed_process_instances_update');
  off.push(await round(100));
  const { createFeedTriggers } = await import('../models/feed-triggers.ts');
  await db.transaction((trx) => createFeedTriggers(trx));
}
console.log('instance records', (await feedOf())?.n, 'feed rows', (await count()) - before);
console.log('ms per start+claim+complete with instance feed', on.map((x) => x.toFixed(2)), 'without', off.map((x) => x.toFixed(2)));
await db.destroy();
