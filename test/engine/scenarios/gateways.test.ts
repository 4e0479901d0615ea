import { strict as assert } from 'node:assert';
import { InstanceState } from '../../../engine/index.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../support/context.ts';
import { deployFixture, reload, start, workAt, openElementIds } from '../../support/scenario.ts';

const elements = (t: TestEngine, id: string) => openElementIds(t.ctx, id);

describe('scenario: gateways', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
  });
  afterEach(() => t.close());

  describe('parallel gateway', () => {
    beforeEach(() => deployFixture(t.ctx, import.meta.url, 'parallel-gateway.bpmn'));

    it('given a fork, both branches get a task; the join waits for both before "decide"', async () => {
      const instance = await start(t.ctx, 'parallel');
      assert.deepEqual(await elements(t, instance.id), ['checkAddress', 'checkCredit']);
      await workAt(t.ctx, instance.id, 'checkCredit');
      assert.deepEqual(await elements(t, instance.id), ['checkAddress']);
      await workAt(t.ctx, instance.id, 'checkAddress');
      assert.deepEqual(await elements(t, instance.id), ['decide']);
      await workAt(t.ctx, instance.id, 'decide');
      assert.equal((await reload(t.ctx, instance.id)).state, InstanceState.COMPLETED);
    });
  });

  describe('inclusive gateway (fork)', () => {
    beforeEach(() => deployFixture(t.ctx, import.meta.url, 'inclusive-fork.bpmn'));

    it('given two true conditions (one Camunda, one FEEL), then exactly those two branches run', async () => {
      const instance = await start(t.ctx, 'notify', { sms: true, email: true });
      assert.deepEqual(await elements(t, instance.id), ['sendMail', 'sendSms']);
    });

    it('given no true condition, then only the default branch runs', async () => {
      const instance = await start(t.ctx, 'notify', { sms: false, email: false });
      assert.deepEqual(await elements(t, instance.id), ['sendLetter']);
    });
  });
});
