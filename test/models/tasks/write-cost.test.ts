import { strict as assert } from 'node:assert';
import { makeTestDb, TEST_DATABASE, type TestDb } from '../../support/context.ts';

/**
 * Migration 0030: what a task's state change writes (models/migrations/0030-lean-task-writes.ts). The
 * plans are SQLite's (EXPLAIN QUERY PLAN); PostgreSQL gets the same indexes.
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
});
