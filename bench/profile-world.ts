import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  claimTask,
  completeTask,
  deployProcess,
  makeEngineContext,
  makeLogger,
  makeSystemClock,
  queryTasks,
  saveUser,
  startProcess,
  TaskSort,
  type EngineContext,
} from '../engine/index.ts';
import { makeDb } from '../models/db.ts';

/** The world of bench/profile-commands.ts and bench/statement-costs.ts: one engine on a fresh SQLite file. */

export const OPS = Number(process.env.BENCH_OPS ?? 250);
export const admin = { userId: 'admin', roles: ['admin'] as any, groups: ['backoffice'], onBehalfOf: null };
export const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}.bpmn`, import.meta.url), 'utf8');

/** An engine context with `xml` deployed and an admin; `file` is its database. */
export async function world(xml: string, clock = makeSystemClock()) {
  const dir = mkdtempSync(join(tmpdir(), 'crossdesk-profile-'));
  const file = join(dir, 'bench.sqlite');
  const db = await makeDb({ client: 'sqlite', filename: file });
  const ctx = makeEngineContext({ db, clock, logger: makeLogger('silent') });
  await saveUser(ctx, null, { id: 'admin', name: 'admin', roles: ['admin'], groups: ['backoffice'] });
  await deployProcess(ctx, admin, { bpmnXml: xml });
  return { ctx, file, close: async () => (await db.destroy(), rmSync(dir, { recursive: true, force: true })) };
}

/** Starts OPS instances of `key`: their ids. */
export const startN =
  (ctx: EngineContext, key: string, variables = {}) =>
  async () => {
    const ids: string[] = [];
    for (let i = 0; i < OPS; i++) ids.push((await startProcess(ctx, admin, { key, variables })).id);
    return ids;
  };

/** bench:engine's claim+complete of an instance's task: the task query, claim, complete. */
export const claimComplete = (ctx: EngineContext) => async (ids: string[]) => {
  for (const instanceId of ids) {
    const { rows } = await queryTasks(ctx, { instanceId }, TaskSort.CREATED, 0, 1);
    await claimTask(ctx, admin, rows[0]!.id);
    await completeTask(ctx, admin, rows[0]!.id, { approved: true });
  }
};

/** The first task of each instance. */
export async function firstTasks(ctx: EngineContext, ids: string[]) {
  const tasks = [];
  for (const instanceId of ids) tasks.push((await queryTasks(ctx, { instanceId }, TaskSort.CREATED, 0, 1)).rows[0]!);
  return tasks;
}
