import { strict as assert } from 'node:assert';
import {
  applyInstanceRecords,
  cancelProcessInstance,
  claimTask,
  completeTask,
  DEFAULT_FEED_SETTINGS,
  makeChangeFeed,
  makeFixedLeadership,
  makeReportingConsumer,
  processFactsApplier,
  makeTimerScheduler,
  processReport,
} from '../../../../engine/index.ts';
import { FEED_START, feedPending, readFeed, type Db, type FeedRecord } from '../../../../models/index.ts';
import { actors } from '../../../support/actors.ts';
import type { TestEngine } from '../../../support/context.ts';
import { openTask, start, useTestEngine } from '../../../support/scenario.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** Every fact row, for comparing before and after. */
async function snapshot(db: Db) {
  const rows = async (table: string, order: string[]) => db(table).orderBy(order).select();
  return {
    instances: await rows('process_instance_facts', ['instance_id']),
    elements: await rows('process_element_facts', ['instance_id', 'execution_id']),
    rollups: await rows('process_time_rollups', ['day', 'element_id', 'metric', 'bucket']),
  };
}

describe('process facts and processReport', function () {
  this.timeout(30_000);
  const engine = useTestEngine(import.meta.url, 'refund.bpmn');
  let t: TestEngine;
  beforeEach(() => (t = engine()));

  /**
   * Three refunds on 2026-01-05 (the manual clock starts at 09:00 UTC):
   * A waits 10 min for its claim and is worked 20 min (rejected, 30 min in all);
   * B waits 30 min and is worked 60 min (90 min);
   * C is never claimed, breaches its 4 h SLA at review and is cancelled after 5 h.
   */
  async function scriptedDay() {
    const scheduler = makeTimerScheduler(t.ctx);
    const day = Math.floor(t.clock.now() / DAY) * DAY;
    for (const [wait, work] of [
      [10, 20],
      [30, 60],
    ]) {
      const i = await start(t.ctx, 'refund', { amount: 5, customer: { name: 'Ann' } });
      const task = await openTask(t.ctx, i.id, 'review');
      t.clock.advance(wait * MIN);
      await claimTask(t.ctx, actors.expert, task.id);
      t.clock.advance(work * MIN);
      await completeTask(t.ctx, actors.expert, task.id, { approved: false });
    }
    const c = await start(t.ctx, 'refund', { amount: 5, customer: { name: 'Cy' } });
    t.clock.advance(4 * HOUR);
    await scheduler.runDue();
    t.clock.advance(HOUR);
    await cancelProcessInstance(t.ctx, actors.supervisor, c.id, 'gave up');
    return day;
  }
  /**
   * Every record so far. PostgreSQL hands out a record once every older transaction on the server
   * has ended (models/feed-repo.ts), other databases' included: wait for that.
   */
  async function wholeFeed(): Promise<FeedRecord[]> {
    const deadline = Date.now() + 10_000;
    while (await feedPending(t.ctx.db, FEED_START)) {
      if (Date.now() > deadline) assert.fail('feed records stay unreadable');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return readFeed(t.ctx.db, FEED_START, 10_000);
  }
  const applyFeed = async () => applyInstanceRecords(t.ctx, null, await wholeFeed());

  it('gives the hand-computed figures per element, from the day histograms and from the facts alike', async () => {
    const day = await scriptedDay();
    await applyFeed();
    const whole = await processReport(t.ctx, actors.supervisor, { from: day, to: day + DAY }, 'refund');
    const t0 = Date.UTC(2026, 0, 5, 9);
    // Not whole days: read from the facts, not the histograms; the figures are the same.
    const edges = await processReport(t.ctx, actors.designer, { from: t0 - MIN, to: t0 + 8 * HOUR }, 'refund');
    for (const r of [whole, edges]) {
      assert.equal(r.started, 3);
      assert.equal(r.completed, 2);
      assert.equal(r.cancelled, 1);
      assert.deepEqual(r.duration, { meanMs: 60 * MIN, p50Ms: 30 * MIN, p90Ms: 90 * MIN, p99Ms: 90 * MIN });
      const review = r.elements.find((e) => e.elementId === 'review')!;
      assert.equal(review.count, 3);
      assert.deepEqual(review.waiting, { meanMs: ((10 + 30 + 300) * MIN) / 3, p90Ms: 300 * MIN });
      assert.deepEqual(review.working, { meanMs: ((20 + 60) * MIN) / 3, p90Ms: 60 * MIN });
      assert.deepEqual(review.total, { meanMs: ((30 + 90 + 300) * MIN) / 3, p90Ms: 300 * MIN });
      // Path counts: both rejections passed the gateway and ended at `rejected`; C ended nowhere.
      assert.equal(r.elements.find((e) => e.elementId === 'decision')?.count, 2);
      assert.equal(r.elements.find((e) => e.elementId === 'rejected')?.count, 2);
      assert.equal(
        r.elements.find((e) => e.elementId === 'paid'),
        undefined,
      );
      assert.deepEqual(r.slaBreachStarts, [{ elementId: 'review', count: 1 }]);
      assert.equal(r.incidents, 0);
    }
    const hourly = await processReport(
      t.ctx,
      actors.supervisor,
      { from: t0, to: t0 + 3 * HOUR, intervalMinutes: 60 },
      'refund',
    );
    assert.deepEqual(
      hourly.intervals.map((i) => [i.started, i.completed]),
      // A starts 09:00 and ends 09:30; B starts 09:30 and ends 11:00; C starts 11:00.
      [
        [2, 1],
        [0, 0],
        [1, 1],
      ],
    );
  });

  it('feeds an instance twice only: at its start and at its end (claims and other commands add no instance record)', async () => {
    const instanceRecords = async () => (await wholeFeed()).filter((r) => r.entity === 'instance');
    const i = await start(t.ctx, 'refund', { amount: 5, customer: { name: 'Ann' } });
    assert.deepEqual(
      (await instanceRecords()).map((r) => [r.op, r.row.state]),
      [['I', 'ACTIVE']],
    );
    const task = await openTask(t.ctx, i.id, 'review');
    await claimTask(t.ctx, actors.expert, task.id);
    assert.equal((await instanceRecords()).length, 1);
    await completeTask(t.ctx, actors.expert, task.id, { approved: false });
    const records = await instanceRecords();
    assert.deepEqual(
      records.map((r) => [r.op, r.prevState, r.row.state]),
      [
        ['I', null, 'ACTIVE'],
        ['U', 'ACTIVE', 'COMPLETED'],
      ],
    );
    // The instance's variables and engine state stay out of the feed.
    assert.equal(records[1].row.variables, undefined);
    assert.equal(records[1].row.engine_state, undefined);
  });

  it('changes nothing when the same records are applied again (the feed delivers at least once)', async () => {
    await scriptedDay();
    await applyFeed();
    const once = await snapshot(t.ctx.db);
    assert.equal(once.instances.length, 3);
    await applyFeed();
    await applyInstanceRecords(t.ctx, null, (await wholeFeed()).reverse());
    assert.deepEqual(await snapshot(t.ctx.db), once);
  });

  it('refuses other roles, reversed ranges and too many intervals', async () => {
    const range = { from: 0, to: DAY };
    await assert.rejects(processReport(t.ctx, actors.expert, range, 'refund'), { code: 'FORBIDDEN' });
    await assert.rejects(processReport(t.ctx, actors.supervisor, { from: DAY, to: 0 }, 'refund'), {
      code: 'BAD_USER_INPUT',
    });
    await assert.rejects(
      processReport(t.ctx, actors.supervisor, { from: 0, to: 30 * DAY, intervalMinutes: 15 }, 'refund'),
      /larger interval/,
    );
  });

  it('is written by the reporting consumer of the change feed on the leading node, its instance applier in the batch', async () => {
    const feed = makeChangeFeed(t.ctx, { ...DEFAULT_FEED_SETTINGS, pollMs: 20 });
    await feed.start();
    const reader = makeReportingConsumer(t.ctx, feed, makeFixedLeadership(), { appliers: [processFactsApplier] });
    try {
      await reader.start();
      const day = await scriptedDay();
      const report = () => processReport(t.ctx, actors.supervisor, { from: day, to: day + DAY }, 'refund');
      const deadline = Date.now() + 10_000;
      while ((await report()).cancelled < 1 && Date.now() < deadline) {
        await feed.wake();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      assert.equal((await report()).completed, 2);
      const checkpoint = await t.ctx.db('feed_consumers').where('name', 'reports').first();
      assert.ok(checkpoint, 'registered');
    } finally {
      await reader.stop();
      await feed.stop();
    }
  });
});
