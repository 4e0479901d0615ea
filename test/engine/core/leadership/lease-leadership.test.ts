import { strict as assert } from 'node:assert';
import {
  LeadershipLost,
  makeFixedLeadership,
  makeLeaseLeadership,
  type LeaseLeadership,
  type LeaseOptions,
} from '../../../../engine/core/leadership/index.ts';
import { makeLogger, makeManualClock, type ManualClock } from '../../../../engine/index.ts';
import { findLease, isPostgres, withTransaction } from '../../../../models/index.ts';
import { makeTestDb, TEST_DATABASE, type TestDb } from '../../../support/context.ts';

const LEASE: LeaseOptions = { leaseMs: 5000, renewMs: 1000, timers: false };
const onPg = TEST_DATABASE.client === 'pg';

/** A fenced write as the router makes one: the fence first, inside the transaction. */
const fencedWrite = (t: TestDb, node: LeaseLeadership) =>
  withTransaction(t.db, async (trx) => {
    await node.fence!(trx);
    await trx('leases').where({ name: 'router' }).update({ updated_at: 1 });
  });

async function tickUntil(node: LeaseLeadership, done: () => boolean, steps = 5): Promise<number> {
  for (let i = 1; i <= steps; i++) {
    await node.tick();
    if (done()) return i;
  }
  throw new Error(`not done after ${steps} steps`);
}

// The lease without and (PostgreSQL) with the session that holds the advisory lock.
for (const session of onPg ? [false, true] : [false]) {
  describe(`lease leadership (${TEST_DATABASE.client}${session ? ', with the lock session' : ''})`, function () {
    this.timeout(30_000);
    let t: TestDb;
    let clock: ManualClock;
    let nodes: LeaseLeadership[];
    const node = (nodeId: string) => {
      const n = makeLeaseLeadership({ db: t.db, clock, logger: makeLogger('silent'), nodeId }, { ...LEASE, session });
      nodes.push(n);
      return n;
    };

    beforeEach(async () => {
      t = await makeTestDb();
      clock = makeManualClock();
      nodes = [];
    });
    afterEach(async () => {
      for (const n of nodes) await n.stop().catch(() => undefined);
      await t.destroy();
    });

    it('given two nodes, then the first to campaign leads in term 1 and the other stays standby while it renews', async () => {
      const a = node('a');
      const b = node('b');
      await a.tick();
      await b.tick();
      assert.deepEqual([a.role(), a.term(), b.role(), b.term()], ['leader', 1, 'standby', 1]);
      for (let i = 0; i < 10; i++) {
        clock.advance(1000);
        await a.tick();
        await b.tick();
      }
      assert.deepEqual([a.role(), b.role()], ['leader', 'standby']);
      const lease = await findLease(t.db, 'router');
      assert.deepEqual([lease?.holder, lease?.term, lease?.expiresAt], ['a', 1, clock.now() + LEASE.leaseMs]);
      await fencedWrite(t, a);
    });

    it('given a leader silent past its lease, then a standby takes over in a new term and the old leader cannot write and steps down', async () => {
      const a = node('a');
      const b = node('b');
      await a.tick();
      const changes: string[] = [];
      a.onChange((role, term) => changes.push(`${role}@${term}`));
      clock.advance(LEASE.leaseMs - 1);
      await b.tick();
      assert.equal(b.role(), 'standby', 'the lease had not expired yet');
      clock.advance(1);
      await tickUntil(b, () => b.role() === 'leader');
      assert.equal(b.term(), 2);
      // The old leader wakes: its fenced write is refused, and it steps down.
      await assert.rejects(fencedWrite(t, a), LeadershipLost);
      assert.equal(a.role(), 'standby');
      assert.deepEqual(changes, ['standby@1']);
      await a.tick();
      assert.deepEqual([a.role(), b.role()], ['standby', 'leader']);
      await fencedWrite(t, b);
    });

    it('given a leader that wakes up before writing, then its renewal fails and it steps down', async () => {
      const a = node('a');
      const b = node('b');
      await a.tick();
      clock.advance(LEASE.leaseMs + 1);
      await tickUntil(b, () => b.role() === 'leader');
      await a.tick();
      assert.equal(a.role(), 'standby');
      await assert.rejects(fencedWrite(t, a), LeadershipLost);
    });

    it('given a leader that stops, then it releases the lease and a standby takes over at once (no expiry)', async () => {
      const a = node('a');
      const b = node('b');
      await a.tick();
      await b.tick();
      await a.stop();
      assert.equal(a.role(), 'standby');
      await b.tick();
      assert.deepEqual([b.role(), b.term()], ['leader', 2]);
    });
  });
}

