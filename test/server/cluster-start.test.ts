import { strict as assert } from 'node:assert';
import { setTimeout as sleep } from 'node:timers/promises';
import knexPkg, { type Knex } from 'knex';
import pg from 'pg';
import { migrateLatest, MIGRATION_LOCK_KEY } from '../../models/index.ts';
import { migrationSource } from '../../models/migrations/index.ts';
import { TEST_DATABASE, testDatabases } from '../support/context.ts';
import { sharedFixture } from '../support/fixtures.ts';
import { spawnServer, type ServerProcess } from '../support/server-process.ts';

const { knex } = knexPkg;
const TOKEN = 'cluster-start-admin';
const EMPTY = { key: 'empty', migrate: async () => undefined };

async function gql(server: ServerProcess, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: any[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The next version's migration, an "expand" step: a new nullable column and a new table, nothing removed. */
const nextVersion: Knex.MigrationSource<string> = {
  getMigrations: async () => [...(await migrationSource.getMigrations([])), '9999-next-expand'],
  getMigrationName: (name) => name,
  getMigration: async (name) =>
    name === '9999-next-expand'
      ? {
          up: async (k: Knex) => {
            await k.schema.alterTable('tasks', (t) => t.text('next_note'));
            await k.schema.createTable('next_things', (t) => t.string('id', 40).primary());
          },
          down: async () => undefined,
        }
      : migrationSource.getMigration(name),
};

describe('starts and upgrades on PostgreSQL (real processes)', function () {
  this.timeout(240_000);
  let url: string;
  const running: ServerProcess[] = [];
  before(function () {
    if (TEST_DATABASE.client !== 'pg') this.skip();
  });
  beforeEach(async () => {
    url = await testDatabases().create(EMPTY);
  });
  afterEach(async () => {
    for (const s of running.splice(0)) {
      s.child.kill('SIGKILL');
      await s.exited;
    }
    await testDatabases().drop(url);
  });

  it('three nodes started at once on an empty database wait for the migration lock and all come up', async () => {
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      // The test holds the migration lock first: the nodes must wait for it, not fail.
      await holder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      const starts = [1, 2, 3].map((i) =>
        spawnServer({ DATABASE_URL: url, CROSSDESK_NODE_ID: `start-${i}`, CROSSDESK_ADMIN_TOKEN: TOKEN }),
      );
      starts.forEach((s) => s.then((p) => running.push(p)).catch(() => undefined));
      const early = await Promise.race([
        Promise.any(starts).then(() => 'listening'),
        sleep(5_000).then(() => 'waiting'),
      ]);
      assert.equal(early, 'waiting');
      const table = await holder.query(`SELECT to_regclass('knex_migrations') AS t`);
      assert.equal(table.rows[0].t, null, 'nobody migrated while the lock was held');
      await holder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
      const servers = await Promise.all(starts);

      const known = await migrationSource.getMigrations([]);
      const ran = await holder.query('SELECT name, count(*)::int AS n FROM knex_migrations GROUP BY name');
      assert.equal(ran.rows.length, known.length);
      assert.ok(
        ran.rows.every((r: { n: number }) => r.n === 1),
        'each migration ran once',
      );
      for (const s of servers) assert.equal((await fetch(`${s.url}/health/ready`)).status, 200);
      const { cluster } = await gql(servers[0], '{ cluster { nodes { id } } }');
      assert.deepEqual(cluster.nodes.map((n: { id: string }) => n.id).sort(), ['start-1', 'start-2', 'start-3']);
    } finally {
      await holder.end();
    }
  });

  it('a running node keeps serving commands while the next version applies an expand migration', async () => {
    const server = await spawnServer({ DATABASE_URL: url, CROSSDESK_ADMIN_TOKEN: TOKEN });
    running.push(server);
    await gql(server, 'mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }', {
      x: sharedFixture('refund.bpmn'),
    });
    const start = 'mutation($v: JSON) { startProcess(input: { key: "refund", variables: $v }) { id } }';
    let stop = false;
    const started: string[] = [];
    const load = (async () => {
      for (let i = 0; !stop || i < 5; i++) {
        const v = { amount: 10, customer: { name: `U${i}` }, manager: 'admin' };
        started.push((await gql(server, start, { v })).startProcess.id);
      }
    })();
    const db = knex({ client: 'pg', connection: url, pool: { min: 0, max: 2 } });
    try {
      await sleep(500);
      await migrateLatest(db, { client: 'pg', connectionString: url }, nextVersion);
      assert.ok(await db.schema.hasColumn('tasks', 'next_note'));
      stop = true;
      await load; // every command of the old node succeeded (gql throws on any error)
      assert.ok(started.length >= 5);
      // The old node does not know the new migration and does not mind: still ready, still serving.
      assert.equal((await fetch(`${server.url}/health/ready`)).status, 200);
      const open = await gql(server, '{ processInstances(first: 1) { totalCount } }');
      assert.equal(open.processInstances.totalCount, started.length);
    } finally {
      stop = true;
      await load.catch(() => undefined);
      await db.destroy();
    }
  });
});
