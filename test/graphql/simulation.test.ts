import { strict as assert } from 'node:assert';
import { startTestServer, type TestServer } from '../support/server.ts';

const SIMULATE = `mutation($scenario: JSON!) { simulate(scenario: $scenario) { id state progress result } }`;
const RUN = `query($id: ID!) { simulationRun(id: $id) { id state progress result error createdAt finishedAt } }`;
const CANCEL = `mutation($id: ID!) { cancelSimulation(id: $id) { id state } }`;

const scenario = {
  seed: 3,
  hours: 1,
  queues: [
    { name: 'sales', channel: 'VOICE', arrivalsPerHour: 200, averageHandleSeconds: 180, patienceSeconds: 90 },
    { name: 'claims', channel: 'BACKOFFICE', averageHandleSeconds: 600, slaSeconds: 28_800, backlog: 100 },
  ],
  agents: [{ count: 14 }],
};

describe('GraphQL: simulation runs', function () {
  this.timeout(60_000);
  let s: TestServer;
  before(async () => {
    s = await startTestServer();
  });
  after(() => s.close());

  it('simulate starts a run; simulationRun shows it RUNNING and then DONE with the result', async () => {
    const started = await s.gql(SIMULATE, { scenario }, { as: 'supervisor' });
    assert.equal(started.errors, undefined, JSON.stringify(started.errors));
    const { id, state } = started.data.simulate;
    assert.equal(state, 'RUNNING');
    let run;
    for (let i = 0; i < 200; i += 1) {
      run = (await s.gql(RUN, { id }, { as: 'supervisor' })).data.simulationRun;
      if (run.state !== 'RUNNING') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(run.state, 'DONE', JSON.stringify(run));
    assert.equal(run.progress, 1);
    const [sales, claims] = run.result.queues;
    assert.equal(sales.name, 'sales');
    for (const key of ['offered', 'answered', 'abandoned', 'completed', 'serviceLevel', 'averageSpeedOfAnswerSeconds'])
      assert.equal(typeof sales[key], 'number', key);
    assert.equal(typeof claims.completedWithinSla, 'number');
    assert.equal(typeof run.result.agents.occupancy, 'number');
    assert.ok(run.finishedAt >= run.createdAt);
  });

  it('cancelSimulation ends a run as CANCELLED', async () => {
    const long = {
      ...scenario,
      hours: 24,
      agents: [{ count: 200 }],
      queues: [{ ...scenario.queues[0], arrivalsPerHour: 3000 }],
    };
    const { id } = (await s.gql(SIMULATE, { scenario: long }, { as: 'admin' })).data.simulate;
    const cancelled = await s.gql(CANCEL, { id }, { as: 'supervisor' });
    assert.equal(cancelled.errors, undefined, JSON.stringify(cancelled.errors));
    let run;
    for (let i = 0; i < 100; i += 1) {
      run = (await s.gql(RUN, { id }, { as: 'supervisor' })).data.simulationRun;
      if (run.state !== 'RUNNING') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(run.state, 'CANCELLED');
  });

  it('refuses agents and experts, and a bad scenario with BAD_USER_INPUT naming the field', async () => {
    for (const user of ['agent', 'expert', 'designer']) {
      const res = await s.gql(SIMULATE, { scenario }, { as: user });
      assert.equal(res.errors?.[0]?.extensions?.code, 'FORBIDDEN', user);
    }
    const bad = await s.gql(
      SIMULATE,
      { scenario: { ...scenario, queues: [{ ...scenario.queues[0], averageHandleSeconds: -1 }] } },
      { as: 'supervisor' },
    );
    assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(bad.errors?.[0]?.extensions?.field, 'queues[0].averageHandleSeconds');
    const unknown = await s.gql(RUN, { id: 'sim-nope' }, { as: 'supervisor' });
    assert.equal(unknown.data.simulationRun, null);
  });
});
