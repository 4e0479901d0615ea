import { strict as assert } from 'node:assert';
import { getTask, makeTimerScheduler, taskHistory, type EngineEvent } from '../../../../engine/index.ts';
import type { TestEngine } from '../../../support/context.ts';
import { openTask, start, work, useTestEngine } from '../../../support/scenario.ts';

const HOUR = 3600_000;

describe('SLA deadlines', () => {
  const engine = useTestEngine(import.meta.url, 'refund.bpmn');
  let t: TestEngine;
  beforeEach(() => (t = engine()));

  it('given a task still open at its SLA deadline (PT4H), then it is marked breached once, in history, and task.slaBreached is published', async () => {
    const events: EngineEvent[] = [];
    t.ctx.events.subscribe((e) => events.push(e));
    const instance = await start(t.ctx, 'refund', { amount: 1, customer: { name: 'Sla' } });
    const task = await openTask(t.ctx, instance.id, 'review');
    const scheduler = makeTimerScheduler(t.ctx);
    t.clock.advance(4 * HOUR - 1);
    await scheduler.runDue();
    assert.equal((await getTask(t.ctx, task.id))?.slaBreachedAt, null);
    t.clock.advance(1);
    await scheduler.runDue();
    assert.equal((await getTask(t.ctx, task.id))?.slaBreachedAt, t.clock.now());
    assert.deepEqual(
      events.filter((e) => e.type === 'task.slaBreached').map((e) => ('task' in e ? e.task.id : null)),
      [task.id],
    );
    assert.ok((await taskHistory(t.ctx, task.id)).some((h) => h.type === 'task.slaBreached'));
    t.clock.advance(HOUR);
    assert.equal(await scheduler.runDue(), 0, 'fires once');
  });

  it('given a task completed in time, then its SLA job passes without a breach', async () => {
    const instance = await start(t.ctx, 'refund', { amount: 1, customer: { name: 'Ok' } });
    const task = await openTask(t.ctx, instance.id, 'review');
    await work(t.ctx, task, { approved: false });
    t.clock.advance(5 * HOUR);
    await makeTimerScheduler(t.ctx).runDue();
    assert.equal((await getTask(t.ctx, task.id))?.slaBreachedAt, null);
  });
});
