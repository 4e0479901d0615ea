import { strict as assert } from 'node:assert';
import { instanceHistory, InstanceState, TaskState } from '../../../engine/index.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../support/context.ts';
import { deployFixture, openTask, openTasks, reload, start, work } from '../../support/scenario.ts';

describe('scenario: exclusive gateway driven by completion variables', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await deployFixture(t.ctx, import.meta.url, 'refund.bpmn');
  });
  afterEach(() => t.close());

  it('given a refund request, the review task carries every work-item attribute resolved at creation', async () => {
    const instance = await start(t.ctx, 'refund', { amount: 1500, customer: { name: 'Ada' } }, 'CASE-1');
    const task = await openTask(t.ctx, instance.id, 'review');
    assert.equal(task.name, 'Review refund for Ada');
    assert.equal(task.documentation, 'Check the purchase and decide.');
    assert.equal(task.state, TaskState.QUEUED);
    assert.deepEqual(task.candidateGroups, ['billing', 'backoffice']);
    assert.equal(task.priority, 80);
    assert.equal(task.dueAt, t.clock.now() + 2 * 86400_000);
    assert.equal(task.slaDueAt, t.clock.now() + 4 * 3600_000);
    assert.equal(task.formKey, 'refund-review');
    assert.deepEqual(task.skills, [
      { name: 'billing', level: 3 },
      { name: 'spanish', level: 2 },
    ]);
    assert.equal(task.queue, 'billing');
    assert.equal(task.businessValue, 70);
    assert.equal(task.interruptible, true);
    assert.equal(task.channel, 'BACKOFFICE');
    assert.deepEqual(instance.activeElementIds, ['review']);
    assert.equal(instance.businessKey, 'CASE-1');
  });

  it('when the reviewer approves a small refund, then the instance ends at "paid"', async () => {
    const instance = await start(t.ctx, 'refund', { amount: 200, customer: { name: 'Bo' } });
    await work(t.ctx, await openTask(t.ctx, instance.id, 'review'), { approved: true });
    const done = await reload(t.ctx, instance.id);
    assert.equal(done.state, InstanceState.COMPLETED);
    assert.equal(done.variables.approved, true);
    const history = await instanceHistory(t.ctx, instance.id);
    const ended = history.filter((h) => h.type === 'element.completed').map((h) => h.elementId);
    assert.ok(ended.includes('paid') && !ended.includes('rejected'), `ended: ${ended}`);
    const order = history.map((h) => (h.type === 'element.completed' ? h.elementId : h.type));
    assert.ok(
      order.indexOf('task.completed') < order.indexOf('decision'),
      'the completion comes before what it set off',
    );
    assert.equal(order.at(-1), 'instance.completed', 'the end of the instance is recorded last');
  });

  it('when the reviewer approves a large refund, then the manager named in a variable gets the approval', async () => {
    const instance = await start(t.ctx, 'refund', { amount: 5000, customer: { name: 'Cy' }, manager: 'supervisor' });
    await work(t.ctx, await openTask(t.ctx, instance.id, 'review'), { approved: true });
    const approval = await openTask(t.ctx, instance.id, 'approveBig');
    assert.equal(approval.state, TaskState.ASSIGNED);
    assert.equal(approval.assigneeId, 'supervisor');
    assert.equal((await reload(t.ctx, instance.id)).state, InstanceState.ACTIVE);
  });

  it('when the reviewer rejects, then the default flow ends the instance at "rejected" and no task stays open', async () => {
    const instance = await start(t.ctx, 'refund', { amount: 5000, customer: { name: 'Di' } });
    await work(t.ctx, await openTask(t.ctx, instance.id, 'review'), { approved: false });
    assert.equal((await reload(t.ctx, instance.id)).state, InstanceState.COMPLETED);
    assert.deepEqual(await openTasks(t.ctx, instance.id), []);
    const types = (await instanceHistory(t.ctx, instance.id)).map((h) => h.type);
    for (const type of ['instance.started', 'task.created', 'task.claimed', 'task.completed', 'instance.completed'])
      assert.ok(types.includes(type), `missing ${type}`);
  });
});
