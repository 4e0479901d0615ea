import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexPkg, { type Knex } from 'knex';
import { loadConfig, parseDatabaseUrl } from '../../config.ts';
import {
  makeEngineContext,
  makeLogger,
  makeManualClock,
  saveUser,
  upsertAgent,
  SYSTEM_ACTOR,
  type EngineContext,
  type ManualClock,
  type EngineOptions,
} from '../../engine/index.ts';
import { knexConfig } from '../../models/db.ts';
import { migrationSource } from '../../models/migrations/index.ts';
import { setupTimes, sharedTestDatabases, type TestDatabases } from './pg-databases.ts';

const { knex } = knexPkg;

/** Where the suite runs: SQLite by default, PostgreSQL when DATABASE_URL says so. */
export const TEST_DATABASE = parseDatabaseUrl(process.env.DATABASE_URL || ':memory:');

/** A fresh database for one test: a new SQLite file, or a clone of the migrated template on PostgreSQL. */
export interface TestDb {
  db: Knex;
  /** How another process reaches the same database (see openDescribedDb). */
  described: DescribedDb;
  /** Opens another handle on the same database (a second server, or one after a restart). */
  reopen(): Promise<Knex>;
  destroy(): Promise<void>;
}

/** A database as another process can open it. */
export interface DescribedDb {
  database: typeof TEST_DATABASE;
}

/** Opens a database described by makeTestDb (used by child processes in restart tests). */
export function openDescribedDb(described: DescribedDb): Knex {
  return knex(knexConfig(described.database));
}

/** This process's PostgreSQL test databases (one admin connection, one template per set of migrations). */
export function testDatabases(): TestDatabases {
  if (TEST_DATABASE.client !== 'pg') throw new Error('test databases are cloned on PostgreSQL only');
  return sharedTestDatabases(TEST_DATABASE.connectionString);
}

/** Creates a fresh, migrated database. */
export async function makeTestDb(): Promise<TestDb> {
  const started = performance.now();
  const testDb = await (TEST_DATABASE.client === 'pg' ? makePgDb() : makeSqliteDb());
  setupTimes.push(performance.now() - started);
  return testDb;
}

async function makePgDb(): Promise<TestDb> {
  const databases = testDatabases();
  const url = await databases.create();
  const database = { client: 'pg' as const, connectionString: url };
  const config: Knex.Config = { ...knexConfig(database), pool: { min: 0, max: 6 } };
  const handles = [knex(config)];
  return {
    db: handles[0],
    described: { database },
    reopen: async () => handles[handles.push(knex(config)) - 1],
    async destroy() {
      await Promise.all(handles.map((h) => h.destroy()));
      await databases.drop(url);
    },
  };
}

async function makeSqliteDb(): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), 'crossdesk-test-'));
  const database = { client: 'sqlite' as const, filename: join(dir, 'test.sqlite') };
  const config = knexConfig(database);
  const handles = [knex(config)];
  await handles[0].migrate.latest({ migrationSource });
  return {
    db: handles[0],
    described: { database },
    reopen: async () => handles[handles.push(knex(config)) - 1],
    async destroy() {
      await Promise.all(handles.map((h) => h.destroy()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A test's engine: fresh database, manual clock, quiet logger. */
export interface TestEngine {
  ctx: EngineContext;
  clock: ManualClock;
  testDb: TestDb;
  close(): Promise<void>;
}

/**
 * The hot-engine cache of test engines: the engine's default unless CROSSDESK_ENGINE_CACHE_BYTES says
 * otherwise, so the whole suite can run with the cache off (`=0`) and prove it changes no outcome.
 */
const TEST_CACHE_BYTES = loadConfig({
  CROSSDESK_ENGINE_CACHE_BYTES: process.env.CROSSDESK_ENGINE_CACHE_BYTES,
}).engineCacheBytes;

/** Makes an engine context over a fresh database with a manual clock. */
export async function makeTestEngine(options: Partial<EngineOptions> = {}): Promise<TestEngine> {
  const testDb = await makeTestDb();
  const clock = makeManualClock();
  const ctx = makeEngineContext({
    db: testDb.db,
    clock,
    logger: makeLogger('silent'),
    options: { engineCacheBytes: TEST_CACHE_BYTES, ...options },
  });
  return { ctx, clock, testDb, close: () => testDb.destroy() };
}

/** Seeds the standard test users (designer, expert, supervisor, ...) with their roles and groups. */
export async function seedUsers(ctx: EngineContext): Promise<void> {
  const users = [
    { id: 'designer', roles: ['designer'], groups: [] },
    { id: 'expert', roles: ['expert'], groups: ['backoffice', 'billing'] },
    { id: 'expert2', roles: ['expert'], groups: ['backoffice'] },
    { id: 'outsider', roles: ['expert'], groups: ['sales'] },
    { id: 'agent', roles: ['agent'], groups: ['frontline'] },
    { id: 'supervisor', roles: ['supervisor'], groups: [] },
    { id: 'integrator', roles: ['integrator'], groups: [] },
  ];
  for (const u of users) await saveUser(ctx, null, { id: u.id, name: u.id, roles: u.roles, groups: u.groups });
  // The workers hold the skills the fixtures ask for, with room for many tasks at once: tests of the
  // process engine are not tests of capacity (test/engine/desk/routing has those).
  const skills = [
    { name: 'billing', level: 5 },
    { name: 'spanish', level: 3 },
    { name: 'complaints', level: 5 },
    { name: 'writing', level: 5 },
  ];
  const capacity = { VOICE: 1, CHAT: 10, EMAIL: 10, BACKOFFICE: 100, total: 100 };
  for (const id of ['expert', 'expert2', 'agent']) await upsertAgent(ctx, SYSTEM_ACTOR, { id, skills, capacity });
}
