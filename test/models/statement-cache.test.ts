import { strict as assert } from 'node:assert';
import { keepStatements } from '../../models/statement-cache.ts';
import { makeTestDb, TEST_DATABASE, type TestDb } from '../support/context.ts';

/** A connection stand-in that counts what it was asked to prepare. */
const counting = () => {
  const prepared: string[] = [];
  return { prepared, conn: keepStatements({ prepare: (sql: string) => (prepared.push(sql), { sql }) }, 2) };
};

describe('SQLite connections keep their prepared statements', () => {
  it('given the same write twice, then it is prepared once and the same statement is answered', () => {
    const { prepared, conn } = counting();
    const first = conn.prepare('update tasks set state = ? where id = ?');
    const second = conn.prepare('update tasks set state = ? where id = ?');
    assert.equal(first, second);
    assert.deepEqual(prepared, ['update tasks set state = ? where id = ?']);
  });

  it('given more statements than it keeps, then the least recently used one is prepared again', () => {
    const { prepared, conn } = counting();
    for (const sql of ['select 1', 'select 2', 'select 1', 'select 3', 'select 1', 'select 2']) conn.prepare(sql);
    // Kept two: "select 2" went when "select 3" came ("select 1" had been used since), so it is prepared twice.
    assert.deepEqual(prepared, ['select 1', 'select 2', 'select 3', 'select 2']);
  });

  it('given a PRAGMA or DDL, then it is prepared every time', () => {
    const { prepared, conn } = counting();
    for (let i = 0; i < 2; i++) conn.prepare('PRAGMA table_info(tasks)');
    for (let i = 0; i < 2; i++) conn.prepare('create table x (n integer)');
    assert.equal(prepared.length, 4);
  });

  describe('on a real database', () => {
    let t: TestDb;
    before(function () {
      if (TEST_DATABASE.client === 'pg') this.skip();
    });
    beforeEach(async () => {
      t = await makeTestDb();
    });
    afterEach(() => t?.destroy());

    it('given a kept insert and then a trigger created on its table, then the next run fires the trigger', async () => {
      const { db } = t;
      await db.schema.createTable('things', (tb) => tb.integer('n'));
      await db.schema.createTable('seen', (tb) => tb.integer('n'));
      await db('things').insert({ n: 1 });
      await db.raw('CREATE TRIGGER things_seen AFTER INSERT ON things BEGIN INSERT INTO seen (n) VALUES (NEW.n); END');
      await db('things').insert({ n: 2 });
      assert.deepEqual(
        (await db('seen').select('n')).map((r) => r.n),
        [2],
      );
    });
  });
});
