import { strict as assert } from 'node:assert';
import { broadcastSignal, InstanceState, queryInstances, startProcess } from '../../../../engine/index.ts';
import { actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { deployFixture, openElementIds } from '../../../support/scenario.ts';

describe('signals', function () {
  this.timeout(120_000);
  let t: TestEngine;
  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await deployFixture(t.ctx, import.meta.url, 'signals.bpmn');
    await deployFixture(t.ctx, import.meta.url, 'signal-start.bpmn');
  });
  afterEach(() => t.close());

  it('given 1,000 waiting instances, then one broadcast reaches all of them in batches while other requests still get through, and starts the signal-started process', async () => {
    for (let i = 0; i < 1000; i++) await startProcess(t.ctx, actors.integrator, { key: 'waiting' });
    let servedDuring = 0;
    let broadcasting = true;
    const other = (async () => {
      while (broadcasting) {
        await queryInstances(t.ctx, { definitionKey: 'outageReport' }, 0, 1);
        servedDuring++;
      }
    })();
    const reached = await broadcastSignal(t.ctx, actors.integrator, 'networkOutage', { severity: 'high' });
    broadcasting = false;
    await other;
    assert.equal(reached, 1001);
    assert.ok(servedDuring > 10, `only ${servedDuring} other requests were served during the broadcast`);
    assert.equal(
      (await queryInstances(t.ctx, { definitionKey: 'waiting', state: InstanceState.ACTIVE }, 0, 1)).total,
      0,
    );
    const { rows } = await queryInstances(t.ctx, { definitionKey: 'outageReport' }, 0, 5);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].variables.severity, 'high');
    assert.deepEqual(await openElementIds(t.ctx, rows[0].id), ['report']);
  });

  it('given nobody listens, then a broadcast reaches no instance and starts nothing new', async () => {
    assert.equal(await broadcastSignal(t.ctx, actors.integrator, 'nobodyListens'), 0);
  });
});
