import { strict as assert } from 'node:assert';
import {
  makeEngineContext,
  makeLogger,
  makeManualClock,
  signCtiBody,
  type ManualClock,
} from '../../../engine/index.ts';
import { makeHotEngines } from '../../../engine/process/runtime/index.ts';
import { makeServerMetrics } from '../../../server/metrics/index.ts';
import { agent, queue } from '../../support/routing.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';

const SECRET = 'metrics-cti-secret';
const TOKEN = 'metrics-scrape-token';

/** The value of the sample `name` whose labels include every one of `labels` (order-agnostic). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-z_]+)(\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    if (Object.entries(labels).every(([k, v]) => (m[3] ?? '').includes(`${k}="${v}"`))) return Number(m[4]);
  }
  return undefined;
}

describe('HTTP: /metrics (Prometheus, prom-client)', function () {
  this.timeout(60_000);
  let s: TestServer;
  let clock: ManualClock;
  beforeEach(async () => {
    clock = makeManualClock(Date.now());
    s = await startTestServer(
      { CROSSDESK_CTI_SECRET: SECRET, CROSSDESK_METRICS_TOKEN: TOKEN, CROSSDESK_NODE_ID: 'metrics-node' },
      { clock },
    );
    await queue(s.server.engine, { name: 'hotline', channel: 'VOICE', slaSeconds: 20 });
    await agent(s.server.engine, 'ann', '', { VOICE: 1, BACKOFFICE: 1, total: 1 });
  });
  afterEach(() => s.close());

  const scrape = (token: string | null = TOKEN) =>
    fetch(`${s.server.url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  async function deliver(events: unknown[]): Promise<void> {
    const body = JSON.stringify(events);
    const now = clock.now();
    const res = await fetch(`${s.server.url}/cti/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-crossdesk-timestamp': String(now),
        'x-crossdesk-signature': signCtiBody(SECRET, now, body),
      },
      body,
    });
    assert.equal(res.status, 200);
  }

  it('answers only the Bearer CROSSDESK_METRICS_TOKEN', async () => {
    assert.equal((await scrape(null)).status, 401);
    assert.equal((await scrape('wrong')).status, 401);
    const res = await scrape();
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    assert.match(await res.text(), /# TYPE crossdesk_command_seconds histogram/);
  });

  it('counts CTI events, tasks, refusals by code, command latency and routing decisions; gauges the queues on the leader', async () => {
    const at = clock.now();
    await deliver([
      { eventId: 'e1', type: 'AGENT_LOGIN', agentId: 'ann', at },
      { eventId: 'e2', type: 'AGENT_READY', agentId: 'ann', at },
      { eventId: 'e3', type: 'CALL_OFFERED', callId: 'c1', queue: 'hotline', at },
      { eventId: 'e4', type: 'CALL_TELEPORTED', at },
    ]);
    await s.server.router.settle();
    // Ann holds c1 (one voice call at a time): c2 waits.
    clock.advance(7_000);
    await deliver([{ eventId: 'e5', type: 'CALL_OFFERED', callId: 'c2', queue: 'hotline', at: clock.now() - 2_000 }]);
    await s.server.router.settle();
    clock.advance(3_000);
    const refused = await s.gql('{ cluster { leaderTerm } }', {}, { as: 'agent' });
    assert.equal(refused.errors?.[0]?.extensions?.code, 'FORBIDDEN');

    const text = await (await scrape()).text();
    const node = 'metrics-node';
    assert.equal(sample(text, 'crossdesk_cti_events_total', { outcome: 'APPLIED', node }), 4);
    assert.equal(sample(text, 'crossdesk_cti_events_total', { outcome: 'REJECTED' }), 1);
    assert.equal(sample(text, 'crossdesk_tasks_total', { outcome: 'created' }), 2);
    assert.equal(sample(text, 'crossdesk_routing_decision_seconds_count'), 1);
    assert.equal(sample(text, 'crossdesk_refusals_total', { code: 'FORBIDDEN' }), 1);
    assert.equal(sample(text, 'crossdesk_command_seconds_count', { type: 'query', field: 'cluster' }), 1);
    assert.equal(sample(text, 'crossdesk_queue_waiting', { queue: 'hotline' }), 1);
    assert.equal(sample(text, 'crossdesk_queue_oldest_age_seconds', { queue: 'hotline' }), 3);
    // Four agents: the three of the seeded users, offline, and Ann, signed in and ready.
    assert.equal(sample(text, 'crossdesk_agents', { presence: 'OFFLINE' }), 3);
    assert.equal(sample(text, 'crossdesk_agents', { presence: 'AVAILABLE' }), 1);
    assert.equal(sample(text, 'crossdesk_node_leader', { node }), 1);
    // The feed's hook: its observations land in crossdesk_feed_lag_seconds.
    s.server.metrics.observeFeedLag(0.02);
    assert.equal(sample(await (await scrape()).text(), 'crossdesk_feed_lag_seconds_count'), 1);
  });

  it('leaves the cluster-wide gauges to the leader, and keeps a registry per server', async () => {
    const engine = makeEngineContext({
      db: s.server.engine.db,
      clock,
      logger: makeLogger('silent'),
      nodeId: 'standby-node',
    });
    // Two registries over one engine in one process: no "already registered" clash.
    const standby = makeServerMetrics(engine, { role: () => 'standby', term: () => 2 });
    const leader = makeServerMetrics(engine, { role: () => 'leader', term: () => 2 });
    try {
      await deliver([{ eventId: 'x1', type: 'CALL_OFFERED', callId: 'c9', queue: 'hotline', at: clock.now() }]);
      const standbyText = await standby.registry.metrics();
      assert.equal(sample(standbyText, 'crossdesk_queue_waiting'), undefined);
      assert.equal(sample(standbyText, 'crossdesk_node_leader', { node: 'standby-node' }), 0);
      assert.equal(sample(await leader.registry.metrics(), 'crossdesk_queue_waiting', { queue: 'hotline' }), 1);
    } finally {
      standby.close();
      leader.close();
    }
  });

  it("exports the hot-engine cache's hits, misses, evictions, entries and bytes, and the engine threads' hits", async () => {
    assert.equal(sample(await (await scrape()).text(), 'crossdesk_engine_cache_max_bytes') !== undefined, true);
    // A cache of 500 KB and a model of 1 element (147,000 estimated bytes): three engines fit, a fourth evicts.
    const hotEngines = makeHotEngines(500_000);
    const run = { elementCount: () => 1, armedTimers: () => [] } as any;
    for (const id of ['i1', 'i2', 'i3', 'i4']) hotEngines.put(id, 1, 'd1', run);
    assert.ok(hotEngines.take('i4', 1, 'd1', 0));
    assert.equal(hotEngines.take('i3', 2, 'd1', 0), undefined);
    const engines = { size: 2, ready: Promise.resolve(), close: async () => {}, stats: () => ({ hits: 5, runs: 7 }) };
    const metrics = makeServerMetrics(
      { ...s.server.engine, hotEngines, engines },
      { role: () => 'leader', term: () => 1 },
    );
    try {
      const text = await metrics.registry.metrics();
      assert.equal(sample(text, 'crossdesk_engine_cache_hits_total', { node: 'metrics-node' }), 1);
      assert.equal(sample(text, 'crossdesk_engine_cache_misses_total'), 1);
      assert.equal(sample(text, 'crossdesk_engine_cache_evictions_total'), 1);
      assert.equal(sample(text, 'crossdesk_engine_cache_entries'), 1);
      assert.equal(sample(text, 'crossdesk_engine_cache_bytes'), 147_000);
      assert.equal(sample(text, 'crossdesk_engine_cache_max_bytes'), 500_000);
      assert.equal(sample(text, 'crossdesk_engine_thread_hits_total'), 5);
      assert.equal(sample(text, 'crossdesk_engine_thread_runs_total'), 7);
    } finally {
      metrics.close();
    }
  });
});
