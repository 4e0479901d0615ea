import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { makeManualClock } from '../../engine/index.ts';
import { upsertNode } from '../../models/index.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const CLUSTER = `{ cluster { nodes { id host startedAt lastSeenAt role version stale } leaderTerm } }`;
const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

describe('GraphQL: cluster', () => {
  let s: TestServer;
  const clock = makeManualClock();
  before(async () => {
    s = await startTestServer({ CROSSDESK_NODE_ID: 'node-a', CROSSDESK_NODE_STALE_SECONDS: '30' }, { clock });
  });
  after(() => s.close());

  // Who may read the cluster: supervisors and integrators (admins hold every role); the others may not.
  const cases: [string | undefined, boolean][] = [
    [undefined, true], // the configured admin token
    ['supervisor', true],
    ['integrator', true],
    ['designer', false],
    ['expert', false],
    ['agent', false],
  ];
  for (const [as, allowed] of cases) {
    it(`${allowed ? 'answers' : 'refuses'} ${as ?? 'admin'}`, async () => {
      const res = await s.gql(CLUSTER, {}, { as });
      if (allowed) {
        assert.equal(res.errors, undefined);
        assert.ok(res.data.cluster.nodes.some((n: { id: string }) => n.id === 'node-a'));
      } else {
        assert.equal(res.errors?.[0]?.extensions?.code, 'FORBIDDEN');
        assert.equal(res.data, null);
      }
    });
  }

  it('refuses an anonymous caller', async () => {
    const res = await s.gql(CLUSTER, {}, { token: null });
    assert.equal(res.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  });

  it('lists this node from its heartbeat and flags a node unheard of for the stale setting', async () => {
    const now = clock.now();
    const db = s.server.engine.db;
    const node = { host: 'other', pid: 1, version: '0.0.9', startedAt: now - 3600_000 };
    await upsertNode(db, { ...node, id: 'node-b', role: 'standby', leaderTerm: 4, lastSeenAt: now - 5_000 });
    // A dead node once led in a later term: a stale node's term does not count.
    await upsertNode(db, { ...node, id: 'node-c', role: 'leader', leaderTerm: 9, lastSeenAt: now - 31_000 });
    const res = await s.gql(CLUSTER, {}, { as: 'supervisor' });
    assert.equal(res.errors, undefined);
    const { nodes, leaderTerm } = res.data.cluster;
    assert.deepEqual(
      nodes.map((n: any) => [n.id, n.role, n.stale]),
      [
        ['node-a', 'LEADER', false],
        ['node-b', 'STANDBY', false],
        ['node-c', 'LEADER', true],
      ],
    );
    const own = nodes[0];
    assert.equal(own.version, version);
    assert.equal(own.lastSeenAt, new Date(now).toISOString());
    assert.ok(own.host.length > 0);
    assert.equal(leaderTerm, 4);
  });
});
