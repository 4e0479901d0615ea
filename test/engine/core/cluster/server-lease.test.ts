import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { acquireServerLease, makeEngineContext, makeLogger, ServerLeaseHeldError } from '../../../../engine/index.ts';
import { findServerLease, releaseServerLease, takeServerLease } from '../../../../models/index.ts';
import { makeTestEngine, type TestEngine } from '../../../support/context.ts';

/** A pid that existed and is gone: a child that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('cluster: SQLite server lease (row with pid and heartbeat)', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await makeTestEngine({ nodes: { heartbeatMs: 60_000, staleAfterMs: 30_000, pruneAfterMs: 3600_000 } });
  });
  afterEach(() => t.close());

  const other = (nodeId: string) =>
    makeEngineContext({ db: t.ctx.db, clock: t.clock, logger: makeLogger('silent'), nodeId, options: t.ctx.options });

  it('refuses a second holder while the first one lives, pointing to PostgreSQL; the first one releases', async () => {
    // The first server is another live process on this host (this test's parent stands in for it).
    const now = t.clock.now();
    const first = { name: 'sqlite', nodeId: 'first', host: hostname(), pid: process.ppid, heartbeatAt: now };
    await takeServerLease(t.ctx.db, first, undefined);
    await assert.rejects(acquireServerLease(other('second')), (err: Error) => {
      assert.ok(err instanceof ServerLeaseHeldError);
      assert.match(err.message, /PostgreSQL/);
      assert.match(err.message, new RegExp(`pid ${process.ppid}`));
      return true;
    });
    await releaseServerLease(t.ctx.db, 'sqlite', 'first');
    const second = await acquireServerLease(other('second'));
    assert.equal((await findServerLease(t.ctx.db, 'sqlite'))?.nodeId, 'second');
    await second.release();
  });

  it('lets a second server in the same process share the lease: the first holds it until it releases', async () => {
    const first = await acquireServerLease(t.ctx);
    const second = await acquireServerLease(other('second'));
    await second.release();
    assert.equal((await findServerLease(t.ctx.db, 'sqlite'))?.nodeId, t.ctx.nodeId);
    await first.release();
    assert.equal(await findServerLease(t.ctx.db, 'sqlite'), undefined);
  });

  it('takes over at once a lease whose process on this host is gone (kill -9), heartbeat fresh or not', async () => {
    const now = t.clock.now();
    await takeServerLease(
      t.ctx.db,
      { name: 'sqlite', nodeId: 'dead', host: hostname(), pid: deadPid(), heartbeatAt: now },
      undefined,
    );
    const lease = await acquireServerLease(t.ctx);
    assert.equal((await findServerLease(t.ctx.db, 'sqlite'))?.nodeId, t.ctx.nodeId);
    await lease.release();
  });

  it('trusts a live heartbeat from another host, and takes the lease once that heartbeat is stale', async () => {
    const now = t.clock.now();
    const held = { name: 'sqlite', nodeId: 'far', host: 'another-host', pid: process.pid, heartbeatAt: now };
    await takeServerLease(t.ctx.db, held, undefined);
    await assert.rejects(acquireServerLease(t.ctx), ServerLeaseHeldError);
    t.clock.advance(30_001);
    const lease = await acquireServerLease(t.ctx);
    await lease.release();
  });

  it('lets one of two processes that both saw the lease free take it (one conditional write)', async () => {
    const seen = await findServerLease(t.ctx.db, 'sqlite');
    const lease = (nodeId: string) => ({ name: 'sqlite', nodeId, host: 'h', pid: 1, heartbeatAt: 1 });
    assert.equal(await takeServerLease(t.ctx.db, lease('a'), seen), true);
    assert.equal(await takeServerLease(t.ctx.db, lease('b'), seen), false);
    const stale = await findServerLease(t.ctx.db, 'sqlite');
    assert.equal(await takeServerLease(t.ctx.db, lease('c'), stale), true);
    assert.equal(await takeServerLease(t.ctx.db, lease('d'), stale), false);
  });
});
