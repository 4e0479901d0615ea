import { strict as assert } from 'node:assert';
import {
  acceptReservation,
  claimTask,
  completeTask,
  getAgent,
  getPendingReservationsOfAgent,
  getTask,
  nextTask,
  rejectReservation,
  setPresence,
  taskHistory,
  type Router,
  type TaskRecord,
} from '../../../../engine/index.ts';
import { actorFor } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { deployFixture } from '../../../support/scenario.ts';
import { agent, queue, startRouter, startWork } from '../../../support/routing.ts';
import { code } from '../../../support/outcome.ts';

describe('router (push)', () => {
  let t: TestEngine;
  let router: Router;
  const online = (id: string) => setPresence(t.ctx, actorFor(id), { state: 'AVAILABLE' });
  const offerOf = async (id: string) => (await getPendingReservationsOfAgent(t.ctx, id))[0];
  const routed = async () => router.settle();

  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await deployFixture(t.ctx, import.meta.url, 'routed-task.bpmn');
    await queue(t.ctx, { name: 'backoffice', reservationTimeoutSeconds: 30, maxMissedOffers: 2 });
    router = await startRouter(t.ctx);
  });
  afterEach(async () => {
    await router.stop();
    await t.close();
  });

  it('given agents of different skill, when a task arrives, then the best fit is offered it and the decision says why', async () => {
    await agent(t.ctx, 'ann', 'billing:4');
    await agent(t.ctx, 'bob', 'billing:9');
    await agent(t.ctx, 'cid', 'spanish:9');
    for (const id of ['ann', 'bob', 'cid']) await online(id);
    const task = await startWork(t.ctx, { skills: 'billing:3' });
    await routed();
    const offer = await offerOf('bob');
    assert.equal(offer?.taskId, task.id);
    assert.equal(offer.expiresAt - offer.createdAt, 30_000);
    const reserved = (await getTask(t.ctx, task.id)) as TaskRecord;
    assert.equal(reserved.state, 'RESERVED');
    const decision = reserved.routingDecision as any;
    assert.equal(decision.chosen, 'bob');
    const why = Object.fromEntries(decision.considered.map((c: any) => [c.agentId, c.excluded ?? 'eligible']));
    assert.deepEqual([why.ann, why.bob], ['eligible', 'eligible']);
    // cid lacks billing: counted, not listed one by one; the seeded workers are offline.
    assert.equal(decision.excludedCounts.MISSING_SKILL, 1);
    assert.equal(decision.excludedCounts.NOT_AVAILABLE, 3);
    assert.ok(
      (await taskHistory(t.ctx, task.id)).some((h) => h.type === 'task.reserved' && (h.data as any).agent === 'bob'),
    );
  });

  it('given an offer, when the agent accepts, then the task is theirs, and when they finish, the next waiting task is offered to them', async () => {
    await agent(t.ctx, 'ann', '', { BACKOFFICE: 1, total: 1 });
    await online('ann');
    const first = await startWork(t.ctx, { ref: '1' });
    const second = await startWork(t.ctx, { ref: '2' });
    await routed();
    const offer = await offerOf('ann');
    assert.equal(offer.taskId, first.id);
    assert.equal((await getTask(t.ctx, second.id))?.state, 'QUEUED');
    const accepted = await acceptReservation(t.ctx, actorFor('ann'), offer.id);
    assert.equal(accepted.state, 'ASSIGNED');
    assert.equal(accepted.assigneeId, 'ann');
    assert.equal(await code(acceptReservation(t.ctx, actorFor('ann'), offer.id)), 'TASK_NOT_CLAIMABLE');
    await completeTask(t.ctx, actorFor('ann'), first.id, {});
    await routed();
    assert.equal((await offerOf('ann'))?.taskId, second.id);
  });

  it('given an offer nobody answers, when it times out, then the task goes to the next agent and repeated misses set the agent AWAY', async () => {
    await agent(t.ctx, 'ann', 'billing:9');
    await agent(t.ctx, 'bob', 'billing:5');
    await online('ann');
    await online('bob');
    const task = await startWork(t.ctx, { skills: 'billing:1' });
    await routed();
    assert.equal((await offerOf('ann'))?.taskId, task.id);
    t.clock.advance(29_000);
    await router.runDue();
    assert.equal((await offerOf('ann'))?.taskId, task.id, 'not before its time');
    t.clock.advance(2_000);
    await router.runDue();
    await routed();
    assert.equal(await offerOf('ann'), undefined);
    assert.equal((await offerOf('bob'))?.taskId, task.id);
    assert.equal((await getAgent(t.ctx, 'ann'))?.missedOffers, 1);
    const again = await startWork(t.ctx, { skills: 'billing:1' });
    await routed();
    assert.equal((await offerOf('ann'))?.taskId, again.id);
    t.clock.advance(31_000);
    await router.runDue();
    await routed();
    const ann = await getAgent(t.ctx, 'ann');
    assert.equal(ann?.presence, 'AWAY');
    assert.equal(ann?.missedOffers, 2);
  });

  it('given an offer, when the agent rejects it, then it goes to another agent and never back to the one who declined', async () => {
    await agent(t.ctx, 'ann', 'billing:9');
    await agent(t.ctx, 'bob', 'billing:2');
    await online('ann');
    const task = await startWork(t.ctx, { skills: 'billing:1' });
    await routed();
    const offer = await offerOf('ann');
    assert.equal(await code(rejectReservation(t.ctx, actorFor('bob'), offer.id, null)), 'FORBIDDEN');
    const rejected = await rejectReservation(t.ctx, actorFor('ann'), offer.id, 'not now');
    assert.equal(rejected.state, 'REJECTED');
    await routed();
    assert.equal(await offerOf('ann'), undefined);
    assert.equal((await getTask(t.ctx, task.id))?.state, 'QUEUED');
    await online('bob');
    await routed();
    assert.equal((await offerOf('bob'))?.taskId, task.id);
  });

  it('given a task needing a skill level nobody has, when escalation lowers it, then it is offered; before that it waits', async () => {
    await queue(t.ctx, {
      name: 'legal',
      escalation: [
        { afterSeconds: 600, lowerSkillLevelBy: 3 },
        { afterSeconds: 1200, addGroup: 'frontline', raisePriority: 10 },
      ],
    });
    await agent(t.ctx, 'ann', 'law:5');
    await online('ann');
    const task = await startWork(t.ctx, { queue: 'legal', skills: 'law:8' });
    await routed();
    assert.equal((await getTask(t.ctx, task.id))?.state, 'QUEUED');
    assert.equal(await code(claimTask(t.ctx, actorFor('ann'), task.id)), 'TASK_NOT_CLAIMABLE');
    t.clock.advance(601_000);
    await router.runDue();
    await routed();
    const escalated = (await getTask(t.ctx, task.id)) as TaskRecord;
    assert.equal(escalated.escalationLevel, 1);
    assert.equal((await offerOf('ann'))?.taskId, task.id);
    const history = await taskHistory(t.ctx, task.id);
    assert.deepEqual((history.find((h) => h.type === 'task.escalated')?.data as any).after.skills, [
      { name: 'law', level: 5 },
    ]);
  });

  it('given an agent holding an offer and a task, when it logs out, then both go back to the queue with their age and to another agent', async () => {
    await agent(t.ctx, 'ann', '', { BACKOFFICE: 2, total: 2 });
    await agent(t.ctx, 'bob', '', { BACKOFFICE: 2, total: 2 });
    await online('ann');
    const held = await startWork(t.ctx, { ref: 'held' });
    await routed();
    await acceptReservation(t.ctx, actorFor('ann'), (await offerOf('ann')).id);
    t.clock.advance(60_000);
    const offered = await startWork(t.ctx, { ref: 'offered' });
    await routed();
    assert.equal((await offerOf('ann'))?.taskId, offered.id);
    await setPresence(t.ctx, actorFor('ann'), { state: 'OFFLINE' });
    for (const task of [held, offered]) {
      const back = (await getTask(t.ctx, task.id)) as TaskRecord;
      assert.equal(back.state, 'QUEUED');
      assert.equal(back.assigneeId, null);
      assert.equal(back.enqueuedAt, task.enqueuedAt, 'keeps its age');
    }
    await online('bob');
    await routed();
    const offers = await getPendingReservationsOfAgent(t.ctx, 'bob');
    assert.deepEqual(offers.map((o) => o.taskId).sort(), [held.id, offered.id].sort());
  });

  it('given a restart, then the router rebuilds from the database: waiting work is offered and old offers still time out', async () => {
    await agent(t.ctx, 'ann', '');
    await agent(t.ctx, 'bob', '');
    await online('ann');
    const task = await startWork(t.ctx);
    await routed();
    assert.equal((await offerOf('ann'))?.taskId, task.id);
    await router.stop();
    const waiting = await startWork(t.ctx, { ref: 'while-down' });
    await online('bob');
    router = await startRouter(t.ctx);
    await routed();
    assert.equal((await offerOf('bob'))?.taskId, waiting.id);
    t.clock.advance(31_000);
    await router.runDue();
    await routed();
    assert.equal((await getTask(t.ctx, task.id))?.state, 'RESERVED', 'offered to the next agent with room');
    assert.notEqual((await offerOf('ann'))?.taskId, task.id);
  });
});

