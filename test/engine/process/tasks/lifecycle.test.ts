import { strict as assert } from 'node:assert';
import {
  assignTask,
  claimTask,
  completeTask,
  getTask,
  makeEngineContext,
  makeLogger,
  TaskState,
  taskHistory,
  unclaimTask,
} from '../../../../engine/index.ts';
import { actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { deployFixture, openTask, start } from '../../../support/scenario.ts';
import { code } from '../../../support/outcome.ts';

describe('task lifecycle rules', () => {
  let t: TestEngine;
  let taskId: string;
  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await deployFixture(t.ctx, import.meta.url, 'refund.bpmn');
    const instance = await start(t.ctx, 'refund', { amount: 10, customer: { name: 'Ed' } });
    taskId = (await openTask(t.ctx, instance.id, 'review')).id;
  });
  afterEach(() => t.close());

  it('lets a candidate claim, and refuses a non-candidate with TASK_NOT_CLAIMABLE without changing the task', async () => {
    assert.equal(await code(claimTask(t.ctx, actors.outsider, taskId)), 'TASK_NOT_CLAIMABLE');
    assert.equal((await getTask(t.ctx, taskId))?.state, TaskState.QUEUED);
    const claimed = await claimTask(t.ctx, actors.expert, taskId);
    assert.equal(claimed.state, TaskState.ASSIGNED);
    assert.equal(claimed.assigneeId, 'expert');
    assert.equal(await code(claimTask(t.ctx, actors.expert2, taskId)), 'TASK_NOT_CLAIMABLE');
  });

  it('refuses roles that do not take work (a designer) with FORBIDDEN', async () => {
    assert.equal(await code(claimTask(t.ctx, actors.designer, taskId)), 'FORBIDDEN');
  });

  it('lets only the assignee complete', async () => {
    assert.equal(await code(completeTask(t.ctx, actors.expert, taskId, {})), 'TASK_NOT_ASSIGNEE');
    await claimTask(t.ctx, actors.expert, taskId);
    assert.equal(await code(completeTask(t.ctx, actors.expert2, taskId, {})), 'TASK_NOT_ASSIGNEE');
    const done = await completeTask(t.ctx, actors.expert, taskId, { approved: false });
    assert.equal(done.state, TaskState.COMPLETED);
    assert.equal(await code(completeTask(t.ctx, actors.expert, taskId, {})), 'TASK_ALREADY_COMPLETED');
  });

  it('unclaims back to the queue, and supervisors assign to anyone', async () => {
    await claimTask(t.ctx, actors.expert, taskId);
    assert.equal(await code(unclaimTask(t.ctx, actors.expert2, taskId)), 'FORBIDDEN');
    const back = await unclaimTask(t.ctx, actors.expert, taskId);
    assert.equal(back.state, TaskState.QUEUED);
    assert.equal(back.assigneeId, null);
    assert.equal(await code(assignTask(t.ctx, actors.expert, taskId, 'expert2')), 'FORBIDDEN');
    assert.equal(await code(assignTask(t.ctx, actors.supervisor, taskId, 'nobody')), 'BAD_USER_INPUT');
    const assigned = await assignTask(t.ctx, actors.supervisor, taskId, 'expert2');
    assert.equal(assigned.assigneeId, 'expert2');
    const history = (await taskHistory(t.ctx, taskId)).map((h) => [h.type, h.actorId]);
    assert.deepEqual(history, [
      ['task.created', 'integrator'],
      ['task.claimed', 'expert'],
      ['task.unclaimed', 'expert'],
      ['task.assigned', 'supervisor'],
    ]);
  });

  it('rejects bad completion variables with BAD_USER_INPUT and changes nothing', async () => {
    await claimTask(t.ctx, actors.expert, taskId);
    assert.equal(await code(completeTask(t.ctx, actors.expert, taskId, [1, 2])), 'BAD_USER_INPUT');
    assert.equal(await code(completeTask(t.ctx, actors.expert, taskId, { content: 1 })), 'BAD_USER_INPUT');
    assert.equal((await getTask(t.ctx, taskId))?.state, TaskState.ASSIGNED);
  });

  it('of two concurrent completions from two engine nodes exactly one wins, the other gets TASK_ALREADY_COMPLETED', async () => {
    const other = makeEngineContext({ db: await t.testDb.reopen(), clock: t.clock, logger: makeLogger('silent') });
    await claimTask(t.ctx, actors.expert, taskId);
    const results = await Promise.all([
      code(completeTask(t.ctx, actors.expert, taskId, { approved: true })),
      code(completeTask(other, actors.expert, taskId, { approved: false })),
    ]);
    assert.deepEqual(results.sort(), ['OK', 'TASK_ALREADY_COMPLETED']);
    const completions = (await taskHistory(t.ctx, taskId)).filter((h) => h.type === 'task.completed');
    assert.equal(completions.length, 1);
  });

  it('of concurrent claims by two candidates exactly one wins', async () => {
    const other = makeEngineContext({ db: await t.testDb.reopen(), clock: t.clock, logger: makeLogger('silent') });
    const results = await Promise.all([
      code(claimTask(t.ctx, actors.expert, taskId)),
      code(claimTask(other, actors.expert2, taskId)),
    ]);
    assert.equal(results.filter((r) => r === 'OK').length, 1, String(results));
    assert.ok(
      results.every((r) => r === 'OK' || r === 'TASK_NOT_CLAIMABLE' || r === 'CONFLICT'),
      String(results),
    );
  });
});
