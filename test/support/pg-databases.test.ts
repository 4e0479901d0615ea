import { strict as assert } from 'node:assert';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import knexPkg, { type Knex } from 'knex';
import { migrationSource } from '../../models/migrations/index.ts';
import { makeTestDb, TEST_DATABASE, testDatabases, type TestDb } from './context.ts';
import { TestDatabases } from './pg-databases.ts';
import { isStale, migrationsKey, scratchName, templateName, withDatabase, type TemplateSource } from './pg-names.ts';

const { knex } = knexPkg;
const user = (id: string) => ({ id, name: id, created_at: 1 });

describe('fresh test databases', function () {
  this.timeout(60_000);
  const open: TestDb[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((t) => t.destroy()));
  });

  it('given two tests at once, then neither sees the rows of the other, and a later one sees neither', async () => {
    const [a, b] = await Promise.all([makeTestDb(), makeTestDb()]);
    open.push(a, b);
    await a.db('users').insert(user('only-in-a'));
    await b.db('users').insert(user('only-in-b'));
    assert.deepEqual(await a.db('users').pluck('id'), ['only-in-a']);
    assert.deepEqual(await b.db('users').pluck('id'), ['only-in-b']);
    const c = await makeTestDb();
    open.push(c);
    assert.deepEqual(await c.db('users').pluck('id'), []);
  });

  it('given a fresh database, then every migration has run, and another handle sees the same rows', async () => {
    const t = await makeTestDb();
    open.push(t);
    const names = await migrationSource.getMigrations([]);
    assert.deepEqual((await t.db('knex_migrations').orderBy('id').pluck('name')).sort(), [...names].sort());
    await t.db('users').insert(user('shared'));
    assert.deepEqual(await (await t.reopen())('users').pluck('id'), ['shared']);
  });
});

describe('PostgreSQL test database names and templates', () => {
  it('names a scratch database after the base, dated and with the pid, within 63 characters, never twice', () => {
    const a = scratchName('crossdesk_ci_1764775000_12345', 1_764_775_000_000);
    assert.match(
      a,
      new RegExp(`^crossdesk_ci_1764775000_12345_cdt${(1_764_775_000).toString(36)}_${process.pid}_\\d+$`),
    );
    assert.notEqual(scratchName('x'), scratchName('x'));
    assert.equal(scratchName('b'.repeat(80)).length, 63);
    assert.equal(withDatabase('postgres://u@h:5432/base?x=1', 'other-db'), 'postgres://u@h:5432/other-db?x=1');
  });

  it('sweeps scratch databases of other processes after two hours, and old templates of other migrations', () => {
    const now = 1_764_775_000;
    const at = (seconds: number) => (now - seconds).toString(36);
    assert.equal(isStale(`base_cdt${at(3 * 3600)}_1_1`, null, now), true);
    assert.equal(isStale(`base_cdt${at(600)}_1_1`, null, now), false);
    assert.equal(isStale(`base_cdt${at(3 * 3600)}_${process.pid}_1`, null, now), false, 'not its own');
    assert.equal(isStale('crossdesk_ci_1', null, now), false);
    const built = (seconds: number) =>
      `crossdesk test template, built ${new Date((now - seconds) * 1000).toISOString()}`;
    assert.equal(isStale('crossdesk_tpl_0123456789abcdef', built(2 * 86400), now), true);
    assert.equal(isStale('crossdesk_tpl_0123456789abcdef', built(3600), now), false);
    assert.equal(isStale('crossdesk_tpl_0123456789abcdef', null, now), false);
  });

  it('keys the template on the migration files: a changed or an added migration makes a new key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crossdesk-migrations-'));
    try {
      cpSync(new URL('../../models/migrations/', import.meta.url), dir, { recursive: true });
      const url = pathToFileURL(`${dir}/`);
      const original = migrationsKey(url);
      assert.equal(original, migrationsKey(), 'a copy keys the same');
      writeFileSync(join(dir, '0099-more.ts'), 'export async function up() {}\n');
      const added = migrationsKey(url);
      writeFileSync(join(dir, '0099-more.ts'), 'export async function up() { /* changed */ }\n');
      assert.equal(new Set([original, added, migrationsKey(url)]).size, 3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('PostgreSQL templates', function () {
  this.timeout(60_000);
  let databases: TestDatabases;
  let admin: Knex;
  const key = `probe${randomBytes(4).toString('hex')}`;
  const tables = (names: string[]): TemplateSource => ({
    key: `${key}${names.length}`,
    migrate: async (db) => {
      for (const name of names) await db.schema.createTable(name, (t) => t.increments('id'));
    },
  });
  const hasTable = async (url: string, table: string) => {
    const db = knex({ client: 'pg', connection: url });
    try {
      return await db.schema.hasTable(table);
    } finally {
      await db.destroy();
    }
  };

  before(function () {
    if (TEST_DATABASE.client !== 'pg') this.skip();
    databases = new TestDatabases(TEST_DATABASE.connectionString);
    admin = knex({ client: 'pg', connection: TEST_DATABASE.connectionString });
  });
  after(async () => {
    if (!databases) return;
    await databases.close();
    for (const source of [tables(['a']), tables(['a', 'b'])])
      await admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [templateName(source)]);
    await admin.destroy();
  });

  it('given a changed migration list, then a new template is built and clones carry the new table', async () => {
    const first = await databases.create(tables(['a']));
    assert.equal(await hasTable(first, 'a'), true);
    assert.equal(await hasTable(first, 'b'), false);
    const second = await databases.create(tables(['a', 'b']));
    assert.equal(await hasTable(second, 'b'), true);
    const { rows } = await admin.raw('SELECT datname, datallowconn FROM pg_database WHERE datname LIKE ?', [
      `crossdesk_tpl_${key}%`,
    ]);
    assert.deepEqual(rows.map((r: { datname: string }) => r.datname).sort(), [
      templateName(tables(['a'])),
      templateName(tables(['a', 'b'])),
    ]);
    assert.ok(
      rows.every((r: { datallowconn: boolean }) => !r.datallowconn),
      'templates refuse connections',
    );
  });

  it('given the template was dropped by another run, then the next clone builds it again', async () => {
    await databases.create(tables(['a']));
    await admin.raw('DROP DATABASE ?? WITH (FORCE)', [templateName(tables(['a']))]);
    assert.equal(await hasTable(await databases.create(tables(['a'])), 'a'), true);
  });

  it('given a dropped test database, then it is gone from the server once the queued drops have run', async () => {
    const url = await testDatabases().create();
    await testDatabases().drop(url);
    await testDatabases().dropped();
    const name = new URL(url).pathname.slice(1);
    assert.equal((await admin.raw('SELECT 1 FROM pg_database WHERE datname = ?', [name])).rows.length, 0);
  });
});
