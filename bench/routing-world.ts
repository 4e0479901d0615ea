/** Builds large routing worlds straight into the database (bulk inserts), for bench/routing.bench.ts. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeEngineContext, makeLogger, makeSystemClock, type EngineContext } from '../engine/index.ts';
import { newTask } from '../engine/process/runtime/index.ts';
import {
  insertAgents,
  insertTasks,
  insertUsers,
  saveQueue,
  type AgentRecord,
  type TaskRecord,
} from '../models/index.ts';
import { makeDb } from '../models/db.ts';
import type { DatabaseConfig } from '../config.ts';

/** A deterministic pseudo-random source, so every run builds the same world. */
export function makeRandom(seed = 42) {
  let s = seed >>> 0;
  const next = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  return { next, int: (n: number) => Math.floor(next() * n) };
}

/** Shape of a world. */
export interface WorldSpec {
  agents: number;
  skills: number;
  queues: number;
  waiting: number;
  /** Tasks each agent already holds (agents with capacity = held are full). */
  held: number;
  capacity: number;
  skillsPerAgent: number;
}

let taskSeq = 0;

/** A queued task as a process would create it (no process: the benchmark measures routing). */
export function benchTask(
  rnd: ReturnType<typeof makeRandom>,
  spec: WorldSpec,
  now: number,
  fields: Partial<TaskRecord> = {},
): TaskRecord {
  const id = `tk_b${(taskSeq++).toString(36)}`;
  const skills = Array.from({ length: 1 + rnd.int(2) }, () => ({
    name: `s${rnd.int(spec.skills)}`,
    level: 1 + rnd.int(5),
  }));
  const unique = [...new Map(skills.map((s) => [s.name, s])).values()];
  return newTask({
    id,
    executionId: `bench:${id}`,
    name: id,
    state: 'QUEUED',
    channel: 'BACKOFFICE',
    priority: rnd.int(100),
    businessValue: rnd.int(100),
    skills: unique,
    queue: `q${rnd.int(spec.queues)}`,
    createdAt: now,
    enqueuedAt: now - rnd.int(3_600_000),
    ...fields,
  });
}

/**
 * Opens a fresh database (SQLite, or the empty PostgreSQL database of `database`) and fills it with
 * queues, available agents (with held work) and waiting tasks.
 */
export async function buildWorld(
  spec: WorldSpec,
  database?: DatabaseConfig,
): Promise<{ ctx: EngineContext; agents: AgentRecord[]; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'crossdesk-bench-routing-'));
  const db = await makeDb(database ?? { client: 'sqlite', filename: join(dir, 'bench.sqlite') });
  const ctx = makeEngineContext({ db, clock: makeSystemClock(), logger: makeLogger('silent') });
  const rnd = makeRandom();
  const now = ctx.clock.now();
  for (let q = 0; q < spec.queues; q++) {
    await saveQueue(db, {
      name: `q${q}`,
      channel: 'BACKOFFICE',
      slaSeconds: 14_400,
      slaTargetPercent: 80,
      reservationTimeoutSeconds: 60,
      agingPerMinute: 1 + (q % 3),
      pauseReturnSeconds: 900,
      maxMissedOffers: 3,
      serviceLevelRule: 'EXCLUDE_SHORT_ABANDONS',
      abandonGraceSeconds: 5,
      siteId: null,
      businessHoursSla: false,
      escalation: [],
      dispositionCodes: [],
      cannedResponses: [],
      createdAt: now,
      updatedAt: now,
    });
  }
  const agents: AgentRecord[] = Array.from({ length: spec.agents }, (_, i) => {
    const skills = new Map<string, number>();
    while (skills.size < spec.skillsPerAgent) skills.set(`s${rnd.int(spec.skills)}`, 3 + rnd.int(8));
    return {
      id: `ag${i}`,
      name: `Agent ${i}`,
      roles: ['agent'],
      groups: [],
      siteId: null,
      skills: [...skills].map(([name, level]) => ({ name, level })),
      capacity: { VOICE: 0, CHAT: 0, EMAIL: 0, BACKOFFICE: spec.capacity, total: spec.capacity },
      presence: 'AVAILABLE',
      presenceReason: null,
      presenceSince: now,
      missedOffers: 0,
      idleSince: now - rnd.int(600_000),
      ctiAt: null,
      version: 0,
      updatedAt: now,
    };
  });
  await insertUsers(
    db,
    agents.map((a) => ({
      id: a.id,
      name: a.name,
      email: null,
      roles: a.roles,
      groups: [],
      siteId: null,
      passwordHash: null,
      active: true,
      createdAt: now,
    })),
  );
  await insertAgents(db, agents);
  const held: TaskRecord[] = agents.flatMap((a) =>
    Array.from({ length: spec.held }, () =>
      benchTask(rnd, spec, now, { state: 'ASSIGNED', assigneeId: a.id, claimedAt: now, skills: [] }),
    ),
  );
  for (let i = 0; i < held.length; i += 2000) await insertTasks(db, held.slice(i, i + 2000));
  for (let i = 0; i < spec.waiting; i += 2000)
    await insertTasks(
      db,
      Array.from({ length: Math.min(2000, spec.waiting - i) }, () => benchTask(rnd, spec, now)),
    );
  return { ctx, agents, close: async () => (await db.destroy(), rmSync(dir, { recursive: true, force: true })) };
}
