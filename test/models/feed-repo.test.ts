import { strict as assert } from 'node:assert';
import knexPkg, { type Knex } from 'knex';
import {
  deleteFeedCheckpoint,
  feedHead,
  FEED_START,
  pruneFeed,
  readFeed,
  saveFeedCheckpoint,
  type FeedPosition,
  type FeedRecord,
} from '../../models/index.ts';
import { knexConfig } from '../../models/db.ts';
import { makeTestDb, TEST_DATABASE, type TestDb } from '../support/context.ts';

const { knex } = knexPkg;

const queueRow = (name: string) => ({
  name,
  sla_seconds: 20,
  sla_target_percent: 80,
  reservation_timeout_seconds: 30,
  aging_per_minute: 1,
  pause_return_seconds: 60,
  max_missed_offers: 3,
  created_at: 1,
  updated_at: 1,
});

/** Reads everything readable from `from`, as a reader polling would. */
async function readAll(db: Knex, from: FeedPosition): Promise<{ records: FeedRecord[]; position: FeedPosition }> {
  const records: FeedRecord[] = [];
  let position = from;
  for (;;) {
    const batch = await readFeed(db, position, 7);
    if (batch.length === 0) return { records, position };
    records.push(...batch);
    position = batch[batch.length - 1].position;
  }
}

/**
 * Reads until `count` records came (PostgreSQL: a transaction running anywhere on the server, another
 * test's too, holds readers back for its length), then once more: nothing beyond them.
 */
async function readSettled(db: Knex, from: FeedPosition, count: number): Promise<FeedRecord[]> {
  let got = await readAll(db, from);
  for (let i = 0; i < 400 && got.records.length < count; i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    got = await readAll(db, from);
  }
  return got.records;
}

