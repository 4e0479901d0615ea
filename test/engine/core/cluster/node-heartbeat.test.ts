import { strict as assert } from 'node:assert';
import { startNodeHeartbeat, type NodeRole } from '../../../../engine/index.ts';
import { listNodes, upsertNode } from '../../../../models/index.ts';
import { makeTestEngine, type TestEngine } from '../../../support/context.ts';

describe('cluster: node heartbeat', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await makeTestEngine({ nodes: { heartbeatMs: 60_000, staleAfterMs: 30_000, pruneAfterMs: 3600_000 } });
  });
  afterEach(() => t.close());

  it('writes its row at start and at each beat with the role and term of that moment', async () => {
    let role: NodeRole = 'standby';
    let term = 3;
    const started = t.clock.now();
    const beat = await startNodeHeartbeat(
      t.ctx,
      { role: () => role, term: () => term },
      { version: '9.9.9', host: 'h1' },
    );
    try {
      let [row] = await listNodes(t.ctx.db);
      assert.deepEqual(
        { ...row, pid: undefined },
        {
          id: t.ctx.nodeId,
          host: 'h1',
          pid: undefined,
          role: 'standby',
          leaderTerm: 3,
          version: '9.9.9',
          startedAt: started,
          lastSeenAt: started,
        },
      );
      assert.equal(row.pid, process.pid);
      t.clock.advance(5_000);
      role = 'leader';
      term = 4;
      await beat.beat();
      [row] = await listNodes(t.ctx.db);
      assert.deepEqual(
        [row.role, row.leaderTerm, row.startedAt, row.lastSeenAt],
        ['leader', 4, started, started + 5_000],
      );
    } finally {
      await beat.stop();
    }
    assert.deepEqual(await listNodes(t.ctx.db), [], 'a clean stop removes the row');
  });

  it('prunes nodes unheard of for the prune setting, and only those', async () => {
    const now = t.clock.now();
    const node = { host: 'x', pid: 1, role: 'standby', leaderTerm: 0, version: '1', startedAt: now - 7200_000 };
    await upsertNode(t.ctx.db, { ...node, id: 'gone', lastSeenAt: now - 3600_001 });
    await upsertNode(t.ctx.db, { ...node, id: 'stale', lastSeenAt: now - 3599_000 });
    const beat = await startNodeHeartbeat(t.ctx, { role: () => 'leader', term: () => 1 }, { version: '1' });
    try {
      assert.deepEqual((await listNodes(t.ctx.db)).map((n) => n.id).sort(), [t.ctx.nodeId, 'stale'].sort());
    } finally {
      await beat.stop();
    }
  });
});
