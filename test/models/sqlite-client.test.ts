import { strict as assert } from 'node:assert';
import type { Knex } from 'knex';
import { YIELD_AFTER_MS } from '../../models/sqlite-client.ts';
import { makeTestDb, TEST_DATABASE, type TestDb } from '../support/context.ts';

describe('the SQLite client shares the event loop', () => {
  let t: TestDb;
  let db: Knex;
  before(function () {
    if (TEST_DATABASE.client === 'pg') this.skip();
  });
  beforeEach(async () => {
    t = await makeTestDb();
    db = t.db;
  });
  afterEach(() => t?.destroy());

  it('given a loop of statements that never waits for I/O, then timers and I/O still get a turn within a few slices', async () => {
    let turned = false;
    setImmediate(() => {
      turned = true;
    });
    const started = performance.now();
    let statements = 0;
    // Synchronous statements resolve as microtasks: without the client's yield this loop would run
    // for the whole budget and the immediate above would wait until it ended.
    while (!turned && performance.now() - started < 20 * YIELD_AFTER_MS) {
      await db.raw('select 1');
      statements += 1;
    }
    assert.ok(turned, `the event loop got no turn in ${statements} statements`);
    assert.ok(performance.now() - started < 5 * YIELD_AFTER_MS, 'the turn came after about one slice');
  });

  it('given a transaction that yields in the middle, then a reader from outside waits for the commit and sees all of it', async () => {
    await db.schema.createTable('pairs', (tb) => tb.integer('n'));
    let inserted = 0;
    let seen: number | null = null;
    await db.transaction(async (trx) => {
      const until = performance.now() + 3 * YIELD_AFTER_MS;
      let reader: Promise<void> | null = null;
      while (performance.now() < until) {
        await trx('pairs').insert({ n: inserted++ });
        // Started while the transaction is open; it gets the one connection only after the commit.
        reader ??= Promise.resolve(db('pairs').count({ c: '*' })).then(([row]) => {
          seen = Number(row.c);
        });
      }
      assert.equal(seen, null, 'the reader did not run inside the transaction');
      void reader;
    });
    const deadline = Date.now() + 1000;
    while (seen === null && Date.now() < deadline) await new Promise((r) => setImmediate(r));
    assert.ok(inserted > 1);
    assert.equal(seen, inserted);
  });

  it('given another connection holding the write lock, then a write waits for it without blocking the event loop, and lands after its commit', async () => {
    await db.schema.createTable('log', (tb) => tb.text('who'));
    const other = await t.reopen();
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const holder = other.transaction(async (trx) => {
      await trx('log').insert({ who: 'first' });
      await held;
    });
    await new Promise((r) => setTimeout(r, 5));
    let timerRan = false;
    const write = db('log').insert({ who: 'second' });
    setTimeout(() => {
      timerRan = true;
      release();
    }, 20);
    await write;
    await holder;
    assert.ok(timerRan, 'the event loop ran a timer while the write waited for the lock');
    assert.deepEqual(
      (await db('log').select('who')).map((r) => r.who),
      ['first', 'second'],
    );
  });
});

describe('the SQLite client keeps prepared statements (statement-cache.ts)', () => {
  let t: TestDb;
  before(function () {
    if (TEST_DATABASE.client === 'pg') this.skip();
  });
  beforeEach(async () => {
    t = await makeTestDb();
  });
  afterEach(() => t?.destroy());

  it('given a table changed between two runs of the same query, then the reused statement reads the new shape and rows', async () => {
    const { db } = t;
    await db.schema.createTable('shapes', (tb) => tb.integer('n'));
    await db('shapes').insert({ n: 1 });
    const all = () => db('shapes').select('*').orderBy('n');
    assert.deepEqual(await all(), [{ n: 1 }]);
    await db.schema.alterTable('shapes', (tb) => tb.string('label'));
    await db('shapes').insert({ n: 2, label: 'two' });
    assert.deepEqual(await all(), [
      { n: 1, label: null },
      { n: 2, label: 'two' },
    ]);
  });
});