describe('change feed store', function () {
  this.timeout(60_000);
  let testDb: TestDb;
  const handles: Knex[] = [];
  const node = (nodeId: string) => {
    const config = knexConfig(testDb.described.database, nodeId);
    const handle = knex(TEST_DATABASE.client === 'pg' ? { ...config, pool: { ...config.pool, max: 4 } } : config);
    handles.push(handle);
    return handle;
  };

  beforeEach(async () => {
    testDb = await makeTestDb();
  });
  afterEach(async () => {
    await Promise.all(handles.splice(0).map((h) => h.destroy()));
    await testDb.destroy();
  });

  it('records an insert and a news-worthy update in the writing transaction, with the row, version and node; a rolled-back change leaves nothing', async () => {
    const a = node('node-a');
    const start = await feedHead(a);
    await a('queues').insert(queueRow('hotline'));
    await a('queues').where({ name: 'hotline' }).update({ sla_seconds: 30 });
    await a('api_tokens')
      .insert({ id: 't1', user_id: 'admin', token_hash: 'secret-hash', created_at: 1 })
      .catch(() => {});
    await assert.rejects(
      a.transaction(async (trx) => {
        await trx('queues').insert(queueRow('ghost'));
        throw new Error('rolled back');
      }),
    );
    const records = await readSettled(a, start, 2);
    assert.deepEqual(
      records.map((r) => [r.entity, r.entityId, r.op, r.origin]),
      [
        ['queue', 'hotline', 'I', 'node-a'],
        ['queue', 'hotline', 'U', 'node-a'],
      ],
    );
    assert.equal(Number(records[1].row.sla_seconds), 30);
    assert.ok(!JSON.stringify(records).includes('secret-hash'), 'token inserts are not news, and hashes never');
  });

  it('keeps secrets out: a revoked token and a deactivated user say who, never the hash', async () => {
    const a = node('node-a');
    await a('users').insert({
      id: 'ann',
      name: 'Ann',
      roles: '[]',
      groups: '[]',
      password_hash: 'pw-hash',
      created_at: 1,
    });
    await a('api_tokens').insert({ id: 't1', user_id: 'ann', token_hash: 'tok-hash', created_at: 1 });
    const start = await feedHead(a);
    await a('api_tokens').where({ id: 't1' }).update({ revoked_at: 5 });
    await a('users').where({ id: 'ann' }).update({ active: false });
    const records = await readSettled(a, start, 2);
    assert.deepEqual(
      records.map((r) => [r.entity, r.entityId, r.row.user_id ?? r.row.id]),
      [
        ['session', 't1', 'ann'],
        ['user', 'ann', 'ann'],
      ],
    );
    assert.ok(!JSON.stringify(records).includes('hash'));
  });

  it('pruning deletes old records only below the slowest checkpoint, and a lapsed node checkpoint stops holding it back', async () => {
    const a = node('node-a');
    for (let i = 0; i < 6; i++) await a('queues').insert(queueRow(`q${i}`));
    const all = await readSettled(a, FEED_START, 6);
    assert.equal(all.length, 6);
    const future = Date.now() + 3600_000;
    await saveFeedCheckpoint(a, 'report', all[2].position, future, true);
    await saveFeedCheckpoint(a, 'node:old', all[0].position, 1, false);
    assert.equal(await pruneFeed(a, future, 1000), 3, 'up to the durable checkpoint; the lapsed node one is gone');
    assert.deepEqual(
      (await readAll(a, FEED_START)).records.map((r) => r.entityId),
      ['q3', 'q4', 'q5'],
    );
    assert.equal(await pruneFeed(a, 0, 1000), 0, 'nothing younger than the retention goes');
    await deleteFeedCheckpoint(a, 'report');
    assert.equal(await pruneFeed(a, future, 1000), 2, 'all old records but the newest');
    assert.equal(await pruneFeed(a, future, 1000), 0, 'the newest record stays, however old');
    await a('queues').insert(queueRow('after'));
    const after = await readSettled(a, all[5].position, 1);
    assert.deepEqual(
      after.map((r) => r.entityId),
      ['after'],
      'ids are not reused after pruning (SQLite hands out one more than the largest id present)',
    );
  });

  it('pruning cuts in id order at the first young record: an older time after it (a clock stepped back) is kept', async () => {
    const a = node('node-a');
    for (let i = 0; i < 4; i++) await a('queues').insert(queueRow(`s${i}`));
    const fed = await readSettled(a, FEED_START, 4);
    const ats = [100, 200, 5_000, 150];
    for (const [i, record] of fed.entries())
      await a('change_feed').where({ id: record.position.id }).update({ at: ats[i] });
    assert.equal(await pruneFeed(a, 1_000, 0), 2, 'the two records before the first young one');
    assert.deepEqual(
      (await readAll(a, FEED_START)).records.map((r) => r.entityId),
      ['s2', 's3'],
    );
  });

  it('a slow transaction that commits after faster ones is read once by each of two nodes, none skipped, none twice', async function () {
    if (TEST_DATABASE.client !== 'pg') return this.skip(); // one writer at a time on SQLite: ids are commit order
    const a = node('node-a');
    const b = node('node-b');
    const readers = [node('reader-1'), node('reader-2')];
    const positions = await Promise.all(readers.map((r) => feedHead(r)));
    const seen: string[][] = [[], []];
    const readOnce = async () => {
      for (let i = 0; i < readers.length; i++) {
        const { records, position } = await readAll(readers[i], positions[i]);
        positions[i] = position;
        seen[i].push(...records.map((r) => r.entityId));
      }
    };
    // The slow one takes its id first and commits last.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const slowInserted = new Promise<void>((resolve) => (inserted = resolve));
    const slow = a.transaction(async (trx) => {
      await trx('queues').insert(queueRow('slow'));
      inserted();
      await held;
    });
    await slowInserted;
    for (let i = 0; i < 10; i++) {
      await b('queues').insert(queueRow(`fast-${i}`));
      await readOnce();
    }
    assert.deepEqual(seen, [[], []], 'nothing is readable past a transaction still running');
    release();
    await slow;
    for (let i = 10; i < 15; i++) {
      await b('queues').insert(queueRow(`fast-${i}`));
      await readOnce();
    }
    // Any transaction running on the server (other databases too) holds readers back: latency, not loss.
    const expected = ['slow', ...Array.from({ length: 15 }, (_, i) => `fast-${i}`)].sort();
    for (let i = 0; i < 200 && seen.some((names) => names.length < expected.length); i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      await readOnce();
    }
    for (const names of seen) {
      assert.deepEqual([...names].sort(), expected);
      assert.equal(new Set(names).size, names.length, 'nothing read twice');
    }
  });
});
