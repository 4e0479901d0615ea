import { strict as assert } from 'node:assert';
import { startTestServer, type TestServer } from '../support/server.ts';

const STAFFING = `query($input: StaffingInput!) { staffing(input: $input) {
  offeredLoadErlangs effectiveHandleSeconds shrinkage concurrency
  erlangC { agents scheduledAgents serviceLevel waitProbability averageSpeedOfAnswerSeconds occupancy limitedBy }
  erlangA { agents scheduledAgents serviceLevel waitProbability abandonProbability averageSpeedOfAnswerSeconds occupancy limitedBy }
} }`;

const example = { arrivalsPerHour: 200, averageHandleSeconds: 180, targetSeconds: 20, serviceLevelTarget: 0.8 };

describe('GraphQL: staffing', function () {
  this.timeout(30_000);
  let s: TestServer;
  before(async () => {
    s = await startTestServer();
  });
  after(() => s.close());

  it('answers Erlang C and Erlang A for one interval over HTTP', async () => {
    const res = await s.gql(
      STAFFING,
      { input: { ...example, patienceSeconds: 120, shrinkage: 0.3 } },
      { as: 'supervisor' },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const { staffing } = res.data;
    assert.deepEqual(
      [staffing.offeredLoadErlangs, staffing.effectiveHandleSeconds, staffing.shrinkage, staffing.concurrency],
      [10, 180, 0.3, 1],
    );
    assert.equal(staffing.erlangC.agents, 14);
    assert.equal(staffing.erlangC.scheduledAgents, 20);
    assert.equal(staffing.erlangC.limitedBy, 'SERVICE_LEVEL');
    assert.ok(Math.abs(staffing.erlangC.serviceLevel - 0.8884) < 0.0001);
    assert.ok(Math.abs(staffing.erlangC.waitProbability - 0.1741) < 0.0001);
    assert.equal(staffing.erlangA.agents, 12);
    assert.equal(staffing.erlangA.scheduledAgents, 18);
    assert.ok(staffing.erlangA.serviceLevel >= 0.8 && staffing.erlangA.abandonProbability > 0);
    const noPatience = await s.gql(STAFFING, { input: example }, { as: 'integrator' });
    assert.equal(noPatience.errors, undefined, JSON.stringify(noPatience.errors));
    assert.equal(noPatience.data.staffing.erlangA, null);
  });

  it('is refused to agents, experts and designers, and to callers without a token', async () => {
    for (const user of ['agent', 'expert', 'designer']) {
      const res = await s.gql(STAFFING, { input: example }, { as: user });
      assert.equal(res.errors?.[0]?.extensions?.code, 'FORBIDDEN', user);
    }
    const anonymous = await s.gql(STAFFING, { input: example }, { token: null });
    assert.equal(anonymous.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  });

  it('refuses nonsense with BAD_USER_INPUT naming the field', async () => {
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ arrivalsPerHour: -5 }, 'arrivalsPerHour'],
      [{ serviceLevelTarget: 1.5 }, 'serviceLevelTarget'],
      [{ shrinkage: 1 }, 'shrinkage'],
      [{ averageHandleSeconds: 0 }, 'averageHandleSeconds'],
      [{ patienceSeconds: -1 }, 'patienceSeconds'],
      [{ maxOccupancy: 2 }, 'maxOccupancy'],
    ];
    for (const [change, field] of bad) {
      const res = await s.gql(STAFFING, { input: { ...example, ...change } });
      assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(res.errors));
      assert.equal(res.errors?.[0]?.extensions?.field, field);
      assert.equal(res.data, null);
    }
    // Not a number at all: refused by GraphQL's Float before the calculator runs.
    const text = await s.gql(STAFFING, { input: { ...example, arrivalsPerHour: 'NaN' } });
    assert.equal(text.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    const inline = await s.gql(
      'query { staffing(input: { arrivalsPerHour: 200, averageHandleSeconds: 180, targetSeconds: 20 }) { erlangC { agents } } }',
    );
    assert.equal(inline.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', 'no target at all');
  });
});
