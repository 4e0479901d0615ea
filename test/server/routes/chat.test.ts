import { strict as assert } from 'node:assert';
import {
  acceptReservation,
  getPendingReservationsOfAgent,
  setPresence,
  upsertQueue,
  type EngineContext,
} from '../../../engine/index.ts';
import { actorFor } from '../../support/actors.ts';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../../support/server.ts';
import { subscribe, waitFor } from '../../graphql/http-helpers.ts';

const SHOP = 'https://shop.example.com';

/** Reads a customer's SSE stream: the events received so far. */
async function openStream(url: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /text\/event-stream/);
  const events: { event: string; id?: string; data: any }[] = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      for (let at = buffer.indexOf('\n\n'); at >= 0; at = buffer.indexOf('\n\n')) {
        const lines = buffer.slice(0, at).split('\n');
        buffer = buffer.slice(at + 2);
        const field = (name: string) => lines.find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2);
        const data = field('data');
        if (data) events.push({ event: field('event') ?? 'message', id: field('id'), data: JSON.parse(data) });
      }
    }
  })();
  return { events, close: async () => (controller.abort(), await pump) };
}

describe('live chat over HTTP: the public page API, its stream, and the agent side in GraphQL', () => {
  let s: TestServer;
  let engine: EngineContext;
  const base = () => `${s.server.url}/chat/web-chat`;
  const start = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(base(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const say = (token: string, body: unknown) =>
    fetch(`${base()}/c/${token}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body }),
    });
  const agentTakes = async (taskId: string) => {
    await waitFor(() => true);
    for (let i = 0; i < 100; i++) {
      const offer = (await getPendingReservationsOfAgent(engine, 'agent')).find((r) => r.taskId === taskId);
      if (offer) return acceptReservation(engine, actorFor('agent'), offer.id);
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.fail('the chat was never offered to the agent');
  };

  beforeEach(async () => {
    s = await startTestServer({ CROSSDESK_CHAT_RATE_LIMIT: '3', CROSSDESK_CHAT_ORIGINS: SHOP });
    engine = s.server.engine;
    await upsertQueue(engine, null, { name: 'web-chat', channel: 'CHAT', dispositionCodes: ['RESOLVED'] });
    await setPresence(engine, actorFor('agent'), { state: 'AVAILABLE' });
  });
  afterEach(() => s.close());

  it('starts a chat (201 with a token), streams the agent reply live, and reads the whole conversation after a reload', async () => {
    const res = await start({ name: 'Ada', email: 'ada@example.com', message: 'Hello' });
    assert.equal(res.status, 201);
    const started = (await res.json()) as any;
    assert.match(started.token, /^[\w-]{32}$/);
    assert.deepEqual(
      started.messages.map((m: any) => [m.author, m.body]),
      [['CUSTOMER', 'Hello']],
    );
    const [row] = await s.testDb.db('chat_conversations').where({ id: started.conversationId });
    await agentTakes(row.task_id);
    const stream = await openStream(`${base()}/c/${started.token}/events`);
    await waitFor(() => stream.events.length >= 1, 'the first message replayed');
    const agentSub = await subscribe(s.server.url, 'subscription { myChatEvents { type message { body author } } }', {
      authorization: `Bearer ${ADMIN_TOKEN}`,
      'x-act-as': 'agent',
    });
    const outsider = await subscribe(s.server.url, 'subscription { myChatEvents { type } }', {
      authorization: `Bearer ${ADMIN_TOKEN}`,
      'x-act-as': 'expert',
    });
    const mine = await s.gql('{ myChats { id state customerName messages { seq author body } } }', {}, { as: 'agent' });
    assert.deepEqual(
      mine.data.myChats.map((c: any) => c.id),
      [started.conversationId],
    );
    const sent = await s.gql(
      'mutation($id: ID!) { sendChatMessage(conversationId: $id, body: "How can I help?") { seq author agent { id } } }',
      { id: started.conversationId },
      { as: 'agent' },
    );
    assert.deepEqual(sent.data.sendChatMessage, { seq: 2, author: 'AGENT', agent: { id: 'agent' } });
    await waitFor(() => stream.events.length >= 2, 'the reply on the customer stream', 400);
    assert.deepEqual(stream.events[1], {
      event: 'message',
      id: '2',
      data: { seq: 2, author: 'AGENT', body: 'How can I help?', at: stream.events[1].data.at },
    });
    assert.equal((await say(started.token, 'My parcel')).status, 201);
    await waitFor(() => agentSub.events.length >= 2, 'both messages on the agent subscription', 400);
    assert.deepEqual(
      agentSub.events.map((e) => e.data.myChatEvents.message.body),
      ['How can I help?', 'My parcel'],
    );
    await stream.close();
    const resumed = await openStream(`${base()}/c/${started.token}/events`, { 'last-event-id': '2' });
    await waitFor(() => resumed.events.length >= 1, 'the stream resumed after seq 2');
    assert.deepEqual(
      resumed.events.map((e) => e.data.seq),
      [3],
    );
    const reload = (await (await fetch(`${base()}/c/${started.token}`)).json()) as any;
    assert.deepEqual(
      reload.messages.map((m: any) => m.body),
      ['Hello', 'How can I help?', 'My parcel'],
    );
    assert.equal(reload.messages[1].agentId, undefined, 'agent ids stay inside');
    const closed = await s.gql(
      'mutation($id: ID!) { closeChat(conversationId: $id, dispositionCode: "RESOLVED") { state endReason task { state } } }',
      { id: started.conversationId },
      { as: 'agent' },
    );
    assert.deepEqual(closed.data.closeChat, {
      state: 'ENDED',
      endReason: 'CLOSED_BY_AGENT',
      task: { state: 'COMPLETED' },
    });
    await waitFor(() => resumed.events.some((e) => e.event === 'ended'), 'the end on the customer stream', 400);
    assert.equal(((await (await say(started.token, 'hello?')).json()) as any).error, 'CHAT_ENDED');
    assert.equal(outsider.events.length, 0, 'nobody else hears of the chat');
    const peek = await s.gql(
      'query($id: ID!) { chat(id: $id) { id } }',
      { id: started.conversationId },
      { as: 'expert' },
    );
    assert.equal(peek.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    await Promise.all([resumed.close(), agentSub.close(), outsider.close()]);
  });

  it('answers bad input with stable codes and changes nothing', async () => {
    const codeOf = async (res: Response) => [res.status, ((await res.json()) as any).error];
    assert.deepEqual(await codeOf(await start({ message: '' })), [400, 'BAD_USER_INPUT']);
    assert.deepEqual(await codeOf(await start({ message: 'x'.repeat(2001) })), [413, 'PAYLOAD_TOO_LARGE']);
    assert.deepEqual(
      await codeOf(await fetch(`${s.server.url}/chat/nope`, { headers: { accept: 'application/json' } })),
      [404, 'NOT_FOUND'],
    );
    assert.deepEqual(await codeOf(await say('A'.repeat(32), 'hi')), [404, 'NOT_FOUND']);
    assert.deepEqual(
      await codeOf(
        await fetch(base(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[1' }),
      ),
      [400, 'BAD_USER_INPUT'],
    );
    assert.equal(Number((await s.testDb.db('chat_conversations').count({ n: '*' }))[0].n), 0);
  });

  it('limits chat starts per client address (429 with Retry-After) and refuses sites not on the allow-list', async () => {
    const foreign = await start({ message: 'hi' }, { origin: 'https://evil.example' });
    assert.equal(foreign.status, 403);
    const allowed = await start({ email: 'a@example.com', message: 'hi' }, { origin: SHOP });
    assert.equal(allowed.status, 201);
    assert.equal(allowed.headers.get('access-control-allow-origin'), SHOP);
    for (let i = 0; i < 2; i++) assert.equal((await start({ message: `hi ${i}` })).status, 201);
    const refused = await start({ message: 'one too many' });
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
    assert.equal(((await refused.json()) as any).error, 'RATE_LIMITED');
  });

  it('serves the widget to any site and lets only listed sites frame the chat page', async () => {
    const widget = await fetch(`${s.server.url}/chat/widget.js`);
    assert.equal(widget.status, 200);
    assert.match(widget.headers.get('content-type') ?? '', /javascript/);
    assert.equal(widget.headers.get('cross-origin-resource-policy'), 'cross-origin');
    const source = await widget.text();
    assert.ok(!source.includes('innerHTML'), 'the widget builds its elements without markup');
    const page = await fetch(base(), { headers: { accept: 'text/html' } });
    assert.equal(page.status, 200);
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, new RegExp(`frame-ancestors 'self' ${SHOP}`));
    assert.match(csp, /script-src 'self'/);
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    const other = await fetch(`${s.server.url}/`, { headers: { accept: 'text/html' } });
    assert.match(
      other.headers.get('content-security-policy') ?? '',
      /frame-ancestors 'none'/,
      'other pages stay unframable',
    );
  });
});
