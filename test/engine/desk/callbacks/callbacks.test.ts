import { strict as assert } from 'node:assert';
import {
  acceptReservation,
  applyCtiEvent,
  assignTask,
  claimTask,
  listIncidents,
  retryIncident,
  CALLBACK_RETRY_DELAY_MS,
  getAgent,
  getPendingReservationsOfAgent,
  getTask,
  makeWebhookWorker,
  requestCallback,
  setPresence,
  taskHistory,
  verifyCtiSignature,
  WEBHOOK_BACKOFF_MS,
  type CallbackInput,
  type CtiEventInput,
  type Router,
  type TaskRecord,
} from '../../../../engine/index.ts';
import { actorFor, actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { startDialReceiver } from '../../../support/dial-receiver.ts';
import { agent, queue, startRouter } from '../../../support/routing.ts';
import { code } from '../../../support/outcome.ts';

const MIN = 60_000;
const SECRET = 'dial-secret';

describe('callbacks (virtual hold)', () => {
  let t: TestEngine;
  let router: Router;
  const online = (id: string) => setPresence(t.ctx, actorFor(id), { state: 'AVAILABLE' });
  const offerOf = async (id: string) => (await getPendingReservationsOfAgent(t.ctx, id))[0];
  const task = async (id: string) => (await getTask(t.ctx, id)) as TaskRecord;
  const later = async (ms: number) => {
    t.clock.advance(ms);
    await router.runDue();
    await router.settle();
  };
  const ask = (input: Partial<CallbackInput> = {}) =>
    requestCallback(t.ctx, actors.integrator, {
      customer: { name: 'Ada Lovelace', phone: '+44 20 7946 0001' },
      queue: 'callbacks',
      windowEnd: t.clock.now() + 60 * MIN,
      ...input,
    });
  const cti = (input: CtiEventInput) => applyCtiEvent(t.ctx, actors.integrator, { at: t.clock.now(), ...input });

  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await queue(t.ctx, { name: 'callbacks', channel: 'VOICE', reservationTimeoutSeconds: 60 });
    router = await startRouter(t.ctx);
  });
  afterEach(async () => {
    await router.stop();
    await t.close();
  });

  it('given a window that opens in 10 minutes, when an agent is free before then, then nothing is offered until the window opens', async () => {
    await agent(t.ctx, 'ann', 'english:3');
    await online('ann');
    const cb = await ask({ windowStart: t.clock.now() + 10 * MIN, skills: [{ name: 'english', level: 2 }] });
    await router.settle();
    assert.equal(cb.kind, 'CALLBACK');
    assert.equal(cb.channel, 'VOICE');
    assert.equal(cb.callback?.phone, '+442079460001');
    assert.equal(cb.enqueuedAt, cb.createdAt);
    assert.equal(await offerOf('ann'), undefined);
    assert.equal(
      await code(claimTask(t.ctx, actorFor('ann'), cb.id)),
      'TASK_NOT_CLAIMABLE',
      'nor taken directly before the window',
    );
    await later(10 * MIN - 1);
    assert.equal((await task(cb.id)).state, 'QUEUED');
    await later(1);
    assert.equal((await offerOf('ann'))?.taskId, cb.id);
  });

  it('given two callbacks of the same priority, when both windows are open, then the one requested first goes first (its age counts from the request)', async () => {
    await agent(t.ctx, 'ann', '', { VOICE: 1, total: 1 });
    const opens = t.clock.now() + 20 * MIN;
    const early = await ask({ windowStart: opens });
    t.clock.advance(5 * MIN);
    const late = await ask({ windowStart: opens, customer: { name: 'Bob', phone: '+44 20 7946 0002' } });
    await later(15 * MIN);
    await online('ann');
    await router.settle();
    const offer = await offerOf('ann');
    assert.equal(offer?.taskId, early.id);
    assert.equal((await task(late.id)).state, 'QUEUED');
    const decision = (await task(early.id)).routingDecision as { effectivePriority: number };
    assert.ok(decision.effectivePriority > 50, `aged priority ${decision.effectivePriority}`);
  });

  it('given an accepted callback, when the platform fails once with a 500, then the signed dial request is retried after the back-off and delivered', async () => {
    const platform = await startDialReceiver([500]);
    const worker = makeWebhookWorker(t.ctx, { dialUrl: platform.url, secret: SECRET });
    try {
      await agent(t.ctx, 'ann');
      await online('ann');
      const cb = await ask();
      await router.settle();
      const taken = await acceptReservation(t.ctx, actorFor('ann'), (await offerOf('ann')).id);
      assert.equal(taken.callback?.attempts, 1);
      assert.equal(platform.received.length, 0, 'never sent inside the accepting command');
      assert.equal(await worker.runDue(), 1);
      assert.equal(platform.received.length, 1);
      assert.equal(await worker.runDue(), 0, 'not retried before the back-off');
      t.clock.advance(WEBHOOK_BACKOFF_MS);
      assert.equal(await worker.runDue(), 1);
      assert.equal(platform.received.length, 2);
      const [first, second] = platform.received;
      assert.equal(first.headers['idempotency-key'], second.headers['idempotency-key']);
      const signed = verifyCtiSignature(
        SECRET,
        Buffer.from(second.body),
        second.headers['x-crossdesk-timestamp'] as string,
        second.headers['x-crossdesk-signature'] as string,
        t.clock.now(),
      );
      assert.equal(signed, null);
      assert.deepEqual(JSON.parse(second.body), {
        taskId: cb.id,
        callId: cb.call?.id,
        phone: '+442079460001',
        agentId: 'ann',
        attempt: 1,
      });
      assert.ok((await taskHistory(t.ctx, cb.id)).some((h) => h.type === 'webhook.delivered'));
      t.clock.advance(60 * MIN);
      assert.equal(await worker.runDue(), 0, 'delivered once');
    } finally {
      await platform.close();
    }
  });

  it('given a platform that always refuses with 4xx, when the dial is sent, then it becomes an incident at once', async () => {
    const platform = await startDialReceiver([404]);
    const worker = makeWebhookWorker(t.ctx, { dialUrl: platform.url, secret: SECRET });
    try {
      await agent(t.ctx, 'ann');
      await online('ann');
      const cb = await ask();
      await router.settle();
      await acceptReservation(t.ctx, actorFor('ann'), (await offerOf('ann')).id);
      await worker.runDue();
      t.clock.advance(60 * MIN);
      assert.equal(await worker.runDue(), 0);
      assert.equal(platform.received.length, 1);
      const incident = (await taskHistory(t.ctx, cb.id)).find((h) => h.type === 'incident.created');
      assert.ok(incident);
      assert.deepEqual(await listIncidents(t.ctx), [], 'the instance incident list stays about instances');
      await retryIncident(t.ctx, actors.supervisor, (incident.data as { jobId: string }).jobId);
      assert.equal(await worker.runDue(), 1, 'a revived dial is sent again');
      assert.equal(platform.received.length, 2);
    } finally {
      await platform.close();
    }
  });

  it('given a waiting callback, when a supervisor assigns it to an agent, then it is dialled like a taken offer', async () => {
    const platform = await startDialReceiver();
    const worker = makeWebhookWorker(t.ctx, { dialUrl: platform.url, secret: SECRET });
    try {
      await agent(t.ctx, 'ann');
      const cb = await ask();
      await router.settle();
      const assigned = await assignTask(t.ctx, actors.supervisor, cb.id, 'ann');
      assert.deepEqual(
        [assigned.state, assigned.assigneeId, (await task(cb.id)).callback?.attempts],
        ['ASSIGNED', 'ann', 1],
      );
      assert.equal(await worker.runDue(), 1);
      assert.deepEqual(JSON.parse(platform.received[0].body), {
        taskId: cb.id,
        callId: cb.call?.id,
        phone: '+442079460001',
        agentId: 'ann',
        attempt: 1,
      });
    } finally {
      await platform.close();
    }
  });

  it('given a callback of 2 attempts, when nobody answers twice, then it is offered again after the retry delay once and then closed with NO_ANSWER', async () => {
    await agent(t.ctx, 'ann');
    await online('ann');
    const cb = await ask({ maxAttempts: 2 });
    await router.settle();
    await acceptReservation(t.ctx, actorFor('ann'), (await offerOf('ann')).id);
    const first = await cti({ type: 'CALLBACK_NO_ANSWER', callId: cb.call?.id, agentId: 'ann' });
    assert.equal(first.task?.state, 'QUEUED');
    assert.equal(first.task?.readyAt, t.clock.now() + CALLBACK_RETRY_DELAY_MS);
    assert.equal((await getAgent(t.ctx, 'ann'))?.presence, 'AVAILABLE');
    await router.settle();
    assert.equal(await offerOf('ann'), undefined, 'not offered again during the retry delay');
    await later(CALLBACK_RETRY_DELAY_MS);
    const again = await offerOf('ann');
    assert.equal(again?.taskId, cb.id);
    assert.equal((await acceptReservation(t.ctx, actorFor('ann'), again.id)).callback?.attempts, 2);
    t.clock.advance(1000);
    const last = await cti({ type: 'CALLBACK_NO_ANSWER', callId: cb.call?.id, agentId: 'ann' });
    assert.equal(last.task?.state, 'CANCELLED');
    assert.equal(last.task?.callback?.outcome, 'NO_ANSWER');
    assert.equal((await task(cb.id)).callback?.attempts, 2);
    await later(CALLBACK_RETRY_DELAY_MS);
    assert.equal(await offerOf('ann'), undefined);
  });

  it('given an accepted callback, when the customer answers and hangs up, then it completes with outcome ANSWERED', async () => {
    await agent(t.ctx, 'ann');
    await online('ann');
    const cb = await ask();
    await router.settle();
    await acceptReservation(t.ctx, actorFor('ann'), (await offerOf('ann')).id);
    t.clock.advance(5000);
    await cti({ type: 'CALL_ANSWERED', callId: cb.call?.id, agentId: 'ann' });
    t.clock.advance(60_000);
    await cti({ type: 'CALL_ENDED', callId: cb.call?.id, agentId: 'ann' });
    const done = await task(cb.id);
    assert.equal(done.state, 'COMPLETED');
    assert.equal(done.callback?.outcome, 'ANSWERED');
    assert.equal(done.handlingMs, 65_000, 'dialling counts as handling');
  });

  it('given nobody free, when the window closes, then the callback is closed with WINDOW_MISSED and never offered', async () => {
    await agent(t.ctx, 'ann');
    const cb = await ask({ windowEnd: t.clock.now() + 30 * MIN });
    await later(30 * MIN);
    const closed = await task(cb.id);
    assert.equal(closed.state, 'CANCELLED');
    assert.equal(closed.callback?.outcome, 'WINDOW_MISSED');
    await online('ann');
    await router.settle();
    assert.equal(await offerOf('ann'), undefined);
  });

  it('given bad requests, when asked, then each is refused with BAD_USER_INPUT and nothing is stored', async () => {
    const now = t.clock.now();
    assert.equal(await code(ask({ windowStart: now + 20 * MIN, windowEnd: now + 10 * MIN })), 'BAD_USER_INPUT');
    assert.equal(await code(ask({ windowEnd: now - 1 })), 'BAD_USER_INPUT');
    assert.equal(await code(ask({ customer: { name: 'No number' } })), 'BAD_USER_INPUT');
    assert.equal(await code(ask({ phone: 'call me maybe' })), 'BAD_USER_INPUT');
    assert.equal(await code(ask({ maxAttempts: 0 })), 'BAD_USER_INPUT');
    assert.equal(await code(ask({ queue: ' ' })), 'BAD_USER_INPUT');
    assert.equal(
      await code(
        requestCallback(t.ctx, actors.designer, { phone: '+4420794600', queue: 'callbacks', windowEnd: now + MIN }),
      ),
      'FORBIDDEN',
    );
    assert.equal(Number((await t.ctx.db('tasks').count({ n: '*' }))[0].n), 0);
    assert.equal(Number((await t.ctx.db('customers').count({ n: '*' }))[0].n), 0);
  });
});
