import { strict as assert } from 'node:assert';
import { bestEligibleTasks } from '../../../../models/index.ts';
import { effectivePriority, PriorityWeights, type PriorityInput } from '../../../../engine/index.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { deployFixture } from '../../../support/scenario.ts';
import { queue, startWork } from '../../../support/routing.ts';

const base: PriorityInput = { priority: 50, businessValue: 0, channel: 'BACKOFFICE', enqueuedAt: 0, slaDueAt: null };
const q = { agingPerMinute: 1, slaSeconds: 3600 };

describe('priority formula', () => {
  it('adds base priority, weighted business value and the channel boost: live work outranks back-office work', () => {
    assert.equal(effectivePriority(base, q, 0), 50);
    assert.equal(effectivePriority({ ...base, businessValue: 80 }, q, 0), 90);
    assert.ok(
      effectivePriority({ ...base, channel: 'VOICE', priority: 0 }, q, 0) >
        effectivePriority({ ...base, priority: 1000, businessValue: 100 }, q, 0) - 200,
    );
    assert.ok(
      effectivePriority({ ...base, channel: 'VOICE' }, q, 0) > effectivePriority({ ...base, channel: 'CHAT' }, q, 0),
    );
  });

  it('ages by the queue rate: a waiting task gains a point per minute, so age outweighs a smaller priority gap', () => {
    const old = { ...base, priority: 10, enqueuedAt: 0 };
    const fresh = { ...base, priority: 40, enqueuedAt: 20 * 60_000 };
    assert.ok(effectivePriority(old, q, 20 * 60_000) < effectivePriority(fresh, q, 20 * 60_000));
    const later = { ...fresh, enqueuedAt: 40 * 60_000 };
    assert.ok(effectivePriority(old, q, 40 * 60_000) > effectivePriority(later, q, 40 * 60_000));
    assert.equal(effectivePriority(old, { ...q, agingPerMinute: 3 }, 10 * 60_000), 40);
    assert.equal(effectivePriority(old, { ...q, agingPerMinute: 0 }, 10 * 3_600_000), 10);
  });

  it('raises SLA urgency over the queue horizon before the deadline and keeps raising it after', () => {
    const due = { ...base, slaDueAt: 10 * 3_600_000 };
    const flat = { ...q, agingPerMinute: 0 };
    assert.equal(effectivePriority(due, flat, 9 * 3_600_000), 50);
    assert.equal(effectivePriority(due, flat, 9.5 * 3_600_000), 50 + PriorityWeights.slaUrgency / 2);
    assert.equal(effectivePriority(due, flat, 10 * 3_600_000), 50 + PriorityWeights.slaUrgency);
    assert.ok(effectivePriority(due, flat, 11 * 3_600_000) > 50 + PriorityWeights.slaUrgency);
  });

  describe('in SQL (pull)', () => {
    let t: TestEngine;
    beforeEach(async () => {
      t = await makeTestEngine();
      await seedUsers(t.ctx);
      await deployFixture(t.ctx, import.meta.url, 'routed-task.bpmn');
    });
    afterEach(() => t.close());

    it('orders tasks exactly as the TypeScript formula does, across queues, channels, values and ages', async () => {
      await queue(t.ctx, { name: 'slow', agingPerMinute: 0.5, slaSeconds: 600 });
      await queue(t.ctx, { name: 'fast', agingPerMinute: 5, slaSeconds: 600 });
      const specs = [
        { queue: 'slow', priority: 80 },
        { queue: 'fast', priority: 20 },
        { queue: 'nowhere', priority: 60, value: 90 },
        { queue: 'fast', priority: 55, channel: 'EMAIL' },
        { queue: 'slow', priority: 30, value: 40 },
        { queue: 'fast', priority: 5, channel: 'CHAT' },
      ];
      for (const spec of specs) {
        await startWork(t.ctx, spec);
        t.clock.advance(7 * 60_000);
      }
      const now = t.clock.now() + 45 * 60_000;
      const rows = await bestEligibleTasks(
        t.ctx.db,
        { userId: 'supervisor', groups: [] },
        ['BACKOFFICE', 'EMAIL', 'CHAT'],
        PriorityWeights,
        now,
        50,
      );
      const queues = new Map([
        ['slow', { agingPerMinute: 0.5, slaSeconds: 600 }],
        ['fast', { agingPerMinute: 5, slaSeconds: 600 }],
      ]);
      const scored = rows.map((r) =>
        effectivePriority(
          r,
          queues.get(r.queue ?? '') ?? { agingPerMinute: PriorityWeights.defaultAgingPerMinute, slaSeconds: 3600 },
          now,
        ),
      );
      assert.equal(rows.length, specs.length);
      assert.deepEqual(
        scored,
        [...scored].sort((a, b) => b - a),
      );
    });
  });
});
