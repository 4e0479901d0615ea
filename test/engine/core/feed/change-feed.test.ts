import { strict as assert } from 'node:assert';
import knexPkg, { type Knex } from 'knex';
import {
  DEFAULT_FEED_SETTINGS,
  makeChangeFeed,
  makeEngineContext,
  makeLogger,
  makeManualClock,
  upsertAgent,
  upsertQueue,
  setPresence,
  SYSTEM_ACTOR,
  type ChangeFeed,
  type EngineContext,
  type EngineEvent,
} from '../../../../engine/index.ts';
import { knexConfig } from '../../../../models/db.ts';
import { FEED_START, findFeedCheckpoint, type FeedRecord } from '../../../../models/index.ts';
import { makeTestDb, type TestDb } from '../../../support/context.ts';

const { knex } = knexPkg;

async function until(what: string, check: () => boolean, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('change feed: nodes on one database', function () {
  this.timeout(60_000);
  let testDb: TestDb;
  const handles: Knex[] = [];
  const feeds: ChangeFeed[] = [];
  const settings = { ...DEFAULT_FEED_SETTINGS, pollMs: 50 };

  /** A node: its own connections (stamped with its id) and engine context. */
  const node = (nodeId: string): EngineContext => {
    const db = knex(knexConfig(testDb.described.database, nodeId));
    handles.push(db);
    return makeEngineContext({ db, nodeId, clock: makeManualClock(Date.now()), logger: makeLogger('silent') });
  };
  const startFeed = async (ctx: EngineContext, hooks: Parameters<typeof makeChangeFeed>[2] = {}) => {
    const feed = makeChangeFeed(ctx, settings, hooks);
    feeds.push(feed);
    await feed.start();
    return feed;
  };

  beforeEach(async () => {
    testDb = await makeTestDb();
  });
  afterEach(async () => {
    for (const feed of feeds.splice(0)) await feed.stop();
    await Promise.all(handles.splice(0).map((h) => h.destroy()));
    await testDb.destroy();
  });

  it("re-publishes another node's committed changes on this node's events, and never its own", async () => {
    const a = node('node-a');
    const b = node('node-b');
    await startFeed(a);
    const lags: number[] = [];
    await startFeed(b, { observeLag: (seconds) => lags.push(seconds) });
    // node-b's clock runs a minute ahead of the commits: the lag it reports is measured on its clock.
    (b.clock as ReturnType<typeof makeManualClock>).advance(60_000);
    const heardA: EngineEvent[] = [];
    const heardB: EngineEvent[] = [];
    a.events.subscribe((e) => heardA.push(e));
    b.events.subscribe((e) => heardB.push(e));
    await upsertQueue(a, null, { name: 'hotline', channel: 'VOICE' } as never);
    await upsertAgent(a, SYSTEM_ACTOR, { id: 'ann', skills: [{ name: 'english', level: 5 }] });
    await setPresence(a, SYSTEM_ACTOR, { state: 'AVAILABLE', agentId: 'ann' } as never);
    await until(
      'node-b hears the queue and the presence',
      () =>
        heardB.some((e) => e.type === 'queue.changed' && e.queue.name === 'hotline') &&
        heardB.some((e) => e.type === 'agent.changed' && e.agent.id === 'ann' && e.agent.presence === 'AVAILABLE'),
    );
    for (const e of heardB) assert.equal(e.origin, 'feed:node-a');
    assert.ok(lags.length >= 2, `a lag per applied record (${lags.length})`);
    for (const lag of lags) assert.ok(lag > 50 && lag < 70, `lag ${lag} s on node-b's clock`);
    await new Promise((resolve) => setTimeout(resolve, 3 * settings.pollMs));
    assert.ok(!heardA.some((e) => e.origin?.startsWith('feed:')), 'a node does not hear its own writes again');
  });

  it('a token revoked or a user deactivated through one node is heard on the others (their streams end)', async () => {
    const a = node('node-a');
    const b = node('node-b');
    await startFeed(b);
    const heard: EngineEvent[] = [];
    b.events.subscribe((e) => heard.push(e));
    await a.db('users').insert({ id: 'ann', name: 'Ann', roles: '[]', groups: '[]', created_at: 1 });
    await a.db('api_tokens').insert({ id: 't1', user_id: 'ann', token_hash: 'h', created_at: 1 });
    await a.db('api_tokens').where({ id: 't1' }).update({ revoked_at: 2 });
    await until('the revocation', () => heard.some((e) => e.type === 'sessions.changed' && e.userId === 'ann'));
    heard.length = 0;
    await a.db('users').where({ id: 'ann' }).update({ active: false });
    await until('the deactivation', () => heard.some((e) => e.type === 'sessions.changed' && e.userId === 'ann'));
  });

  it("a chat message and a chat's end written through one node are heard on the others, the text read back (it is not fed)", async () => {
    const a = node('node-a');
    const b = node('node-b');
    await startFeed(b);
    const heard: EngineEvent[] = [];
    b.events.subscribe((e) => heard.push(e));
    await a.db('chat_conversations').insert({
      id: 'c1',
      token_hash: 'secret-hash',
      queue: 'web-chat',
      state: 'OPEN',
      customer_name: 'Ada',
      task_id: 'tk1',
      next_seq: 1,
      started_at: 1,
      customer_seen_at: 1,
    });
    await a.db('chat_messages').insert({ conversation_id: 'c1', seq: 1, author: 'CUSTOMER', body: 'hello', at: 2 });
    await until('the message', () => heard.some((e) => e.type === 'chat.message'));
    const message = heard.find((e) => e.type === 'chat.message') as Extract<EngineEvent, { chat: unknown }>;
    assert.deepEqual([message.chat.id, message.chat.nextSeq, message.message?.body], ['c1', 1, 'hello']);
    const fed = await a.db('change_feed').whereIn('entity', ['chat', 'chatMessage']).select('payload');
    for (const { payload } of fed)
      assert.ok(!/hello|secret-hash|Ada/.test(payload), `kept out of the feed: ${payload}`);
    await a.db('chat_conversations').where({ id: 'c1' }).update({ state: 'ENDED', ended_at: 3 });
    await until('the end', () => heard.some((e) => e.type === 'chat.ended' && e.chat.id === 'c1'));
    assert.equal(heard.filter((e) => e.type === 'chat.ended').length, 1);
  });

  it('a consumer registered under a name resumes from its checkpoint after it stopped: nothing lost, its checkpoint holds pruning', async () => {
    const a = node('node-a');
    const reporter = node('reporter');
    const feed = await startFeed(reporter);
    const seen: FeedRecord[] = [];
    let stop = await feed.consume('report', (records) => void seen.push(...records), { durable: true });
    await upsertQueue(a, null, { name: 'q1' } as never);
    await feed.wake();
    await until('the first record', () => seen.some((r) => r.entityId === 'q1'));
    await stop();
    const checkpoint = await findFeedCheckpoint(reporter.db, 'report');
    assert.ok(checkpoint?.durable);
    assert.notDeepEqual(checkpoint?.position, FEED_START);
    await upsertQueue(a, null, { name: 'q2' } as never);
    await upsertQueue(a, null, { name: 'q3' } as never);
    stop = await feed.consume('report', (records) => void seen.push(...records), { durable: true });
    await until('the records written while it was stopped', () => seen.some((r) => r.entityId === 'q3'));
    assert.deepEqual(
      seen.filter((r) => r.entity === 'queue').map((r) => r.entityId),
      ['q1', 'q2', 'q3'],
    );
    await stop({ unregister: true });
    assert.equal(await findFeedCheckpoint(reporter.db, 'report'), undefined);
  });
});
