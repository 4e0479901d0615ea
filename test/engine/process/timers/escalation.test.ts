import { strict as assert } from 'node:assert';
import {
  claimTask,
  getTask,
  instanceHistory,
  makeTimerScheduler,
  TaskState,
  type EngineEvent,
  type TimerScheduler,
} from '../../../../engine/index.ts';
import { findOpenJobsOfInstance } from '../../../../models/index.ts';
import { makeEnginePool, type EnginePool } from '../../../../engine/process/runtime/index.ts';
import { actors } from '../../../support/actors.ts';
import type { TestEngine } from '../../../support/context.ts';
import { openElementIds, openTask, start, useTestEngine, work } from '../../../support/scenario.ts';

const HOUR = 3_600_000;

describe('escalation: a non-interrupting boundary timer raises the priority of the task it sits on', () => {
  const engine = useTestEngine(import.meta.url, 'escalation.bpmn');
  let t: TestEngine;
  let scheduler: TimerScheduler;
  let events: EngineEvent[];
  beforeEach(() => {
    t = engine();
    scheduler = makeTimerScheduler(t.ctx);
    events = [];
    t.ctx.events.subscribe((e) => events.push(e));
  });

  it('given a complaint left 4 hours, then its task stays open with priority 70, a supervisor task appears, history and a task event tell it', async () => {
    const instance = await start(t.ctx, 'complaint');
    const answer = await openTask(t.ctx, instance.id, 'answer');
    assert.equal(answer.priority, 50);

    t.clock.advance(4 * HOUR - 1);
    assert.equal(await scheduler.runDue(), 0);
    assert.equal((await getTask(t.ctx, answer.id))?.priority, 50, 'nothing before the deadline');

    t.clock.advance(1);
    assert.equal(await scheduler.runDue(), 1);
    const raised = await getTask(t.ctx, answer.id);
    assert.deepEqual([raised?.state, raised?.priority], [TaskState.QUEUED, 70]);
    assert.deepEqual(await openElementIds(t.ctx, instance.id), ['answer', 'supervise']);
    const supervise = await openTask(t.ctx, instance.id, 'supervise');
    assert.deepEqual(supervise.candidateGroups, ['supervisors']);
    const history = (await instanceHistory(t.ctx, instance.id)).filter((h) =>
      ['timer.fired', 'task.priorityRaised', 'task.created'].includes(h.type),
    );
    assert.deepEqual(
      history.map((h) => [h.type, h.taskId]),
      [
        ['task.created', answer.id],
        ['timer.fired', null],
        ['task.priorityRaised', answer.id],
        ['task.created', supervise.id],
      ],
    );
    assert.deepEqual(history[2]?.data, {
      before: { priority: 50 },
      after: { priority: 70 },
      boundaryEventId: 'overdue',
      jobId: (history[1]?.data as any).jobId,
    });
    const published = events.filter((e) => e.type === 'task.priorityRaised');
    assert.deepEqual(
      published.map((e) => 'task' in e && [e.task.id, e.task.priority]),
      [[answer.id, 70]],
    );
  });

  it('given engine threads in the context, then the scheduler fires the escalation there with the same raise and supervisor task', async () => {
    const pool = makeEnginePool(t.ctx, 1);
    const answers: boolean[] = [];
    const ctx = {
      ...t.ctx,
      engines: {
        ...pool,
        run: (r: Parameters<EnginePool['run']>[0]) => pool.run(r).then((a) => (answers.push(a.ok), a)),
      },
    };
    try {
      const instance = await start(ctx, 'complaint');
      const answer = await openTask(ctx, instance.id, 'answer');
      t.clock.advance(4 * HOUR);
      assert.equal(await makeTimerScheduler(ctx).runDue(), 1);
      assert.deepEqual(answers, [true]);
      assert.equal((await getTask(ctx, answer.id))?.priority, 70);
      assert.deepEqual(await openElementIds(ctx, instance.id), ['answer', 'supervise']);
    } finally {
      await pool.close();
    }
  });

  it('given the cycle fires again while the task is claimed, then the priority rises again for the holder; once answered, nothing is left to raise', async () => {
    const instance = await start(t.ctx, 'complaint');
    const answer = await openTask(t.ctx, instance.id, 'answer');
    t.clock.advance(4 * HOUR);
    await scheduler.runDue();
    await claimTask(t.ctx, actors.expert, answer.id);
    t.clock.advance(4 * HOUR);
    assert.equal(await scheduler.runDue(), 1);
    const again = await getTask(t.ctx, answer.id);
    assert.deepEqual([again?.state, again?.assigneeId, again?.priority], [TaskState.ASSIGNED, 'expert', 90]);
    assert.equal((await instanceHistory(t.ctx, instance.id)).filter((h) => h.type === 'task.priorityRaised').length, 2);

    await work(t.ctx, again as any, {}, actors.expert);
    // bpmn-engine runs one execution of an activity at a time: the second supervisor task waits for the first.
    assert.deepEqual(await openElementIds(t.ctx, instance.id), ['supervise']);
    assert.deepEqual(await findOpenJobsOfInstance(t.ctx.db, instance.id), [], 'the cycle ended with its task');
  });
});
