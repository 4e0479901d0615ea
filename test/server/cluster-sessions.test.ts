import { strict as assert } from 'node:assert';
import { TEST_DATABASE } from '../support/context.ts';
import { makeServerDatabase } from '../support/server-process.ts';
import {
  CLUSTER_TOKEN,
  gqlOn,
  spawnNode,
  sseOn,
  waitFor,
  type ClusterNode,
  type SseStream,
} from '../support/cluster.ts';

/** Generous for shared CI machines: the feed ends a stream at once, the token check within 2 s. */
const END_BOUND_MS = 5000;
const TASK_EVENTS = 'subscription { taskEvents(queue: "hotline") { type task { id state } } }';
const OPEN_TASKS =
  '{ tasks(filter: { queue: "hotline", states: [QUEUED, RESERVED, ASSIGNED, PAUSED] }, first: 200) { edges { node { id state } } } }';
const CALL = (type: string) =>
  `mutation($call: ID!) { ctiEvent(input: { type: ${type}, callId: $call, queue: "hotline" }) { task { id } } }`;
const OPEN = new Set(['QUEUED', 'RESERVED', 'ASSIGNED', 'PAUSED']);

/** A board's view of the open tasks: what a query answers, then moved on by each event. */
class Board {
  readonly tasks = new Map<string, string>();
  replace(rows: { node: { id: string; state: string } }[]) {
    this.tasks.clear();
    for (const { node } of rows) this.tasks.set(node.id, node.state);
  }
  apply(events: any[]) {
    for (const e of events) {
      const { id, state } = e.taskEvents.task;
      if (OPEN.has(state)) this.tasks.set(id, state);
      else this.tasks.delete(id);
    }
  }
  sorted() {
    return [...this.tasks].sort(([a], [b]) => a.localeCompare(b));
  }
}

/** Signs `userId` in with a full session (reset, sign in, change the password); answers the token. */
async function sessionOf(node: ClusterNode, userId: string): Promise<string> {
  const { resetPassword } = await gqlOn(node, 'mutation($u: ID!) { resetPassword(userId: $u) }', { u: userId });
  const { signIn } = await gqlOn(
    node,
    'mutation($u: ID!, $p: String!) { signIn(userId: $u, password: $p) { token } }',
    {
      u: userId,
      p: resetPassword,
    },
  );
  const res = await fetch(`${node.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${signIn.token}` },
    body: JSON.stringify({
      query: 'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }',
      variables: { o: resetPassword, n: `Quartz-lantern-${userId}-91x` },
    }),
  });
  assert.deepEqual(((await res.json()) as any).data, { changePassword: true });
  return signIn.token;
}

