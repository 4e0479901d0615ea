import { strict as assert } from 'node:assert';
import {
  correlateMessage,
  getTask,
  makeEngineContext,
  makeLogger,
  makeTimerScheduler,
  TaskState,
  type TimerScheduler,
} from '../../../../engine/index.ts';
import { findFailedJobs, findOpenJobsOfInstance } from '../../../../models/index.ts';
import { actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { deployFixture, openElementIds, openTask, start, work } from '../../../support/scenario.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('durable timers', () => {
  let t: TestEngine;
  let scheduler: TimerScheduler;
  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await deployFixture(t.ctx, import.meta.url, 'timers.bpmn');
    scheduler = makeTimerScheduler(t.ctx);
  });
  afterEach(() => t.close());

  it('given an intermediate PT30M timer, then it fires when the clock passes 30 minutes and not before', async () => {
    const instance = await start(t.ctx, 'timers', { kind: 'wait' });
    const [job] = await findOpenJobsOfInstance(t.ctx.db, instance.id);
    assert.equal(job.dueAt, t.clock.now() + 30 * MIN);
    t.clock.advance(29 * MIN);
    assert.equal(await scheduler.runDue(), 0);
    assert.deepEqual(await openElementIds(t.ctx, instance.id), []);
    t.clock.advance(2 * MIN);
    assert.equal(await scheduler.runDue(), 1);
    assert.deepEqual(await openElementIds(t.ctx, instance.id), ['after']);
    assert.deepEqual(await findOpenJobsOfInstance(t.ctx.db, instance.id), []);
  });

  it('given a P30D timer (beyond what node can wait), then it is stored for 30 days and fires then', async () => {
    const instance = await start(t.ctx, 'timers', { kind: 'long' });
    assert.equal((await findOpenJobsOfInstance(t.ctx.db, instance.id))[0].dueAt, t.clock.now() + 30 * DAY);
    t.clock.advance(30 * DAY + 1);
    await scheduler.runDue();
    assert.deepEqual(await openElementIds(t.ctx, instance.id), ['after']);
  });

  it('given a timer that fell due while no server ran, then a scheduler started afterwards fires it at once', async () => {
    const instance = await start(t.ctx, 'timers', { kind: 'wait' });
    t.clock.advance(3 * HOUR);
    const fresh = makeEngineContext({ db: await t.testDb.reopen(), clock: t.clock, logger: makeLogger('silent') });
    const later = makeTimerScheduler(fresh, { sleep: () => () => undefined });
    await later.start();
    await later.stop();
    assert.deepEqual(await openElementIds(t.ctx, instance.id), ['after']);
  });

  it('given a non-interrupting cycle R2/PT10M on a task, then it fires twice while the task stays; the interrupting PT1H boundary then cancels it', async () => {
    const instance = await start(t.ctx, 'timers', { kind: 'task' });
    const task = await openTask(t.ctx, instance.id, 'work');
    for (let i = 0; i < 2; i++) {
      t.clock.advance(10 * MIN);
      assert.equal(await scheduler.runDue(), 1);
    }
    // bpmn-engine runs one execution of an activity at a time: the second reminder queues behind the first.
    assert.deepEqual(await openElementIds(t.ctx, instance.id), ['remind', 'work']);
    await work(t.ctx, await openTask(t.ctx, instance.id, 'remind'));
    assert.deepEqual(await openElementIds(t.ctx, instance.id), ['remind', 'work']);
    t.clock.advance(10 * MIN);
    assert.equal(await scheduler.runDue(), 0, 'R2 repeats twice only');
    t.clock.advance(HOUR);
    await scheduler.runDue();
    assert.equal((await getTask(t.ctx, task.id))?.state, TaskState.CANCELLED);
    assert.deepEqual(await openElementIds(t.ctx, instance.id), ['escalate', 'remind']);
  });

  it('given an event-based gateway, then a message before the P2D timer wins and the timer job is removed', async () => {
    const instance = await start(t.ctx, 'timers', { kind: 'race' }, 'R-1');
    assert.equal((await findOpenJobsOfInstance(t.ctx.db, instance.id)).length, 1);
    await correlateMessage(t.ctx, actors.integrator, { name: 'reply', correlationKey: 'R-1' });
    assert.deepEqual(await findOpenJobsOfInstance(t.ctx.db, instance.id), []);
    t.clock.advance(3 * DAY);
    assert.equal(await scheduler.runDue(), 0);
  });

  it('given an event-based gateway, then the timer wins when no message comes in two days', async () => {
    const instance = await start(t.ctx, 'timers', { kind: 'race' }, 'R-2');
    t.clock.advance(2 * DAY + 1);
    await scheduler.runDue();
    assert.deepEqual(await openElementIds(t.ctx, instance.id), ['chase']);
    assert.equal(
      (await correlateMessage(t.ctx, actors.integrator, { name: 'reply', correlationKey: 'R-2' })).outcome,
      'NO_MATCH',
    );
  });

  it('given a node that claimed a timer and died, then another node takes the job after the lock expires and it fires once', async () => {
    const instance = await start(t.ctx, 'timers', { kind: 'wait' });
    t.clock.advance(31 * MIN);
    const { claimDueJobs, JobType } = await import('../../../../models/index.ts');
    const [claimed] = await claimDueJobs(t.ctx.db, JobType.TIMER, t.clock.now(), 'dead-node', 60_000, 10);
    assert.ok(claimed);
    assert.equal(await scheduler.runDue(), 0, 'locked by the dead node');
    t.clock.advance(61_000);
    assert.equal(await scheduler.runDue(), 1);
    assert.deepEqual(await openElementIds(t.ctx, instance.id), ['after']);
  });

  it('given a timer whose firing fails every time, then it is retried with back-off and becomes an incident', async () => {
    const instance = await start(t.ctx, 'timers', { kind: 'wait' });
    await t.ctx
      .db('process_instances')
      .where({ id: instance.id })
      // A new version, as any write has: a live engine kept for the old one is not used (hot-engines.ts).
      .update({ engine_state: '{"definitions": "broken"}', version: instance.version + 1 });
    t.clock.advance(31 * MIN);
    for (let i = 0; i < 3; i++) {
      await scheduler.runDue();
      t.clock.advance(HOUR);
    }
    const [incident] = await findFailedJobs(t.ctx.db, instance.id);
    assert.ok(incident, 'an incident');
    assert.ok(incident.errorMessage);
    const { instanceHistory } = await import('../../../../engine/index.ts');
    assert.ok((await instanceHistory(t.ctx, instance.id)).some((h) => h.type === 'incident.created'));
  });

  it('given a completed task before its deadline, then its boundary timers are gone with it', async () => {
    const instance = await start(t.ctx, 'timers', { kind: 'task' });
    assert.equal((await findOpenJobsOfInstance(t.ctx.db, instance.id)).length, 2);
    await work(t.ctx, await openTask(t.ctx, instance.id, 'work'));
    assert.deepEqual(await findOpenJobsOfInstance(t.ctx.db, instance.id), []);
  });
});
