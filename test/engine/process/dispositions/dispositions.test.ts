import { strict as assert } from 'node:assert';
import {
  applyCtiEvent,
  completeTask,
  getAgent,
  getTask,
  setDisposition,
  setPresence,
  taskHistory,
  type CtiEventInput,
  type TaskRecord,
} from '../../../../engine/index.ts';
import { actorFor, actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { agent, queue } from '../../../support/routing.ts';
import { code } from '../../../support/outcome.ts';

const CODES = ['SOLD', 'NO_SALE', 'CALLBACK'];

describe('dispositions: wrap-up codes and the rule that wrap-up needs one', () => {
  let t: TestEngine;
  const cti = (input: CtiEventInput) => applyCtiEvent(t.ctx, actors.integrator, { at: t.clock.now(), ...input });
  const ann = actorFor('ann');
  const presence = async (id: string) => (await getAgent(t.ctx, id))?.presence;

  /** A call of `q` answered by ann; `end` hangs it up (ann goes to WRAP_UP). */
  async function callOf(q: string, callId: string, end = true): Promise<TaskRecord> {
    const offered = await cti({
      type: 'CALL_OFFERED',
      callId,
      queue: q,
      customer: { name: 'Grace Hopper', phone: '+4930555' },
    });
    t.clock.advance(3_000);
    await cti({ type: 'CALL_ANSWERED', callId, agentId: 'ann' });
    t.clock.advance(60_000);
    if (end) await cti({ type: 'CALL_ENDED', callId, agentId: 'ann' });
    return (await getTask(t.ctx, offered.task?.id as string)) as TaskRecord;
  }

  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await queue(t.ctx, { name: 'sales', channel: 'VOICE', dispositionCodes: CODES });
    await queue(t.ctx, { name: 'plain', channel: 'VOICE' });
    await agent(t.ctx, 'ann', '', { VOICE: 1, total: 1 });
    await agent(t.ctx, 'bob', '', { VOICE: 1, total: 1 });
    await cti({ type: 'AGENT_LOGIN', agentId: 'ann' });
    await cti({ type: 'AGENT_READY', agentId: 'ann' });
  });
  afterEach(() => t.close());

  it('given a call of a queue with codes, when its agent ends wrap-up without a code, then DISPOSITION_REQUIRED and the agent stays in wrap-up', async () => {
    const call = await callOf('sales', 'c1');
    assert.equal(call.state, 'COMPLETED');
    assert.equal(await presence('ann'), 'WRAP_UP');
    assert.equal(await code(setPresence(t.ctx, ann, { state: 'AVAILABLE' })), 'DISPOSITION_REQUIRED');
    assert.equal(await presence('ann'), 'WRAP_UP');
    const coded = await setDisposition(t.ctx, ann, { taskId: call.id, code: 'SOLD', note: 'annual plan' });
    assert.deepEqual(
      [coded.dispositionCode, coded.dispositionNote, coded.dispositionBy, coded.dispositionAt],
      ['SOLD', 'annual plan', 'ann', t.clock.now()],
    );
    assert.equal((await setPresence(t.ctx, ann, { state: 'AVAILABLE' })).presence, 'AVAILABLE');
    const stored = (await getTask(t.ctx, call.id)) as TaskRecord;
    assert.equal(stored.dispositionCode, 'SOLD', 'stored on the task for reports');
    assert.ok((await taskHistory(t.ctx, call.id)).some((h) => h.type === 'task.disposition-set'));
  });

  it('given a call of a queue without codes, when its agent ends wrap-up, then no code is asked for and none can be set', async () => {
    const call = await callOf('plain', 'c2');
    assert.equal((await setPresence(t.ctx, ann, { state: 'AVAILABLE' })).presence, 'AVAILABLE');
    assert.equal(await code(setDisposition(t.ctx, ann, { taskId: call.id, code: 'SOLD' })), 'BAD_USER_INPUT');
  });

  it('given bad dispositions, when set, then each is refused with its code and the task keeps none', async () => {
    const call = await callOf('sales', 'c3');
    const tries = {
      unknownCode: await code(setDisposition(t.ctx, ann, { taskId: call.id, code: 'MAYBE' })),
      longNote: await code(setDisposition(t.ctx, ann, { taskId: call.id, code: 'SOLD', note: 'x'.repeat(2001) })),
      notHers: await code(setDisposition(t.ctx, actorFor('bob'), { taskId: call.id, code: 'SOLD' })),
      missing: await code(setDisposition(t.ctx, ann, { taskId: 'tk_nope', code: 'SOLD' })),
      designer: await code(setDisposition(t.ctx, actors.designer, { taskId: call.id, code: 'SOLD' })),
    };
    assert.deepEqual(tries, {
      unknownCode: 'BAD_USER_INPUT',
      longNote: 'BAD_USER_INPUT',
      notHers: 'TASK_NOT_ASSIGNEE',
      missing: 'NOT_FOUND',
      designer: 'FORBIDDEN',
    });
    assert.equal(((await getTask(t.ctx, call.id)) as TaskRecord).dispositionCode, null);
    assert.equal(await code(setDisposition(t.ctx, actors.supervisor, { taskId: call.id, code: 'NO_SALE' })), 'OK');
  });

  it('given any task of a queue with codes (kind-agnostic), when its holder completes it, then it needs a code first', async () => {
    const live = await callOf('sales', 'c4', false);
    assert.equal(live.state, 'ASSIGNED');
    assert.equal(await code(completeTask(t.ctx, ann, live.id, {})), 'DISPOSITION_REQUIRED');
    assert.equal(((await getTask(t.ctx, live.id)) as TaskRecord).state, 'ASSIGNED', 'nothing changed');
    await setDisposition(t.ctx, ann, { taskId: live.id, code: 'CALLBACK' });
    const done = await completeTask(t.ctx, ann, live.id, {});
    assert.deepEqual([done.state, done.dispositionCode], ['COMPLETED', 'CALLBACK']);
  });

  it('given an agent in wrap-up without a code, when a supervisor sets the agent available, then the override is allowed', async () => {
    await callOf('sales', 'c5');
    const after = await setPresence(t.ctx, actors.supervisor, { state: 'AVAILABLE', agentId: 'ann' });
    assert.equal(after.presence, 'AVAILABLE');
  });

  it('given the configured presence reasons, when an agent goes AWAY, then only a listed reason is accepted and it is stored', async () => {
    const away = await setPresence(t.ctx, ann, { state: 'AWAY', reason: 'training' });
    assert.deepEqual([away.presence, away.presenceReason], ['AWAY', 'training']);
    assert.equal(await code(setPresence(t.ctx, ann, { state: 'AWAY', reason: 'nap' })), 'BAD_USER_INPUT');
    assert.equal((await getAgent(t.ctx, 'ann'))?.presenceReason, 'training');
  });
});
