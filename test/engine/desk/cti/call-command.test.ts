import { strict as assert } from 'node:assert';
import {
  applyCtiEvent,
  getAgent,
  getTask,
  makeWebhookWorker,
  sendCallCommand,
  taskHistory,
  verifyCtiSignature,
  WEBHOOK_BACKOFF_MS,
  type CtiEventInput,
  type TaskRecord,
} from '../../../../engine/index.ts';
import { actorFor, actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { startDialReceiver } from '../../../support/dial-receiver.ts';
import { agent, queue } from '../../../support/routing.ts';
import { code } from '../../../support/outcome.ts';

const SECRET = 'command-secret';
const MIN = 60_000;

describe('call commands (call.command webhooks) and the CTI events that confirm them', () => {
  let t: TestEngine;
  const cti = (input: CtiEventInput) => applyCtiEvent(t.ctx, actors.integrator, { at: t.clock.now(), ...input });
  const ann = actorFor('ann');
  const task = async (id: string) => (await getTask(t.ctx, id)) as TaskRecord;

  async function liveCall(callId = 'c1'): Promise<TaskRecord> {
    const offered = await cti({ type: 'CALL_OFFERED', callId, queue: 'hotline', customer: { phone: '+4930777' } });
    await cti({ type: 'CALL_ANSWERED', callId, agentId: 'ann' });
    return task(offered.task?.id as string);
  }

  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await queue(t.ctx, { name: 'hotline', channel: 'VOICE' });
    await agent(t.ctx, 'ann', '', { VOICE: 1, total: 1 });
    await agent(t.ctx, 'bob', '', { VOICE: 1, total: 1 });
    await cti({ type: 'AGENT_LOGIN', agentId: 'ann' });
    await cti({ type: 'AGENT_READY', agentId: 'ann' });
  });
  afterEach(() => t.close());

  it('given a live call, when its agent holds it, then a signed call.command is retried after a 500 with one idempotency key, and CALL_HELD/CALL_RESUMED record the hold time', async () => {
    const platform = await startDialReceiver([500]);
    const worker = makeWebhookWorker(t.ctx, { commandUrl: platform.url, secret: SECRET });
    try {
      const call = await liveCall();
      const returned = await sendCallCommand(t.ctx, ann, { taskId: call.id, command: 'HOLD' });
      assert.equal(returned.call?.heldAt, null, 'nothing changes before the platform confirms');
      assert.equal(platform.received.length, 0, 'never sent inside the command');
      assert.equal(await worker.runDue(), 1);
      assert.equal(await worker.runDue(), 0, 'not retried before the back-off');
      t.clock.advance(WEBHOOK_BACKOFF_MS);
      assert.equal(await worker.runDue(), 1);
      const [first, second] = platform.received;
      assert.equal(second.headers['x-crossdesk-event'], 'call.command');
      assert.equal(first.headers['idempotency-key'], second.headers['idempotency-key']);
      const signature = verifyCtiSignature(
        SECRET,
        Buffer.from(second.body),
        second.headers['x-crossdesk-timestamp'] as string,
        second.headers['x-crossdesk-signature'] as string,
        t.clock.now(),
      );
      assert.equal(signature, null);
      const body = JSON.parse(second.body);
      assert.deepEqual(
        { ...body, commandId: typeof body.commandId },
        { commandId: 'string', taskId: call.id, callId: 'c1', agentId: 'ann', command: 'HOLD', target: null },
      );
      assert.equal(body.commandId, second.headers['idempotency-key']);
      t.clock.advance(MIN);
      assert.equal(await worker.runDue(), 0, 'delivered once');

      await cti({ type: 'CALL_HELD', callId: 'c1' });
      assert.equal((await task(call.id)).call?.heldAt, t.clock.now());
      assert.equal(await code(sendCallCommand(t.ctx, ann, { taskId: call.id, command: 'HOLD' })), 'BAD_USER_INPUT');
      t.clock.advance(45_000);
      await cti({ type: 'CALL_RESUMED', callId: 'c1' });
      const resumed = await task(call.id);
      assert.deepEqual([resumed.call?.heldAt, resumed.call?.holdMs], [null, 45_000]);
      await cti({ type: 'CALL_HELD', callId: 'c1' });
      t.clock.advance(15_000);
      await cti({ type: 'CALL_ENDED', callId: 'c1', agentId: 'ann' });
      const ended = await task(call.id);
      assert.deepEqual([ended.state, ended.call?.holdMs], ['COMPLETED', 60_000], 'a hold running at the end counts');
    } finally {
      await platform.close();
    }
  });

  it('given a live call, when its agent hangs up, then the platform gets HANG_UP and its CALL_ENDED completes the call into wrap-up', async () => {
    const platform = await startDialReceiver();
    const worker = makeWebhookWorker(t.ctx, { dialUrl: platform.url, secret: SECRET });
    try {
      const call = await liveCall();
      await sendCallCommand(t.ctx, ann, { taskId: call.id, command: 'HANG_UP' });
      assert.equal(await worker.runDue(), 1, 'the dial URL serves commands when no command URL is set');
      assert.equal(JSON.parse(platform.received[0].body).command, 'HANG_UP');
      assert.equal((await task(call.id)).state, 'ASSIGNED', 'the platform confirms, not the command');
      await cti({ type: 'CALL_ENDED', callId: 'c1', agentId: 'ann' });
      assert.equal((await task(call.id)).state, 'COMPLETED');
      assert.equal((await getAgent(t.ctx, 'ann'))?.presence, 'WRAP_UP');
      assert.ok((await taskHistory(t.ctx, call.id)).some((h) => h.type === 'webhook.delivered'));
    } finally {
      await platform.close();
    }
  });

  it('given a transfer, when the platform confirms CALL_TRANSFERRED, then the agent part is completed and the agent wraps up', async () => {
    const platform = await startDialReceiver();
    const worker = makeWebhookWorker(t.ctx, { commandUrl: platform.url, secret: SECRET });
    try {
      const call = await liveCall();
      await sendCallCommand(t.ctx, ann, { taskId: call.id, command: 'TRANSFER', target: 'billing' });
      await worker.runDue();
      assert.deepEqual(
        [JSON.parse(platform.received[0].body).command, JSON.parse(platform.received[0].body).target],
        ['TRANSFER', 'billing'],
      );
      await cti({ type: 'CALL_TRANSFERRED', callId: 'c1', agentId: 'ann', queue: 'billing' });
      const done = await task(call.id);
      assert.deepEqual([done.state, done.completedBy], ['COMPLETED', 'ann']);
      const history = await taskHistory(t.ctx, call.id);
      assert.ok(
        history.some((h) => h.type === 'task.completed' && (h.data as any).reason === 'transferred to billing'),
      );
      assert.equal((await getAgent(t.ctx, 'ann'))?.presence, 'WRAP_UP');
    } finally {
      await platform.close();
    }
  });

  it('given a platform that refuses with 4xx, when a command is sent, then it becomes an incident at once', async () => {
    const platform = await startDialReceiver([400]);
    const worker = makeWebhookWorker(t.ctx, { commandUrl: platform.url, secret: SECRET });
    try {
      const call = await liveCall();
      await sendCallCommand(t.ctx, ann, { taskId: call.id, command: 'HANG_UP' });
      await worker.runDue();
      t.clock.advance(60 * MIN);
      assert.equal(await worker.runDue(), 0);
      assert.equal(platform.received.length, 1);
      assert.ok((await taskHistory(t.ctx, call.id)).some((h) => h.type === 'incident.created'));
    } finally {
      await platform.close();
    }
  });

  it('given bad commands, when sent, then each is refused with its code and nothing is queued', async () => {
    const platform = await startDialReceiver();
    const worker = makeWebhookWorker(t.ctx, { commandUrl: platform.url, secret: SECRET });
    try {
      const call = await liveCall();
      const send = (actor: typeof ann, command: string, target?: string) =>
        code(sendCallCommand(t.ctx, actor, { taskId: call.id, command, target }));
      const tries = {
        unhold: await send(ann, 'UNHOLD'),
        transferNowhere: await send(ann, 'TRANSFER'),
        unknown: await send(ann, 'EXPLODE'),
        notHers: await send(actorFor('bob'), 'HANG_UP'),
        expert: await send(actors.expert, 'HANG_UP'),
        missing: await code(sendCallCommand(t.ctx, ann, { taskId: 'tk_none', command: 'HOLD' })),
      };
      assert.deepEqual(tries, {
        unhold: 'BAD_USER_INPUT',
        transferNowhere: 'BAD_USER_INPUT',
        unknown: 'BAD_USER_INPUT',
        notHers: 'TASK_NOT_ASSIGNEE',
        expert: 'FORBIDDEN',
        missing: 'NOT_FOUND',
      });
      assert.equal(await worker.runDue(), 0, 'nothing was queued');
      await cti({ type: 'CALL_ENDED', callId: 'c1', agentId: 'ann' });
      assert.equal(await send(ann, 'HANG_UP'), 'TASK_NOT_ACTIVE', 'an ended call takes no commands');
    } finally {
      await platform.close();
    }
  });
});
