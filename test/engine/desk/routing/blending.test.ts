import { strict as assert } from 'node:assert';
import {
  applyCtiEvent,
  assignTask,
  getPendingReservationsOfAgent,
  getTask,
  setPresence,
  type Router,
  type TaskRecord,
} from '../../../../engine/index.ts';
import { actorFor, actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { deployFixture } from '../../../support/scenario.ts';
import { agent, queue, startRouter, startWork } from '../../../support/routing.ts';

describe('blending: agents kept free for live work', () => {
  let t: TestEngine;
  let router: Router;
  const offers = async (id: string) => (await getPendingReservationsOfAgent(t.ctx, id)).map((r) => r.taskId);

  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await deployFixture(t.ctx, import.meta.url, 'routed-task.bpmn');
    await queue(t.ctx, { name: 'hotline', channel: 'VOICE', slaSeconds: 20, slaTargetPercent: 80 });
    router = await startRouter(t.ctx);
    for (const id of ['ann', 'bob']) await agent(t.ctx, id, 'english:5', { VOICE: 1, BACKOFFICE: 1, total: 1 });
  });
  afterEach(async () => {
    await router.stop();
    await t.close();
  });

  /** 30 calls in a quarter of an hour (120 an hour, 10 Erlangs at the default 300 s handle time), all abandoned. */
  async function busyPhoneLines() {
    for (let i = 0; i < 30; i++) {
      await applyCtiEvent(t.ctx, actors.integrator, {
        type: 'CALL_OFFERED',
        callId: `c${i}`,
        queue: 'hotline',
        skills: [{ name: 'english', level: 2 }],
        at: t.clock.now(),
      });
      t.clock.advance(1_000);
      await applyCtiEvent(t.ctx, actors.integrator, { type: 'CALL_ENDED', callId: `c${i}`, at: t.clock.now() });
      t.clock.advance(20_000);
    }
    await router.settle();
  }

  it('given heavy call volume, then voice agents get interruptible back-office work only; when it drops, they get the rest', async () => {
    await busyPhoneLines();
    for (const id of ['ann', 'bob']) await setPresence(t.ctx, actorFor(id), { state: 'AVAILABLE' });
    const plain = await startWork(t.ctx, { ref: 'plain', priority: 90 });
    const interruptible = await startWork(t.ctx, { ref: 'interruptible', priority: 10, interruptible: true });
    await router.settle();
    assert.equal((await getTask(t.ctx, plain.id))?.state, 'QUEUED', 'held back for live work');
    assert.deepEqual([...(await offers('ann')), ...(await offers('bob'))], [interruptible.id]);
    const held = (await getTask(t.ctx, interruptible.id)) as TaskRecord;
    assert.equal((held.routingDecision as any).chosen !== null, true);
    t.clock.advance(16 * 60_000);
    await router.runDue();
    await setPresence(t.ctx, actorFor('ann'), { state: 'AVAILABLE' });
    await setPresence(t.ctx, actorFor('bob'), { state: 'AVAILABLE' });
    await router.settle();
    assert.equal((await getTask(t.ctx, plain.id))?.state, 'RESERVED', 'calls stopped: released to back-office work');
  });

  it('a supervisor assigning an offered task rescinds the offer and respects the new holder capacity', async () => {
    await setPresence(t.ctx, actorFor('ann'), { state: 'AVAILABLE' });
    const task = await startWork(t.ctx);
    await router.settle();
    assert.deepEqual(await offers('ann'), [task.id]);
    const assigned = await assignTask(t.ctx, actors.supervisor, task.id, 'bob');
    assert.equal(assigned.assigneeId, 'bob');
    assert.deepEqual(await offers('ann'), []);
    const second = await startWork(t.ctx, { ref: 'second' });
    const refused = await assignTask(t.ctx, actors.supervisor, second.id, 'bob').catch((e) => e);
    assert.equal(refused.fields?.reason, 'NO_CAPACITY');
    await router.settle();
  });
});
