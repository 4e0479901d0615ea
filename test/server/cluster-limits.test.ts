import { strict as assert } from 'node:assert';
import { TEST_DATABASE } from '../support/context.ts';
import { makeServerDatabase } from '../support/server-process.ts';
import { CLUSTER_TOKEN, spawnNode, sseOn, waitFor, type ClusterNode, type SseStream } from '../support/cluster.ts';

const TASK_EVENTS = 'subscription { taskEvents { type } }';

/** The refusal code of a subscription answered at once (an SSE error frame), or null while it streams. */
async function refusal(stream: SseStream): Promise<string | null> {
  await new Promise((r) => setTimeout(r, 300));
  return stream.frames.find((f) => f.data?.errors)?.data.errors[0].extensions.code ?? null;
}

describe('cluster: open subscriptions per user are counted across nodes (PostgreSQL, real processes)', function () {
  this.timeout(120_000);
  let db: { url: string; drop(): Promise<void> } | null = null;
  const nodes: ClusterNode[] = [];
  const streams: SseStream[] = [];

  before(function () {
    if (TEST_DATABASE.client !== 'pg') this.skip();
  });
  after(async () => {
    await Promise.all(streams.map((s) => s.close()));
    for (const n of nodes) n.child.kill('SIGTERM');
    await Promise.all(nodes.map((n) => n.exited));
    await db?.drop();
  });

  it('with CROSSDESK_MAX_SUBSCRIPTIONS=2, one stream on each node takes both slots; a slot closed on one node is free on the other', async () => {
    db = await makeServerDatabase();
    const env = { LOG_LEVEL: 'warn', CROSSDESK_MAX_SUBSCRIPTIONS: '2' };
    nodes.push(await spawnNode('node-a', db.url, env));
    nodes.push(await spawnNode('node-b', db.url, env));
    const [a, b] = nodes;
    const open = async (node: ClusterNode) => {
      const s = await sseOn(node, TASK_EVENTS, CLUSTER_TOKEN);
      streams.push(s);
      return s;
    };
    const onA = await open(a);
    const onB = await open(b);
    assert.equal(await refusal(onA), null);
    assert.equal(await refusal(onB), null);
    // Each node alone holds one: a per-node count would let this one through.
    const third = await open(a);
    assert.equal(await refusal(third), 'TOO_MANY_SUBSCRIPTIONS');
    await waitFor('the refused stream ends', () => third.endedAt());
    assert.equal(await refusal(await open(b)), 'TOO_MANY_SUBSCRIPTIONS');
    // The slot closed on B is free for A.
    await onB.close();
    await waitFor(
      'a slot is free again on A',
      async () => {
        const s = await open(a);
        if ((await refusal(s)) === null) return true;
        return false;
      },
      10_000,
      200,
    );
  });
});
