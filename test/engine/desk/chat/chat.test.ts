import { strict as assert } from 'node:assert';
import {
  acceptReservation,
  agentSays,
  chatsOfAgent,
  chatToCallback,
  closeChat,
  customerLeaves,
  customerSays,
  customerSeen,
  endIdleChats,
  getPendingReservationsOfAgent,
  getTask,
  makeChatSweeper,
  queryInteractions,
  readChat,
  readChatByToken,
  setPresence,
  startChat,
  taskHistory,
  type Router,
  type StartChatInput,
  type TaskRecord,
} from '../../../../engine/index.ts';
import { actorFor, actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { agent, queue, startRouter } from '../../../support/routing.ts';
import { code } from '../../../support/outcome.ts';

const SECOND = 1000;

describe('live chat', () => {
  let t: TestEngine;
  let router: Router;
  const task = async (id: string) => (await getTask(t.ctx, id)) as TaskRecord;
  const offersOf = (id: string) => getPendingReservationsOfAgent(t.ctx, id);
  const chat = (input: Partial<StartChatInput> = {}) =>
    startChat(t.ctx, {
      queue: 'web-chat',
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      message: 'Hello, my parcel is late',
      ...input,
    });
  /** Starts a chat and lets ann take it. */
  const heldChat = async (input: Partial<StartChatInput> = {}) => {
    const started = await chat(input);
    await router.settle();
    const [offer] = (await offersOf('ann')).filter((r) => r.taskId === started.conversation.taskId);
    assert.ok(offer, 'ann is offered the chat');
    await acceptReservation(t.ctx, actorFor('ann'), offer.id);
    return started;
  };

  beforeEach(async () => {
    t = await makeTestEngine({
      chat: { maxMessageChars: 50, messagesPerMinute: 5, maxMessages: 20, idleTimeoutSeconds: 60 },
    });
    await seedUsers(t.ctx);
    await queue(t.ctx, {
      name: 'web-chat',
      channel: 'CHAT',
      reservationTimeoutSeconds: 600,
      dispositionCodes: ['RESOLVED', 'FOLLOW_UP'],
    });
    await queue(t.ctx, { name: 'callbacks', channel: 'VOICE' });
    await agent(t.ctx, 'ann', 'english:5', { CHAT: 2, VOICE: 1, total: 2 });
    await setPresence(t.ctx, actorFor('ann'), { state: 'AVAILABLE' });
    router = await startRouter(t.ctx);
  });
  afterEach(async () => {
    await router.stop();
    await t.close();
  });

  it('given a customer opening a chat, then it is a queued CHAT task, a CHAT interaction on their timeline and case, and its first message', async () => {
    const { conversation, token } = await chat({ skill: 'english' });
    assert.match(token, /^[\w-]{32}$/);
    assert.equal(conversation.state, 'OPEN');
    assert.notEqual(conversation.tokenHash, token, 'only a hash of the token is stored');
    const created = await task(conversation.taskId as string);
    assert.equal(created.kind, 'CHAT');
    assert.equal(created.channel, 'CHAT');
    assert.equal(created.queue, 'web-chat');
    assert.deepEqual(created.skills, [{ name: 'english', level: 1 }]);
    const timeline = await queryInteractions(t.ctx, actors.supervisor, { customerId: conversation.customerId! }, 0, 10);
    assert.equal(timeline.rows.length, 1);
    assert.equal(timeline.rows[0].channel, 'CHAT');
    assert.ok(timeline.rows[0].caseReference, 'the chat started or joined a case');
    assert.equal(conversation.caseReference, timeline.rows[0].caseReference);
    const view = await readChatByToken(t.ctx, token);
    assert.deepEqual(
      view.messages.map((m) => [m.seq, m.author, m.body]),
      [[1, 'CUSTOMER', 'Hello, my parcel is late']],
    );
  });

  it('given an agent with chat capacity 2, when three chats arrive, then two are offered to them at once and the third waits', async () => {
    const a = await chat();
    const b = await chat({ email: 'bob@example.com', name: 'Bob' });
    const c = await chat({ email: 'cy@example.com', name: 'Cy' });
    await router.settle();
    const offered = (await offersOf('ann')).map((r) => r.taskId).sort();
    assert.deepEqual(offered, [a.conversation.taskId, b.conversation.taskId].sort());
    assert.equal((await task(c.conversation.taskId!)).state, 'QUEUED');
    for (const offer of await offersOf('ann')) await acceptReservation(t.ctx, actorFor('ann'), offer.id);
    const held = await chatsOfAgent(t.ctx, 'ann');
    assert.deepEqual(held.map((h) => h.id).sort(), [a.conversation.id, b.conversation.id].sort());
  });

  it('given a chat that needs a skill the agent lacks, then it is not offered to them', async () => {
    const { conversation } = await chat({ skill: 'klingon' });
    await router.settle();
    assert.deepEqual(await offersOf('ann'), []);
    assert.equal((await task(conversation.taskId!)).state, 'QUEUED');
  });

  it('given a held chat, then messages go both ways in order and a reload on either side reads them all', async () => {
    const { conversation, token } = await heldChat();
    await agentSays(t.ctx, actorFor('ann'), conversation.id, 'Let me look that up');
    await customerSays(t.ctx, token, '<script>alert(1)</script>');
    const customerView = await readChatByToken(t.ctx, token);
    assert.deepEqual(
      customerView.messages.map((m) => [m.seq, m.author, m.body]),
      [
        [1, 'CUSTOMER', 'Hello, my parcel is late'],
        [2, 'AGENT', 'Let me look that up'],
        [3, 'CUSTOMER', '<script>alert(1)</script>'],
      ],
      'stored verbatim: customer text is rendered as text, never markup',
    );
    const agentView = await readChat(t.ctx, actorFor('ann'), conversation.id, 1);
    assert.deepEqual(
      agentView.messages.map((m) => m.seq),
      [2, 3],
      'afterSeq resumes after what was seen',
    );
  });

  it('given bad input, then each gets its stable code and nothing is stored', async () => {
    const { conversation, token } = await heldChat();
    assert.equal(await code(chat({ queue: 'callbacks' })), 'NOT_FOUND', 'a VOICE queue has no chat');
    assert.equal(await code(chat({ queue: 'nope' })), 'NOT_FOUND');
    assert.equal(await code(chat({ message: '   ' })), 'BAD_USER_INPUT');
    assert.equal(await code(chat({ email: 'not-an-address' })), 'BAD_USER_INPUT');
    assert.equal(await code(chat({ skill: 'a b' })), 'BAD_USER_INPUT');
    assert.equal(await code(customerSays(t.ctx, token, 'x'.repeat(51))), 'PAYLOAD_TOO_LARGE');
    assert.equal(await code(customerSays(t.ctx, token, 'bell\u0007')), 'BAD_USER_INPUT');
    assert.equal(await code(customerSays(t.ctx, 'A'.repeat(32), 'hi')), 'NOT_FOUND');
    assert.equal(await code(customerSays(t.ctx, '../../etc', 'hi')), 'NOT_FOUND');
    assert.equal(await code(agentSays(t.ctx, actorFor('agent'), conversation.id, 'not mine')), 'FORBIDDEN');
    assert.equal((await readChatByToken(t.ctx, token)).messages.length, 1, 'nothing stored');
  });

  it('given a chatty customer, then messages beyond the per-minute limit are RATE_LIMITED until the minute is over', async () => {
    const { token } = await heldChat();
    for (let i = 0; i < 5; i++) await customerSays(t.ctx, token, `line ${i}`);
    assert.equal(await code(customerSays(t.ctx, token, 'one too many')), 'RATE_LIMITED');
    t.clock.advance(61 * SECOND);
    assert.equal(await code(customerSays(t.ctx, token, 'later')), 'OK');
  });

  it('given a customer who goes silent, when the idle timeout passes, then the chat ends and the held task completes', async () => {
    const { conversation, token } = await heldChat();
    t.clock.advance(40 * SECOND);
    await customerSeen(t.ctx, (await readChatByToken(t.ctx, token)).conversation);
    t.clock.advance(40 * SECOND);
    assert.equal(await endIdleChats(t.ctx), 0, 'seen 40 s ago: still there');
    t.clock.advance(21 * SECOND);
    assert.equal(await endIdleChats(t.ctx), 1);
    const view = await readChatByToken(t.ctx, token);
    assert.equal(view.conversation.state, 'ENDED');
    assert.equal(view.conversation.endReason, 'CUSTOMER_TIMEOUT');
    assert.equal(view.messages.at(-1)?.author, 'SYSTEM');
    const done = await task(conversation.taskId!);
    assert.equal(done.state, 'COMPLETED');
    assert.equal(done.completedBy, 'ann');
    assert.equal(await code(agentSays(t.ctx, actorFor('ann'), conversation.id, 'hello?')), 'CHAT_ENDED');
    assert.equal(await code(customerSays(t.ctx, token, 'back')), 'CHAT_ENDED');
    assert.equal(await endIdleChats(t.ctx), 0, 'ended once');
    assert.deepEqual(await chatsOfAgent(t.ctx, 'ann'), []);
  });

  it('given the sweeper loop running, when the engine clock passes the idle timeout, then it ends the chat on its own', async () => {
    const { token } = await heldChat();
    const sweeper = makeChatSweeper(t.ctx, 10);
    sweeper.start();
    try {
      await new Promise((r) => setTimeout(r, 60));
      assert.equal((await readChatByToken(t.ctx, token)).conversation.state, 'OPEN', 'not idle yet');
      t.clock.advance(61 * SECOND);
      for (let i = 0; i < 200 && (await readChatByToken(t.ctx, token)).conversation.state === 'OPEN'; i++)
        await new Promise((r) => setTimeout(r, 10));
      assert.equal((await readChatByToken(t.ctx, token)).conversation.endReason, 'CUSTOMER_TIMEOUT');
    } finally {
      await sweeper.stop();
    }
  });

  it('given a customer who leaves before anyone answered, then the waiting task is cancelled and its offer rescinded', async () => {
    const { conversation, token } = await chat();
    await router.settle();
    assert.equal((await offersOf('ann')).length, 1);
    const left = await customerLeaves(t.ctx, token);
    assert.equal(left.endReason, 'CUSTOMER_LEFT');
    assert.equal((await task(conversation.taskId!)).state, 'CANCELLED');
    assert.deepEqual(await offersOf('ann'), []);
  });

  it('given the agent closes with a disposition, then the task completes, the code is kept, and the transcript joins the case and the timeline', async () => {
    const { conversation, token } = await heldChat();
    await agentSays(t.ctx, actorFor('ann'), conversation.id, 'It arrives tomorrow');
    await customerSays(t.ctx, token, 'Thanks!');
    assert.equal(await code(closeChat(t.ctx, actorFor('agent'), conversation.id)), 'FORBIDDEN');
    // The queue has disposition codes: the chat ends only with one of them (the desk's wrap-up rule).
    assert.equal(await code(closeChat(t.ctx, actorFor('ann'), conversation.id)), 'DISPOSITION_REQUIRED');
    assert.equal(
      await code(closeChat(t.ctx, actorFor('ann'), conversation.id, { dispositionCode: 'SOLD' })),
      'BAD_USER_INPUT',
    );
    const closed = await closeChat(t.ctx, actorFor('ann'), conversation.id, {
      dispositionCode: 'RESOLVED',
      note: 'delivery date given',
    });
    assert.equal(closed.state, 'ENDED');
    assert.equal(closed.endReason, 'CLOSED_BY_AGENT');
    assert.equal(closed.dispositionCode, 'RESOLVED');
    const done = await task(conversation.taskId!);
    assert.equal(done.state, 'COMPLETED');
    assert.deepEqual([done.dispositionCode, done.dispositionNote], ['RESOLVED', 'delivery date given']);
    const history = await taskHistory(t.ctx, done.id);
    const completed = history.find((h) => h.type === 'task.completed');
    assert.equal(completed?.data?.dispositionCode, 'RESOLVED');
    const [interaction] = (
      await queryInteractions(t.ctx, actors.supervisor, { customerId: conversation.customerId! }, 0, 10)
    ).rows;
    const lines = (interaction.body ?? '').split('\n');
    assert.equal(lines.length, 4);
    assert.match(lines[0], /Ada Lovelace: Hello, my parcel is late$/);
    assert.match(lines[1], /Agent ann: It arrives tomorrow$/);
    assert.match(lines[2], /Ada Lovelace: Thanks!$/);
    assert.match(lines[3], /Crossdesk: The agent ended the chat\.$/);
    assert.equal(interaction.attributes.endReason, 'CLOSED_BY_AGENT');
    assert.equal(await code(closeChat(t.ctx, actorFor('ann'), conversation.id)), 'CHAT_ENDED');
  });

  it('given the customer would rather talk, then the chat becomes a callback for them and ends', async () => {
    const { conversation } = await heldChat();
    const callback = await chatToCallback(t.ctx, actorFor('ann'), conversation.id, {
      phone: '+44 20 7946 0001',
      queue: 'callbacks',
      windowEnd: t.clock.now() + 3600 * SECOND,
    });
    assert.equal(callback.kind, 'CALLBACK');
    assert.equal(callback.callback?.phone, '+442079460001');
    assert.equal(callback.customer?.id, conversation.customerId);
    const ended = await readChat(t.ctx, actors.supervisor, conversation.id);
    assert.equal(ended.conversation.endReason, 'CALLBACK');
    assert.equal(
      await code(
        chatToCallback(t.ctx, actorFor('ann'), conversation.id, { phone: '1', queue: 'callbacks', windowEnd: 1 }),
      ),
      'CHAT_ENDED',
      'ended once',
    );
  });
});
