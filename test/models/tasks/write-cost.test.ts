import { strict as assert } from 'node:assert';
import { makeTestDb, TEST_DATABASE, type TestDb } from '../../support/context.ts';

/**
 * Migrations 0030 and 0031: what a task's state change writes (models/migrations/0030-lean-task-writes.ts,
 * 0031-lean-offer-writes.ts). The plans are SQLite's (EXPLAIN QUERY PLAN) and PostgreSQL's (EXPLAIN, with
 * sequential scans off so that a usable index shows).
 */
describe('models/tasks: lean task writes', () => {
  let testDb: TestDb;
  beforeEach(async () => (testDb = await makeTestDb()));
  afterEach(() => testDb.destroy());

  const plan = async (sql: string, bindings: string[]) =>
    ((await testDb.db.raw(`EXPLAIN QUERY PLAN ${sql}`, bindings)) as { detail: string }[])
      .map((r) => r.detail)
      .join('; ');

  const indexNames = async () =>
    TEST_DATABASE.client === 'pg'
      ? ((await testDb.db.raw(`SELECT indexname AS name FROM pg_indexes WHERE tablename IN ('tasks', 'change_feed')`))
          .rows as { name: string }[])
      : ((await testDb.db.raw(
          `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('tasks', 'change_feed')`,
        )) as { name: string }[]);

  it('has no index on the feed time, a by-site index of sited tasks only and an assignee index with the channel', async () => {
    const names = (await indexNames()).map((r) => r.name);
    assert.ok(!names.includes('change_feed_at_index'));
    assert.ok(names.includes('tasks_site_state_idx'));
    assert.ok(names.includes('tasks_assignee_state_channel_idx'));
    assert.ok(!names.includes('tasks_assignee_id_state_index'));
  });

  it('reads an agent load from the index alone and still finds sited tasks by index (SQLite plans)', async function () {
    if (TEST_DATABASE.client === 'pg') this.skip();
    const loads = await plan(
      'SELECT assignee_id, channel, state, count(*) FROM tasks WHERE assignee_id IN (?) AND state IN (?, ?) GROUP BY assignee_id, channel, state',
      ['ann', 'ASSIGNED', 'PAUSED'],
    );
    assert.match(loads, /COVERING INDEX tasks_assignee_state_channel_idx/);
    assert.match(
      await plan('SELECT id FROM tasks WHERE site_id IN (?, ?) AND state = ?', ['a', 'b', 'QUEUED']),
      /tasks_site_state_idx/,
    );
  });

  const pgPlan = async (sql: string, bindings: string[]) =>
    testDb.db.transaction(async (trx) => {
      await trx.raw('SET LOCAL enable_seqscan = off');
      const { rows } = await trx.raw(`EXPLAIN ${sql}`, bindings);
      return (rows as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']).join('; ');
    });

  it('keeps only assigned tasks in the assignee index and only process tasks in the instance index, and queries by either still use them', async () => {
    const read = TEST_DATABASE.client === 'pg' ? pgPlan : plan;
    const pg = TEST_DATABASE.client === 'pg';
    const partial = pg
      ? ((
          await testDb.db.raw(
            `SELECT indexname AS name, indexdef AS sql FROM pg_indexes WHERE tablename = 'tasks' AND indexname IN (?, ?)`,
            ['tasks_assignee_state_channel_idx', 'tasks_instance_id_state_index'],
          )
        ).rows as { name: string; sql: string }[])
      : ((await testDb.db.raw(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN (?, ?)`, [
          'tasks_assignee_state_channel_idx',
          'tasks_instance_id_state_index',
        ])) as { name: string; sql: string }[]);
    assert.equal(partial.length, 2);
    for (const r of partial) assert.match(r.sql, /WHERE \(?(assignee_id|instance_id) IS NOT NULL/i, r.name);
    assert.match(
      await read('SELECT count(*) FROM tasks WHERE assignee_id = ? AND state IN (?, ?)', ['ann', 'ASSIGNED', 'PAUSED']),
      /tasks_assignee_state_channel_idx/,
    );
    assert.match(
      await read('SELECT id FROM tasks WHERE instance_id IN (?, ?)', ['pi_1', 'pi_2']),
      /tasks_instance_id_state_index/,
    );
    assert.match(
      await read('SELECT id FROM tasks WHERE state = ? AND assignee_id IS NULL', ['QUEUED']),
      pg ? /Index|Bitmap/ : /USING INDEX/,
      'unassigned work is still read by index',
    );
  });

  it("gives SQLite's feed no sequence row to rewrite on every commit (no AUTOINCREMENT)", async function () {
    if (TEST_DATABASE.client === 'pg') this.skip();
    const [{ sql }] = (await testDb.db.raw(`SELECT sql FROM sqlite_master WHERE name = 'change_feed'`)) as {
      sql: string;
    }[];
    assert.doesNotMatch(sql, /autoincrement/i);
    assert.match(sql, /integer not null primary key/i);
  });
});
