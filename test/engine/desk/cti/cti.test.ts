import { strict as assert } from 'node:assert';
import {
  acceptReservation,
  applyCtiEvent,
  getAgent,
  getPendingReservationsOfAgent,
  getTask,
  resumeTask,
  setPresence,
  type CtiEventInput,
  type Router,
  type TaskRecord,
} from '../../../../engine/index.ts';
import { findCallTask } from '../../../../models/index.ts';
import { actorFor, actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { deployFixture } from '../../../support/scenario.ts';
import { agent, queue, startRouter, startWork } from '../../../support/routing.ts';
import { code } from '../../../support/outcome.ts';

describe('CTI link and blending', () => {
  let t: TestEngine;
  let router: Router;
  const cti = (input: CtiEventInput) => applyCtiEvent(t.ctx, actors.integrator, { at: t.clock.now(), ...input });
  const call = async (id: string) => (await findCallTask(t.ctx.db, id)) ?? null;

  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await deployFixture(t.ctx, import.meta.url, 'routed-task.bpmn');
    await queue(t.ctx, { name: 'hotline', channel: 'VOICE', slaSeconds: 20, reservationTimeoutSeconds: 15 });
    await queue(t.ctx, { name: 'backoffice', pauseReturnSeconds: 600 });
    router = await startRouter(t.ctx);
    await agent(t.ctx, 'ann', 'english:5', { VOICE: 1, BACKOFFICE: 1, total: 1 });
    await cti({ type: 'AGENT_LOGIN', agentId: 'ann' });
    await cti({ type: 'AGENT_READY', agentId: 'ann' });
  });
  afterEach(async () => {
    await router.stop();
    await t.close();
  });

  it('given a ready agent, when a call is offered, answered, ended and wrapped up, then presence and the call task follow', async () => {
    assert.equal((await getAgent(t.ctx, 'ann'))?.presence, 'AVAILABLE');
    const offered = await cti({
      type: 'CALL_OFFERED',
      callId: 'c1',
      queue: 'hotline',
      skills: [{ name: 'english', level: 3 }],
      customer: { phone: '+4930123' },
    });
    assert.equal(offered.outcome, 'APPLIED');
    assert.equal(offered.task?.channel, 'VOICE');
    assert.equal(offered.task?.kind, 'CALL');
    await router.settle();
    const [offer] = await getPendingReservationsOfAgent(t.ctx, 'ann');
    assert.equal(offer?.taskId, offered.task?.id);
    t.clock.advance(4_000);
    const answered = await cti({ type: 'CALL_ANSWERED', callId: 'c1', agentId: 'ann' });
    assert.equal(answered.task?.state, 'ASSIGNED');
    assert.equal(answered.task?.call?.answeredAt, t.clock.now());
    assert.equal(answered.agent?.presence, 'BUSY');
    t.clock.advance(120_000);
    const ended = await cti({ type: 'CALL_ENDED', callId: 'c1', agentId: 'ann' });
    assert.equal(ended.task?.state, 'COMPLETED');
    assert.equal(ended.task?.handlingMs, 120_000);
    assert.equal(ended.agent?.presence, 'WRAP_UP');
    const back = await cti({ type: 'WRAP_UP_ENDED', agentId: 'ann' });
    assert.equal(back.agent?.presence, 'AVAILABLE');
  });

  it('given an agent on an interruptible back-office task, when a call needs them, then the task pauses and the call is offered to them', async () => {
    const task = await startWork(t.ctx, { interruptible: true });
    await router.settle();
    const [offer] = await getPendingReservationsOfAgent(t.ctx, 'ann');
    await acceptReservation(t.ctx, actorFor('ann'), offer.id);
    t.clock.advance(60_000);
    await cti({ type: 'CALL_OFFERED', callId: 'c2', queue: 'hotline' });
    await router.settle();
    const paused = (await getTask(t.ctx, task.id)) as TaskRecord;
    assert.equal(paused.state, 'PAUSED');
    assert.equal(paused.assigneeId, 'ann', 'the claim stays with the agent');
    assert.equal(paused.handlingMs, 60_000);
    const callTask = (await call('c2')) as TaskRecord;
    assert.equal((await getPendingReservationsOfAgent(t.ctx, 'ann'))[0]?.taskId, callTask.id);
    assert.deepEqual((callTask.routingDecision as any).paused, [task.id]);
    assert.equal(
      await code(resumeTask(t.ctx, actorFor('ann'), task.id)),
      'TASK_NOT_ACTIVE',
      'a call is on offer to the agent',
    );
  });

  it('resumes the paused task for the same agent once the call and its wrap-up are over, with the pause left out of handling time', async () => {
    const task = await startWork(t.ctx, { interruptible: true });
    await router.settle();
    await acceptReservation(t.ctx, actorFor('ann'), (await getPendingReservationsOfAgent(t.ctx, 'ann'))[0].id);
    t.clock.advance(30_000);
    await cti({ type: 'CALL_OFFERED', callId: 'c3', queue: 'hotline', agentId: 'ann' });
    await cti({ type: 'CALL_ANSWERED', callId: 'c3', agentId: 'ann' });
    assert.equal((await getTask(t.ctx, task.id))?.state, 'PAUSED');
    assert.equal(await code(resumeTask(t.ctx, actorFor('ann'), task.id)), 'TASK_NOT_ACTIVE', 'not while on the call');
    t.clock.advance(300_000);
    await cti({ type: 'CALL_ENDED', callId: 'c3', agentId: 'ann' });
    assert.equal((await getTask(t.ctx, task.id))?.state, 'PAUSED', 'not during wrap-up');
    t.clock.advance(20_000);
    await cti({ type: 'WRAP_UP_ENDED', agentId: 'ann' });
    const resumed = (await getTask(t.ctx, task.id)) as TaskRecord;
    assert.equal(resumed.state, 'ASSIGNED');
    assert.equal(resumed.assigneeId, 'ann');
    assert.equal(resumed.handlingMs, 30_000, 'the 320 s on the call and in wrap-up do not count');
  });

  it('never pauses work that is not interruptible: the call waits for someone else', async () => {
    const task = await startWork(t.ctx, { interruptible: false });
    await router.settle();
    await acceptReservation(t.ctx, actorFor('ann'), (await getPendingReservationsOfAgent(t.ctx, 'ann'))[0].id);
    await cti({ type: 'CALL_OFFERED', callId: 'c4', queue: 'hotline' });
    await router.settle();
    assert.equal((await getTask(t.ctx, task.id))?.state, 'ASSIGNED');
    assert.equal((await call('c4'))?.state, 'QUEUED');
  });

  it('returns a paused task to the queue, with its age, when its agent is not free again in time', async () => {
    const task = await startWork(t.ctx, { interruptible: true });
    await router.settle();
    await acceptReservation(t.ctx, actorFor('ann'), (await getPendingReservationsOfAgent(t.ctx, 'ann'))[0].id);
    await cti({ type: 'CALL_OFFERED', callId: 'c5', queue: 'hotline', agentId: 'ann' });
    await cti({ type: 'CALL_ANSWERED', callId: 'c5', agentId: 'ann' });
    t.clock.advance(601_000);
    await router.runDue();
    const back = (await getTask(t.ctx, task.id)) as TaskRecord;
    assert.equal(back.state, 'QUEUED');
    assert.equal(back.assigneeId, null);
    assert.equal(back.enqueuedAt, task.enqueuedAt);
  });

  it('treats a replayed event id as DUPLICATE and an older event as STALE, changing nothing', async () => {
    const first = await cti({ eventId: 'e-1', type: 'AGENT_NOT_READY', agentId: 'ann' });
    assert.equal(first.outcome, 'APPLIED');
    await cti({ eventId: 'e-2', type: 'AGENT_READY', agentId: 'ann' });
    assert.equal((await cti({ eventId: 'e-1', type: 'AGENT_NOT_READY', agentId: 'ann' })).outcome, 'DUPLICATE');
    assert.equal(
      (await cti({ eventId: 'e-0', type: 'AGENT_LOGOUT', agentId: 'ann', at: t.clock.now() - 5_000 })).outcome,
      'STALE',
    );
    assert.equal((await getAgent(t.ctx, 'ann'))?.presence, 'AVAILABLE');
    await cti({ type: 'CALL_OFFERED', callId: 'c6', queue: 'hotline' });
    assert.equal((await cti({ type: 'CALL_OFFERED', callId: 'c6', queue: 'hotline' })).outcome, 'DUPLICATE');
  });

  it('cancels a call the caller hung up on while it waited, and refuses malformed events without recording them', async () => {
    await setPresence(t.ctx, actorFor('ann'), { state: 'AWAY' });
    await cti({ type: 'CALL_OFFERED', callId: 'c7', queue: 'hotline' });
    t.clock.advance(5_000);
    const ended = await cti({ type: 'CALL_ENDED', callId: 'c7' });
    assert.equal(ended.task?.state, 'CANCELLED');
    assert.equal(await code(cti({ type: 'CALL_OFFERED', callId: 'c8' } as CtiEventInput)), 'BAD_USER_INPUT');
    assert.equal(await code(cti({ type: 'NOPE' as never, agentId: 'ann' })), 'BAD_USER_INPUT');
    assert.equal(
      await code(cti({ eventId: 'e-9', type: 'CALL_ANSWERED', callId: 'never', agentId: 'ann' })),
      'BAD_USER_INPUT',
    );
    assert.equal(await code(applyCtiEvent(t.ctx, actors.expert, { type: 'AGENT_READY', agentId: 'ann' })), 'FORBIDDEN');
    await cti({ eventId: 'e-9', type: 'CALL_OFFERED', callId: 'never', queue: 'hotline' });
    assert.equal(
      (await cti({ eventId: 'e-9x', type: 'CALL_ANSWERED', callId: 'never', agentId: 'ann' })).outcome,
      'APPLIED',
      'a failed event id is not burnt',
    );
  });
});
