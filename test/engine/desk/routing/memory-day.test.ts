import { strict as assert } from 'node:assert';
import { makeManualClock } from '../../../../engine/core/clock/index.ts';
import { makeLogger } from '../../../../engine/core/logger/index.ts';
import { makeMemoryRoutingStore } from '../../../../engine/desk/routing/memory-store.ts';
import { makeRouter } from '../../../../engine/desk/routing/router.ts';
import { newTask } from '../../../../engine/process/runtime/index.ts';
import type { AgentRecord, Channel, QueueRecord, TaskRecord } from '../../../../models/index.ts';

const HOUR = 3_600_000;
const TICK = 5_000;

/** A deterministic pseudo-random sequence (the same day every run). */
function makeRandom(seed = 42) {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

const queueRecord = (name: string, channel: Channel): QueueRecord => ({
  siteId: null,
  businessHoursSla: false,
  name,
  channel,
  slaSeconds: 3_600,
  slaTargetPercent: 80,
  reservationTimeoutSeconds: 20,
  agingPerMinute: 2,
  pauseReturnSeconds: 900,
  maxMissedOffers: 3,
  serviceLevelRule: 'EXCLUDE_SHORT_ABANDONS',
  abandonGraceSeconds: 5,
  escalation: [{ afterSeconds: 1_800, lowerSkillLevelBy: 2 }],
  dispositionCodes: [],
  cannedResponses: [],
  createdAt: 0,
  updatedAt: 0,
});

const agentRecord = (id: string, skills: { name: string; level: number }[], now: number): AgentRecord => ({
  id,
  name: id,
  roles: ['agent'],
  groups: [],
  siteId: null,
  skills,
  capacity: { VOICE: 1, CHAT: 2, EMAIL: 3, BACKOFFICE: 1, total: 3 },
  presence: 'AVAILABLE',
  presenceReason: null,
  presenceSince: now,
  missedOffers: 0,
  idleSince: now,
  ctiAt: null,
  version: 1,
  updatedAt: now,
});

function taskRecord(id: string, channel: Channel, skill: string, priority: number, now: number): TaskRecord {
  return newTask({
    id,
    executionId: `sim:${id}`,
    name: id,
    state: 'QUEUED',
    channel,
    priority,
    skills: [{ name: skill, level: 3 }],
    queue: channel === 'CHAT' ? 'chat' : 'backoffice',
    createdAt: now,
    enqueuedAt: now,
    version: 1,
  });
}

/**
 * What the in-memory store is for: a contact centre's whole day in virtual time, through the real
 * router, fast enough to compare routing policies by simulation.
 */
describe('routing in memory: a contact-centre day in virtual time', () => {
  it('routes a whole 8-hour day (40 agents, some 4,000 contacts, offers that are rejected or time out) in well under two minutes', async function () {
    this.timeout(120_000);
    const started = performance.now();
    const clock = makeManualClock(Date.UTC(2026, 0, 5, 8));
    const store = makeMemoryRoutingStore(clock);
    const router = makeRouter(
      { clock, logger: makeLogger('silent') },
      { store, feed: store.feed, sleep: () => () => undefined },
    );
    const rnd = makeRandom();
    const skills = ['billing', 'tech', 'sales', 'spanish', 'german'];
    store.putQueue(queueRecord('backoffice', 'BACKOFFICE'));
    store.putQueue(queueRecord('chat', 'CHAT'));
    for (let i = 0; i < 40; i++)
      store.putAgent(
        agentRecord(
          `ag${i}`,
          skills.filter(() => rnd() < 0.5).map((name) => ({ name, level: 3 + Math.floor(rnd() * 7) })),
          clock.now(),
        ),
      );
    await router.start();
    const end = clock.now() + 8 * HOUR;
    const finishAt = new Map<string, number>();
    let arrived = 0;
    let seen = 0;
    let rejected = 0;
    let ignored = 0;
    let completed = 0;
    while (clock.now() < end) {
      clock.advance(TICK);
      // About eight contacts a minute, one in three a chat.
      while (rnd() < 0.55) {
        arrived += 1;
        const chat = rnd() < 0.33;
        const skill = skills[Math.floor(rnd() * skills.length)];
        store.putTask(
          taskRecord(`t${arrived}`, chat ? 'CHAT' : 'BACKOFFICE', skill, Math.floor(rnd() * 100), clock.now()),
        );
      }
      // Agents answer offers a few seconds after they come: most accept, some reject, a few let them time out.
      const offers = store.offers(seen);
      seen += offers.length;
      for (const { reservation } of offers) {
        const roll = rnd();
        if (roll < 0.04) ignored += 1;
        else if (roll < 0.1 && store.reject(reservation.id)) rejected += 1;
        else if (store.accept(reservation.id))
          finishAt.set(reservation.taskId, clock.now() + 60_000 + Math.floor(rnd() * 5 * 60_000));
      }
      for (const [taskId, at] of finishAt)
        if (at <= clock.now()) {
          finishAt.delete(taskId);
          if (store.complete(taskId)) completed += 1;
        }
      await router.runDue();
      await router.settle();
    }
    await router.stop();
    const seconds = (performance.now() - started) / 1000;
    assert.ok(arrived > 3_000, `${arrived} contacts`);
    assert.ok(rejected > 50 && ignored > 50, `${rejected} rejected, ${ignored} timed out`);
    assert.ok(completed > arrived * 0.8, `${completed} of ${arrived} completed`);
    assert.ok(seconds < 60, `the day took ${seconds.toFixed(1)} s`);
  });
});