describe('cluster: sessions and subscription streams across nodes (PostgreSQL, real processes)', function () {
  this.timeout(120_000);
  let db: { url: string; drop(): Promise<void> } | null = null;
  let a: ClusterNode;
  let b: ClusterNode;
  const streams: SseStream[] = [];

  before(async function () {
    if (TEST_DATABASE.client !== 'pg') return this.skip();
    db = await makeServerDatabase();
    a = await spawnNode('node-a', db.url, { CROSSDESK_CTI_SECRET: 'cti', LOG_LEVEL: 'warn' });
    b = await spawnNode('node-b', db.url, { CROSSDESK_CTI_SECRET: 'cti', LOG_LEVEL: 'warn' });
    await gqlOn(a, 'mutation { upsertQueue(input: { name: "hotline", channel: VOICE }) { name } }');
  });
  afterEach(async () => {
    await Promise.all(streams.splice(0).map((s) => s.close()));
  });
  after(async () => {
    for (const n of [a, b]) if (n) n.child.kill('SIGTERM');
    await Promise.all([a, b].filter(Boolean).map((n) => n.exited));
    await db?.drop();
  });

  it("revoking a user's tokens, or deactivating the user, through node A ends their SSE streams on node B", async () => {
    const figures: Record<string, number> = {};
    for (const [userId, end] of [
      ['sup-revoked', 'mutation($u: ID!) { revokeTokens(userId: $u) }'],
      ['sup-deactivated', 'mutation($u: ID!) { deactivateUser(userId: $u) { id } }'],
    ]) {
      await gqlOn(a, 'mutation($u: ID!) { createUser(input: { id: $u, roles: ["supervisor"] }) { id } }', {
        u: userId,
      });
      const token = await sessionOf(a, userId);
      const stream = await sseOn(b, TASK_EVENTS, token);
      const bystander = await sseOn(b, TASK_EVENTS, CLUSTER_TOKEN);
      streams.push(stream, bystander);
      // The stream works before: it hears a call made through A.
      const call = (await gqlOn(a, CALL('CALL_OFFERED'), { call: `before-${userId}` })).ctiEvent.task.id;
      await waitFor('the stream on B hears the call', () =>
        stream.data().some((d) => d?.taskEvents?.task?.id === call),
      );
      const started = performance.now();
      await gqlOn(a, end, { u: userId });
      await waitFor(`${userId}'s stream on B ends`, () => stream.endedAt(), END_BOUND_MS + 1000, 10);
      figures[userId] = Math.round(stream.endedAt()! - started);
      assert.ok(figures[userId] < END_BOUND_MS, `ended after ${figures[userId]} ms`);
      assert.equal(bystander.endedAt(), null, "another user's stream on B stays open");
      // And a new stream with that token is refused: UNAUTHENTICATED, then the stream completes.
      const refused = await sseOn(b, TASK_EVENTS, token);
      streams.push(refused);
      await waitFor('the refused stream ends', () => refused.endedAt(), END_BOUND_MS);
      assert.equal(refused.frames[0]?.data?.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    }
    console.log(`      streams on B ended ${JSON.stringify(figures)} ms after the call on A`);
  });

  it('a subscriber that reconnects and re-queries ends with the board of one that never disconnected; Last-Event-ID replays nothing', async () => {
    const steady = new Board();
    const steadyStream = await sseOn(b, TASK_EVENTS, CLUSTER_TOKEN);
    streams.push(steadyStream);
    steady.replace((await gqlOn(b, OPEN_TASKS)).tasks.edges);
    const before = [...steady.tasks.keys()];
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await gqlOn(a, CALL('CALL_OFFERED'), { call: `r-${i}` })).ctiEvent.task.id);
    // The reconnecting client: query, subscribe, hear, then lose its connection.
    const first = await sseOn(b, TASK_EVENTS, CLUSTER_TOKEN);
    const mobile = new Board();
    mobile.replace((await gqlOn(b, OPEN_TASKS)).tasks.edges);
    await gqlOn(a, CALL('CALL_OFFERED'), { call: 'r-3' });
    await waitFor('the first stream hears r-3', () => first.data().length > 0);
    mobile.apply(first.data());
    assert.ok(
      first.frames.every((f) => f.id === undefined),
      'the stream carries no event ids (no position to resume from)',
    );
    await first.close();
    // Meanwhile, through A: two calls end, two arrive. Node B has heard them all (the steady
    // subscriber saw the last) before the client comes back.
    await gqlOn(a, CALL('CALL_ENDED'), { call: 'r-0' });
    await gqlOn(a, CALL('CALL_ENDED'), { call: 'r-3' });
    ids.push((await gqlOn(a, CALL('CALL_OFFERED'), { call: 'r-4' })).ctiEvent.task.id);
    const r5 = (await gqlOn(a, CALL('CALL_OFFERED'), { call: 'r-5' })).ctiEvent.task.id;
    await waitFor('B heard the changes', () => steadyStream.data().some((d) => d.taskEvents.task.id === r5), 10_000);
    // Reconnect with Last-Event-ID as an EventSource would; then the documented way: re-query.
    const again = await sseOn(b, TASK_EVENTS, CLUSTER_TOKEN, { 'last-event-id': '1' });
    streams.push(again);
    mobile.replace((await gqlOn(b, OPEN_TASKS)).tasks.edges);
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(again.data(), [], 'Last-Event-ID is ignored: nothing from before the reconnect is replayed');
    // One more change after the reconnect, heard by both; events move the re-queried board on.
    const last = (await gqlOn(a, CALL('CALL_ENDED'), { call: 'r-1' })).ctiEvent.task.id;
    const hears = (s: SseStream) =>
      s.data().some((d) => d.taskEvents.task.id === last && d.taskEvents.type !== 'task.created');
    await waitFor('both streams hear the last change', () => hears(again) && hears(steadyStream), 10_000);
    mobile.apply(again.data());
    steady.apply(steadyStream.data());
    const truth = new Board();
    truth.replace((await gqlOn(a, OPEN_TASKS)).tasks.edges);
    assert.deepEqual(mobile.sorted(), steady.sorted(), 'the reconnected board equals the never-disconnected one');
    assert.deepEqual(mobile.sorted(), truth.sorted(), 'and both match the database');
    assert.deepEqual(
      [...truth.tasks.keys()].sort(),
      [...before, ids[2], ids[3], r5].sort(),
      'r-2, r-4 and r-5 are open besides the earlier ones',
    );
  });
});
