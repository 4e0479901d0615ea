import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexPkg, { type Knex } from 'knex';
import { knexConfig, makeDb } from '../../models/db.ts';
import { startWalCheckpoints } from '../../models/wal-checkpoints.ts';
import { TEST_DATABASE } from '../support/context.ts';

const { knex } = knexPkg;

describe('WAL checkpoints off the request path (SQLite)', () => {
  let dir: string;
  let db: Knex | undefined;
  before(function () {
    if (TEST_DATABASE.client === 'pg') this.skip();
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'crossdesk-wal-'));
  });
  afterEach(async () => {
    await db?.destroy();
    db = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const fill = async (handle: Knex) => {
    await handle.schema.createTable('filler', (t) => t.text('body'));
    // ~4 MB: about 1,000 pages, the point where SQLite's own checkpoint would have run in a commit.
    for (let i = 0; i < 40; i++)
      await handle('filler').insert(Array.from({ length: 10 }, () => ({ body: 'x'.repeat(10_000) })));
  };

  it('given the main connection, then commits never checkpoint: the pages stay in the WAL until the checkpoint thread copies them', async () => {
    const filename = join(dir, 'db.sqlite');
    db = knex(knexConfig({ client: 'sqlite', filename }));
    assert.deepEqual(await db.raw('PRAGMA wal_autocheckpoint'), [{ wal_autocheckpoint: 0 }]);
    await fill(db);
    const before = statSync(filename).size;
    assert.ok(statSync(`${filename}-wal`).size > 4_000_000, 'the commits went to the WAL');
    const checkpoints = startWalCheckpoints(filename, 60_000);
    await checkpoints.runOnce();
    await checkpoints.stop();
    assert.ok(
      statSync(filename).size - before > 4_000_000,
      `the checkpoint copied the pages into the database file (${before} -> ${statSync(filename).size})`,
    );
    assert.equal((await db('filler').count({ n: '*' }))[0].n, 400, 'the main connection reads everything');
  });

  it('given makeDb, then its checkpoint thread runs by itself and ends with the handle', async () => {
    const filename = join(dir, 'db.sqlite');
    const handle = await makeDb({ client: 'sqlite', filename });
    await fill(handle);
    const before = statSync(filename).size;
    // The thread checkpoints every 250 ms; give it a few rounds of real time (the file is the witness).
    const deadline = Date.now() + 5_000;
    while (statSync(filename).size - before < 4_000_000 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    assert.ok(statSync(filename).size - before > 4_000_000, 'the background checkpoint copied the pages');
    await handle.destroy();
  });
});
