import { strict as assert } from 'node:assert';
import { applyCtiEvent, eraseCustomer } from '../../../../engine/index.ts';
import { findCallTaskEver } from '../../../../models/index.ts';
import { actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { queue } from '../../../support/routing.ts';

/** What eraseCustomer blanks beyond contacts and cases: a call's caller, a chat's visitor and messages. */
describe('eraseCustomer: calls and chats', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await queue(t.ctx, { name: 'hotline', channel: 'VOICE', slaSeconds: 20 });
  });
  afterEach(() => t.close());

  it('given a call and a chat of the customer, then the caller details and the transcript are blanked, rows and counts kept', async () => {
    const caller = { name: 'Ada Lovelace', phone: '+442079460958' };
    await applyCtiEvent(t.ctx, actors.integrator, {
      type: 'CALL_OFFERED',
      callId: 'c1',
      queue: 'hotline',
      customer: caller,
    });
    const call = await findCallTaskEver(t.ctx.db, 'c1');
    const id = (call?.customer as { id: string }).id;
    assert.ok(id, 'the caller was matched to a record');
    await t.ctx.db('chat_conversations').insert({
      id: 'chat1',
      token_hash: 'h1',
      queue: 'web-chat',
      state: 'ENDED',
      customer_id: id,
      customer_name: 'Ada',
      customer_email: 'ada@example.com',
      started_at: t.clock.now(),
      customer_seen_at: t.clock.now(),
      ended_at: t.clock.now(),
    });
    await t.ctx.db('chat_messages').insert([
      { conversation_id: 'chat1', seq: 1, author: 'CUSTOMER', body: 'My card ends 4242', at: t.clock.now() },
      { conversation_id: 'chat1', seq: 2, author: 'AGENT', agent_id: 'agent', body: 'Thanks Ada', at: t.clock.now() },
    ]);

    await assert.rejects(eraseCustomer(t.ctx, actors.supervisor, id), { code: 'FORBIDDEN' });
    assert.equal(await eraseCustomer(t.ctx, actors.admin, id), true);

    const erased = await findCallTaskEver(t.ctx.db, 'c1');
    assert.deepEqual(erased?.customer, { id, erased: true });
    assert.equal(erased?.state, 'QUEUED', 'the call itself is untouched');
    const chat = await t.ctx.db('chat_conversations').where({ id: 'chat1' }).first();
    assert.deepEqual([chat.customer_name, chat.customer_email, chat.state], [null, null, 'ENDED']);
    const messages = await t.ctx.db('chat_messages').where({ conversation_id: 'chat1' }).orderBy('seq');
    assert.deepEqual(
      messages.map((m) => [m.seq, m.author, m.body]),
      [
        [1, 'CUSTOMER', ''],
        [2, 'AGENT', ''],
      ],
    );
    const record = await t.ctx.db('customers').where({ id }).first();
    assert.deepEqual([record.name, record.phone], [null, null]);
  });
});
