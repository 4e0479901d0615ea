import { strict as assert } from 'node:assert';
import { makeManualClock, makeQueueSampler, type ManualClock } from '../../engine/index.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const CTI = 'mutation($input: CtiEventInput!) { ctiEvent(input: $input) { outcome } }';
const QUEUE = `query($n: String!) { queue(name: $n) { name serviceLevelRule abandonGraceSeconds
  stats { serviceLevelPercent offeredToday answeredToday abandonedToday shortAbandonedToday atRisk estimatedWaitSeconds
    hourly { hour arrived handled withinSla offered answered abandoned shortAbandoned serviceLevelPercent } }
  waitingToday { at waiting } } }`;

describe('GraphQL: queue figures (service-level rule, abandons, wait estimate, waiting over the day)', function () {
  this.timeout(30_000);
  let s: TestServer;
  let clock: ManualClock;
  const ok = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await s.gql(query, variables);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return res.data;
  };
  const cti = (input: Record<string, unknown>) =>
    ok(CTI, { input: { at: new Date(clock.now()).toISOString(), ...input } });

  beforeEach(async () => {
    clock = makeManualClock(Date.UTC(2026, 0, 5, 9, 0, 0));
    s = await startTestServer({}, { clock });
  });
  afterEach(() => s.close());

  it('upsertQueue takes the rule and the grace period; bad values are refused and change nothing', async () => {
    const created = await ok(
      'mutation { upsertQueue(input: { name: "hotline", channel: VOICE, serviceLevelRule: ABANDONS_COUNT_AGAINST, abandonGraceSeconds: 8 }) { serviceLevelRule abandonGraceSeconds } }',
    );
    assert.deepEqual(created.upsertQueue, { serviceLevelRule: 'ABANDONS_COUNT_AGAINST', abandonGraceSeconds: 8 });
    const bad = await s.gql('mutation { upsertQueue(input: { name: "hotline", abandonGraceSeconds: -1 }) { name } }');
    assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    const unknown = await s.gql(
      'mutation { upsertQueue(input: { name: "hotline", serviceLevelRule: SOMETIMES }) { name } }',
    );
    assert.ok(unknown.errors?.length, 'an unknown rule is refused');
    const { queue } = await ok(QUEUE, { n: 'hotline' });
    assert.equal(queue.serviceLevelRule, 'ABANDONS_COUNT_AGAINST');
    assert.equal(queue.abandonGraceSeconds, 8);
  });

  it("counts abandoned calls, estimates the wait and serves the day's waiting samples", async () => {
    await ok('mutation { upsertQueue(input: { name: "hotline", channel: VOICE, slaSeconds: 20 }) { name } }');
    await ok('mutation { upsertAgent(input: { id: "ann", capacity: { VOICE: 1, total: 1 } }) { id } }');
    await cti({ type: 'AGENT_LOGIN', agentId: 'ann' });
    await cti({ type: 'AGENT_READY', agentId: 'ann' });
    const sampler = makeQueueSampler(s.server.engine, { intervalSeconds: 60, sleep: () => () => undefined });
    for (const callId of ['c1', 'c2', 'c3']) await cti({ type: 'CALL_OFFERED', callId, queue: 'hotline' });
    await s.server.router.settle();
    clock.set(Date.UTC(2026, 0, 5, 9, 1, 0));
    await sampler.sampleNow();
    await cti({ type: 'CALL_ANSWERED', callId: 'c1', agentId: 'ann' }); // after 60 s: outside 20 s
    await cti({ type: 'CALL_ENDED', callId: 'c2' }); // abandoned after 60 s
    clock.set(Date.UTC(2026, 0, 5, 9, 2, 0));
    await sampler.sampleNow();
    const { queue } = await ok(QUEUE, { n: 'hotline' });
    assert.equal(queue.stats.serviceLevelPercent, 0);
    assert.deepEqual(
      [
        queue.stats.offeredToday,
        queue.stats.answeredToday,
        queue.stats.abandonedToday,
        queue.stats.shortAbandonedToday,
      ],
      [2, 1, 1, 0],
    );
    assert.equal(queue.stats.atRisk, 1, 'c3 has waited two minutes');
    // ann is on c1: 1 slot, none free, c3 ahead; no call completed yet, so AHT is the 300 s default.
    assert.equal(queue.stats.estimatedWaitSeconds, 600);
    assert.deepEqual(queue.stats.hourly, [
      {
        hour: '2026-01-05T09:00:00.000Z',
        arrived: 3,
        handled: 1,
        withinSla: 0,
        offered: 2,
        answered: 1,
        abandoned: 1,
        shortAbandoned: 0,
        serviceLevelPercent: 0,
      },
    ]);
    assert.deepEqual(
      queue.waitingToday.filter((w: any) => w.at >= '2026-01-05T09:01'),
      [
        { at: '2026-01-05T09:01:00.000Z', waiting: 3 },
        { at: '2026-01-05T09:02:00.000Z', waiting: 1 },
      ],
    );
  });
});
