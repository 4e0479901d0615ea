import { strict as assert } from 'node:assert';
import {
  applyCtiEvent,
  getQueuesWithStats,
  queueServiceLevel,
  ServiceLevelRule,
  type CtiEventInput,
  type QueueWithStats,
} from '../../../../engine/index.ts';
import { actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { agent, queue } from '../../../support/routing.ts';

const S = 1000;

describe('queue service level: abandoned calls count by the queue rule', () => {
  describe('the rules, on counts worked out by hand', () => {
    // 5 offered: 2 answered (1 within the threshold), 3 abandoned (1 within the grace period, 2 within
    // the threshold); 4 back-office tasks completed, 3 by their deadline.
    const counts = {
      answered: 2,
      answeredWithin: 1,
      abandoned: 3,
      abandonedShort: 1,
      abandonedWithin: 2,
      completed: 0,
      completedWithin: 0,
    };
    const rule = (r: ServiceLevelRule, c = counts) => queueServiceLevel(r, c);

    it('leaves short abandons out by default: 1 / (5 - 1)', () => {
      assert.equal(rule(ServiceLevelRule.EXCLUDE_SHORT_ABANDONS), 0.25);
    });
    it('counts every abandon against: 1 / 5', () => {
      assert.equal(rule(ServiceLevelRule.ABANDONS_COUNT_AGAINST), 0.2);
    });
    it('ignores abandons: 1 / 2', () => {
      assert.equal(rule(ServiceLevelRule.IGNORE_ABANDONS), 0.5);
    });
    it('counts abandons within the threshold as met: (1 + 2) / 5', () => {
      assert.equal(rule(ServiceLevelRule.ABANDONS_WITHIN_THRESHOLD_COUNT_FOR), 0.6);
    });
    it('adds back-office work completed by its deadline: (1 + 3) / (4 + 4)', () => {
      assert.equal(rule(ServiceLevelRule.EXCLUDE_SHORT_ABANDONS, { ...counts, completed: 4, completedWithin: 3 }), 0.5);
    });
    it('has no figure before anything counts, and none when only short abandons happened', () => {
      const none = { ...counts, answered: 0, answeredWithin: 0, abandoned: 1, abandonedShort: 1, abandonedWithin: 1 };
      assert.equal(rule(ServiceLevelRule.EXCLUDE_SHORT_ABANDONS, none), null);
      assert.equal(rule(ServiceLevelRule.ABANDONS_COUNT_AGAINST, none), 0);
    });
  });

  describe('calls through CTI on the manual clock', () => {
    let t: TestEngine;
    const cti = (input: CtiEventInput) => applyCtiEvent(t.ctx, actors.integrator, { at: t.clock.now(), ...input });
    const hotline = async (): Promise<QueueWithStats> =>
      (await getQueuesWithStats(t.ctx)).find((q) => q.name === 'hotline') as QueueWithStats;
    /** Runs `steps` at their second offsets from the clock's current time. */
    async function timeline(steps: [number, () => Promise<unknown>][]) {
      const t0 = t.clock.now();
      for (const [second, step] of steps) {
        t.clock.set(t0 + second * S);
        await step();
      }
    }
    const offer = (callId: string) => () => cti({ type: 'CALL_OFFERED', callId, queue: 'hotline' });
    const answer = (callId: string, agentId: string) => () => cti({ type: 'CALL_ANSWERED', callId, agentId });
    const end = (callId: string, agentId?: string) => () => cti({ type: 'CALL_ENDED', callId, agentId });

    beforeEach(async () => {
      t = await makeTestEngine();
      await seedUsers(t.ctx);
      await queue(t.ctx, { name: 'hotline', channel: 'VOICE', slaSeconds: 20, abandonGraceSeconds: 5 });
      for (const id of ['ann', 'bob']) {
        await agent(t.ctx, id, '', { VOICE: 1, BACKOFFICE: 0, total: 1 });
        await cti({ type: 'AGENT_LOGIN', agentId: id });
        await cti({ type: 'AGENT_READY', agentId: id });
      }
    });
    afterEach(() => t.close());

    it('given calls answered inside and outside the threshold and abandoned before and after the grace period, then the board shows the hand-computed figures', async () => {
      await timeline([
        [0, offer('c1')],
        [0, offer('c2')],
        [0, offer('c3')],
        [0, offer('c4')],
        [0, offer('c5')],
        [3, end('c3')], // abandoned within the 5 s grace period: left out
        [10, answer('c1', 'ann')], // answered within 20 s
        [12, end('c4')], // abandoned after the grace period, within the threshold
        [20, offer('c6')],
        [30, answer('c2', 'bob')], // answered after 30 s
        [35, offer('c7')],
        [40, end('c5')], // abandoned after 40 s
        [45, end('c1', 'ann')],
        [45, end('c2', 'bob')],
      ]);
      const { stats } = await hotline();
      // Met: c1. Counted: c1, c2, c4, c5 (c3 hung up within the grace period): 1 / 4.
      assert.equal(stats.serviceLevelPercent, 25);
      assert.equal(stats.offeredToday, 5);
      assert.equal(stats.answeredToday, 2);
      assert.equal(stats.abandonedToday, 3);
      assert.equal(stats.shortAbandonedToday, 1);
      // c6 has waited 25 s (past the 20 s threshold), c7 10 s.
      assert.equal(stats.atRisk, 1);
      assert.equal(stats.waiting, 2);
      // AHT (35 s + 15 s) / 2 = 25 s; both agents in wrap-up: 2 slots, none free; c6 and c7 ahead:
      // (2 + 1) × 25 / 2 = 37.5 s.
      assert.equal(stats.averageHandleSeconds, 25);
      assert.equal(stats.estimatedWaitSeconds, 38);
      assert.deepEqual(
        stats.hourly.map((h) => [h.arrived, h.offered, h.answered, h.abandoned, h.withinSla, h.serviceLevelPercent]),
        [[7, 5, 2, 3, 1, 25]],
      );

      for (const [rule, percent] of [
        ['ABANDONS_COUNT_AGAINST', 20],
        ['IGNORE_ABANDONS', 50],
        ['ABANDONS_WITHIN_THRESHOLD_COUNT_FOR', 60],
      ] as const) {
        await queue(t.ctx, { name: 'hotline', serviceLevelRule: rule });
        const q = await hotline();
        assert.equal(q.stats.serviceLevelPercent, percent, rule);
        assert.equal(q.stats.hourly[0].serviceLevelPercent, percent, `${rule}, by hour`);
      }
    });

    it('given a wider grace period, then the same abandon becomes a short one', async () => {
      await queue(t.ctx, { name: 'hotline', abandonGraceSeconds: 15 });
      await timeline([
        [0, offer('c1')],
        [0, offer('c2')],
        [5, answer('c1', 'ann')],
        [12, end('c2')],
      ]);
      // c2 hung up after 12 s: within 15 s of grace it is left out, so 1 / 1.
      assert.equal((await hotline()).stats.serviceLevelPercent, 100);
      await queue(t.ctx, { name: 'hotline', abandonGraceSeconds: 10 });
      assert.equal((await hotline()).stats.serviceLevelPercent, 50);
    });

    it('given outcomes in two hours, then each hour and the day follow the same rule', async () => {
      t.clock.set(Date.UTC(2026, 0, 5, 9, 59, 40));
      await timeline([
        [0, offer('c1')],
        [10, answer('c1', 'ann')], // 09:59:50, answered within 10 s: hour 9
        [15, offer('c2')],
        [50, end('c2')], // 10:00:30, abandoned after 35 s: hour 10
        [55, offer('c3')],
        [57, end('c3')], // 10:00:37, short abandon: hour 10, left out
      ]);
      const { stats } = await hotline();
      assert.deepEqual(
        stats.hourly.map((h) => [new Date(h.hour).toISOString(), h.arrived, h.offered, h.serviceLevelPercent]),
        [
          ['2026-01-05T09:00:00.000Z', 2, 1, 100],
          ['2026-01-05T10:00:00.000Z', 1, 2, 0],
        ],
      );
      assert.equal(stats.serviceLevelPercent, 50, 'the day: 1 met of 2 counted');
    });
  });
});
