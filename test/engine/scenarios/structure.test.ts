import { strict as assert } from 'node:assert';
import { InstanceState, TaskState } from '../../../engine/index.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../support/context.ts';
import {
  deployFixture,
  openTask,
  openTasks,
  reload,
  start,
  work,
  workAt,
  openElementIds,
} from '../../support/scenario.ts';

const elements = (t: TestEngine, id: string) => openElementIds(t.ctx, id);

describe('scenario: sub-processes, call activities, multi-instance, terminate and link events', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
  });
  afterEach(() => t.close());

  it('embedded sub-process: given its task is completed with a variable, then the gateway after it sees the variable', async () => {
    await deployFixture(t.ctx, import.meta.url, 'sub-process.bpmn');
    const instance = await start(t.ctx, 'onboarding');
    assert.deepEqual(await elements(t, instance.id), ['upload']);
    assert.ok((await reload(t.ctx, instance.id)).activeElementIds.includes('collect'));
    await workAt(t.ctx, instance.id, 'upload', { idType: 'passport' });
    assert.deepEqual(await elements(t, instance.id), ['verify']);
    assert.equal((await reload(t.ctx, instance.id)).variables.idType, 'passport');
  });

  it('call activity: given the called process has a task, then it is a task of the same instance and completing it resumes the caller', async () => {
    await deployFixture(t.ctx, import.meta.url, 'call-activity.bpmn');
    const instance = await start(t.ctx, 'claim');
    const assess = await openTask(t.ctx, instance.id, 'assess');
    assert.deepEqual(assess.candidateGroups, ['backoffice']);
    await work(t.ctx, assess);
    assert.deepEqual(await elements(t, instance.id), ['payout']);
    await workAt(t.ctx, instance.id, 'payout');
    assert.equal((await reload(t.ctx, instance.id)).state, InstanceState.COMPLETED);
  });

  it('multi-instance: given a collection of reviewers, then each gets an assigned task; a sequential loop creates one task at a time', async () => {
    await deployFixture(t.ctx, import.meta.url, 'multi-instance.bpmn');
    const instance = await start(t.ctx, 'approvals', { reviewers: ['expert', 'expert2', 'supervisor'] });
    const approvals = await openTasks(t.ctx, instance.id);
    assert.deepEqual(approvals.map((a) => a.assigneeId).sort(), ['expert', 'expert2', 'supervisor']);
    assert.deepEqual(approvals.map((a) => a.loopIndex).sort(), [0, 1, 2]);
    assert.ok(approvals.every((a) => a.state === TaskState.ASSIGNED));
    const { completeTask } = await import('../../../engine/index.ts');
    const { actors } = await import('../../support/actors.ts');
    for (const a of approvals) await completeTask(t.ctx, actors[a.assigneeId as 'expert'], a.id, {});
    assert.deepEqual(await elements(t, instance.id), ['sign']);
    await workAt(t.ctx, instance.id, 'sign');
    assert.deepEqual(await elements(t, instance.id), ['sign'], 'the second sequential iteration');
    await workAt(t.ctx, instance.id, 'sign');
    assert.equal((await reload(t.ctx, instance.id)).state, InstanceState.COMPLETED);
  });

  it('link and terminate events: given the fast branch links to "wrap" and terminates, then the slow task is cancelled', async () => {
    await deployFixture(t.ctx, import.meta.url, 'terminate-and-link.bpmn');
    const instance = await start(t.ctx, 'terminating');
    const slow = await openTask(t.ctx, instance.id, 'slow');
    await workAt(t.ctx, instance.id, 'fast');
    assert.deepEqual(await elements(t, instance.id), ['slow', 'wrap']);
    await workAt(t.ctx, instance.id, 'wrap');
    assert.equal((await reload(t.ctx, instance.id)).state, InstanceState.COMPLETED);
    const { getTask } = await import('../../../engine/index.ts');
    assert.equal((await getTask(t.ctx, slow.id))?.state, TaskState.CANCELLED);
  });
});