describe('lease leadership on PostgreSQL: sessions', function () {
  this.timeout(30_000);
  let t: TestDb;
  let nodes: LeaseLeadership[];
  const clock = makeManualClock();
  const node = (nodeId: string) => {
    const n = makeLeaseLeadership({ db: t.db, clock, logger: makeLogger('silent'), nodeId }, LEASE);
    nodes.push(n);
    return n;
  };
  before(function () {
    if (!onPg) this.skip();
  });
  beforeEach(async () => {
    t = await makeTestDb();
    nodes = [];
  });
  afterEach(async () => {
    for (const n of nodes) await n.stop().catch(() => undefined);
    await t.destroy();
  });

  it('given the leader session cut (the process died), then a standby takes over before the lease expires', async () => {
    assert.ok(isPostgres(t.db));
    const a = node('a');
    const b = node('b');
    await a.tick();
    await b.tick();
    const lost = new Promise<void>((resolve) => a.onChange(() => resolve()));
    await t.db.raw(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'crossdesk-lease:a' AND datname = current_database()`,
    );
    await lost;
    assert.equal(a.role(), 'standby');
    await b.tick();
    assert.deepEqual([b.role(), b.term()], ['leader', 2]);
  });

  it('given a stopped leader holding the lease row in a fenced write, then the takeover ends that write and the write fails', async () => {
    const a = node('a');
    const b = node('b');
    await a.tick();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // A write that stops after its fence (as a SIGSTOP would stop it).
    const write = withTransaction(t.db, async (trx) => {
      await a.fence!(trx);
      await held;
      await trx('leases').where({ name: 'router' }).update({ updated_at: 1 });
    });
    const outcome = write.then(
      () => 'committed',
      () => 'failed',
    );
    clock.advance(LEASE.leaseMs + 1);
    try {
      await tickUntil(b, () => b.role() === 'leader', 6);
    } finally {
      // Never leave the write open: it would hold the row (a.stop() waits on it) and the server's xmin.
      release();
    }
    assert.equal(await outcome, 'failed');
    assert.equal((await findLease(t.db, 'router'))?.holder, 'b');
  });

  it('given a write on the lease table of another database of the server (same table OID), then a takeover ends only the holders in its own database', async () => {
    const other = await makeTestDb();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    try {
      const [ours, theirs] = await Promise.all(
        [t, other].map(async (db) => (await db.db.raw(`SELECT 'leases'::regclass::oid AS oid`)).rows[0].oid),
      );
      assert.equal(ours, theirs, 'clones of one template: the same OID in both databases');
      const foreign = withTransaction(other.db, async (trx) => {
        await trx('leases').where({ name: 'router' }).update({ updated_at: 2 });
        await held;
      });
      const a = node('a');
      const b = node('b');
      await a.tick();
      let releaseOwn!: () => void;
      const ownHeld = new Promise<void>((resolve) => (releaseOwn = resolve));
      const own = withTransaction(t.db, async (trx) => {
        await a.fence!(trx);
        await ownHeld;
      }).then(
        () => 'committed',
        () => 'failed',
      );
      clock.advance(LEASE.leaseMs + 1);
      try {
        await tickUntil(b, () => b.role() === 'leader', 6);
      } finally {
        releaseOwn();
      }
      assert.equal(await own, 'failed', 'the silent holder in this database was ended');
      release();
      await foreign; // still alive: it commits
      assert.equal(Number((await other.db('leases').where({ name: 'router' }).first()).updated_at), 2);
    } finally {
      release();
      await other.destroy();
    }
  });
});

describe('fixed leadership (one SQLite server)', () => {
  it('leads in term 1 for good, with no fence on the router writes', async () => {
    const fixed = makeFixedLeadership();
    await fixed.start();
    assert.deepEqual([fixed.role(), fixed.term(), fixed.fence], ['leader', 1, undefined]);
    await fixed.stop();
    assert.equal(fixed.role(), 'leader');
  });
});