describe('pull', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await deployFixture(t.ctx, import.meta.url, 'routed-task.bpmn');
  });
  afterEach(() => t.close());

  it('nextTask claims the best task the agent is eligible for, and refuses claims without the skill or beyond capacity', async () => {
    await agent(t.ctx, 'ann', 'billing:5', { BACKOFFICE: 2, total: 2 });
    const needsMore = await startWork(t.ctx, { skills: 'billing:8', priority: 99 });
    const low = await startWork(t.ctx, { skills: 'billing:2', priority: 10 });
    const high = await startWork(t.ctx, { priority: 70 });
    const third = await startWork(t.ctx, { priority: 5 });
    const ann = actorFor('ann');
    assert.equal(await code(claimTask(t.ctx, ann, needsMore.id)), 'TASK_NOT_CLAIMABLE');
    assert.equal((await nextTask(t.ctx, ann))?.id, high.id);
    assert.equal((await nextTask(t.ctx, ann))?.id, low.id);
    const refused = await claimTask(t.ctx, ann, third.id).catch((e) => e);
    assert.equal(refused.code, 'TASK_NOT_CLAIMABLE');
    assert.equal(refused.fields.reason, 'NO_CAPACITY');
    assert.equal((await getTask(t.ctx, third.id))?.state, 'QUEUED');
    assert.equal(await nextTask(t.ctx, ann).catch((e) => e.fields?.reason), 'NO_CAPACITY');
  });

  it('gives nothing when nothing fits', async () => {
    await agent(t.ctx, 'ann', '');
    await startWork(t.ctx, { skills: 'legal:3' });
    assert.equal(await nextTask(t.ctx, actorFor('ann')), null);
  });
});
