import { strict as assert } from 'node:assert';
import { getTask, InstanceState, TaskState, taskHistory } from '../../../../engine/index.ts';
import type { TestEngine } from '../../../support/context.ts';
import { openTask, reload, start, useTestEngine, work } from '../../../support/scenario.ts';

/** The statements reading tasks by execution (persist-outcome's check for tasks the process ended), with their bindings. */
function executionReads(t: TestEngine) {
  const reads: unknown[][] = [];
  const listen = (q: { sql: string; bindings: unknown[] }) => {
    if (/from [`"]tasks[`"] where .*[`"]execution_id[`"] in/.test(q.sql)) reads.push(q.bindings);
  };
  t.ctx.db.on('query', listen);
  return { reads, stop: () => t.ctx.db.off('query', listen) };
}

describe('persisting an outcome: tasks the process ended', () => {
  const engine = useTestEngine(import.meta.url, 'two-steps.bpmn', 'fork-terminate.bpmn');

  it('given a completion that moves on to the next task, then it does not read its own task back to cancel it', async () => {
    const t = engine();
    const instance = await start(t.ctx, 'twoSteps');
    const first = await openTask(t.ctx, instance.id, 'first');
    const seen = executionReads(t);
    await work(t.ctx, first);
    seen.stop();
    assert.deepEqual(seen.reads, []);
    assert.equal((await getTask(t.ctx, first.id))?.state, TaskState.COMPLETED);
    assert.equal((await openTask(t.ctx, instance.id, 'second')).state, TaskState.QUEUED);
  });

  it('given a completion that terminates the process, then the other open task is still read and cancelled, and only it', async () => {
    const t = engine();
    const instance = await start(t.ctx, 'forkTerminate');
    const decide = await openTask(t.ctx, instance.id, 'decide');
    const other = await openTask(t.ctx, instance.id, 'other');
    const seen = executionReads(t);
    await work(t.ctx, decide);
    seen.stop();
    assert.equal(seen.reads.length, 1);
    assert.ok(seen.reads[0]!.includes(other.executionId));
    assert.ok(!seen.reads[0]!.includes(decide.executionId));
    assert.equal((await reload(t.ctx, instance.id)).state, InstanceState.COMPLETED);
    assert.equal((await getTask(t.ctx, decide.id))?.state, TaskState.COMPLETED);
    assert.equal((await getTask(t.ctx, other.id))?.state, TaskState.CANCELLED);
    const types = async (id: string) => (await taskHistory(t.ctx, id)).map((h: { type: string }) => h.type);
    assert.ok((await types(other.id)).includes('task.cancelled'));
    assert.ok(!(await types(decide.id)).includes('task.cancelled'));
  });
});
