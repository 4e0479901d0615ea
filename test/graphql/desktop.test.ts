import { strict as assert } from 'node:assert';
import { startTestServer, type TestServer } from '../support/server.ts';

const CTI = 'mutation($input: CtiEventInput!) { ctiEvent(input: $input) { outcome task { id } } }';
const QUEUE = `mutation($input: QueueInput!) { upsertQueue(input: $input) {
  name dispositionCodes cannedResponses { title text } } }`;
const CARD = `query($id: ID!) { task(id: $id) { queue waitSeconds onHold holdSeconds dispositionCodes
  cannedResponses { title } customerCard { customerId name phone recentContacts { subject channel } openCases { id } } } }`;
const DISPOSE = `mutation($id: ID!, $code: String!, $note: String) { setDisposition(taskId: $id, code: $code, note: $note) {
  dispositionCode dispositionNote dispositionBy { id } dispositionAt } }`;
const COMMAND =
  'mutation($id: ID!, $c: CallCommand!, $target: String) { callCommand(taskId: $id, command: $c, target: $target) { id } }';

describe('GraphQL: the agent desktop (dispositions, call commands, the customer card)', function () {
  this.timeout(30_000);
  let s: TestServer;
  const ok = async (query: string, variables: Record<string, unknown> = {}, options: { as?: string } = {}) => {
    const res = await s.gql(query, variables, options);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return res.data;
  };
  const errCode = async (query: string, variables: Record<string, unknown> = {}, options: { as?: string } = {}) =>
    (await s.gql(query, variables, options)).errors?.[0]?.extensions?.code;

  beforeEach(async () => {
    s = await startTestServer({ CROSSDESK_PRESENCE_REASONS: 'break, training' });
    await ok('mutation { upsertAgent(input: { id: "ann", capacity: { VOICE: 1, total: 1 } }) { id } }');
    await ok('mutation { upsertAgent(input: { id: "bob", capacity: { VOICE: 1, total: 1 } }) { id } }');
  });
  afterEach(() => s.close());

  it('codes a call at wrap-up with one of its queue codes, and refuses to end wrap-up without one', async () => {
    const queue = (
      await ok(QUEUE, {
        input: {
          name: 'sales',
          channel: 'VOICE',
          dispositionCodes: ['SOLD', 'NO_SALE'],
          cannedResponses: [{ title: 'Thanks', text: 'Thank you for calling.' }],
        },
      })
    ).upsertQueue;
    assert.deepEqual(queue.dispositionCodes, ['SOLD', 'NO_SALE']);
    assert.equal(
      await errCode(QUEUE, { input: { name: 'sales', dispositionCodes: ['SOLD', 'SOLD'] } }),
      'BAD_USER_INPUT',
    );
    await ok(
      `mutation { captureInteraction(input: { channel: EMAIL, externalId: "m1", subject: "Where is my order",
        customer: { name: "Ada", phone: "+49 30 111" } }) { id } }`,
    );
    await ok(CTI, { input: { type: 'AGENT_READY', agentId: 'ann' } }, { as: 'integrator' });
    const offered = await ok(
      CTI,
      {
        input: {
          type: 'CALL_OFFERED',
          callId: 'g1',
          queue: 'sales',
          // The switch chose ann: offered to her at once, so the router's own offer cannot race the answer.
          agentId: 'ann',
          customer: { name: 'Ada', phone: '+49 30 111' },
        },
      },
      { as: 'integrator' },
    );
    const id = offered.ctiEvent.task.id;
    await ok(CTI, { input: { type: 'CALL_ANSWERED', callId: 'g1', agentId: 'ann' } }, { as: 'integrator' });

    const card = (await ok(CARD, { id }, { as: 'ann' })).task;
    assert.equal(card.queue, 'sales');
    assert.deepEqual([card.onHold, card.holdSeconds, card.dispositionCodes], [false, 0, ['SOLD', 'NO_SALE']]);
    assert.deepEqual(card.cannedResponses, [{ title: 'Thanks' }]);
    assert.equal(card.customerCard.name, 'Ada');
    assert.equal(card.customerCard.phone, '+4930111');
    assert.deepEqual(card.customerCard.recentContacts, [{ subject: 'Where is my order', channel: 'EMAIL' }]);
    assert.equal(
      (await s.gql(CARD, { id }, { as: 'bob' })).errors?.[0]?.extensions?.code,
      'TASK_NOT_ASSIGNEE',
      "another agent does not see the caller's card",
    );
    assert.equal(await errCode(COMMAND, { id, c: 'TRANSFER' }, { as: 'ann' }), 'BAD_USER_INPUT');
    // No command URL is configured: the command is still accepted (it becomes an incident, not an error here).
    await ok(COMMAND, { id, c: 'HOLD' }, { as: 'ann' });

    await ok(CTI, { input: { type: 'CALL_ENDED', callId: 'g1', agentId: 'ann' } }, { as: 'integrator' });
    const wrap = (await ok('{ agent(id: "ann") { presence wrapUp { id } } }', {}, { as: 'ann' })).agent;
    assert.deepEqual(wrap, { presence: 'WRAP_UP', wrapUp: [{ id }] });
    assert.equal(
      await errCode('mutation { setPresence(input: { state: AVAILABLE }) { id } }', {}, { as: 'ann' }),
      'DISPOSITION_REQUIRED',
    );
    assert.equal(await errCode(DISPOSE, { id, code: 'MAYBE' }, { as: 'ann' }), 'BAD_USER_INPUT');
    const coded = (await ok(DISPOSE, { id, code: 'SOLD', note: 'two seats' }, { as: 'ann' })).setDisposition;
    assert.deepEqual(
      [coded.dispositionCode, coded.dispositionNote, coded.dispositionBy.id],
      ['SOLD', 'two seats', 'ann'],
    );
    const after = await ok('mutation { setPresence(input: { state: AVAILABLE }) { presence } }', {}, { as: 'ann' });
    assert.equal(after.setPresence.presence, 'AVAILABLE');
  });

  it('lists the configured presence reasons and accepts only those for AWAY', async () => {
    assert.deepEqual((await ok('{ presenceReasons }', {}, { as: 'ann' })).presenceReasons, ['break', 'training']);
    const away = await ok(
      'mutation { setPresence(input: { state: AWAY, reason: "training" }) { presence presenceReason } }',
      {},
      { as: 'ann' },
    );
    assert.deepEqual(away.setPresence, { presence: 'AWAY', presenceReason: 'training' });
    assert.equal(
      await errCode('mutation { setPresence(input: { state: AWAY, reason: "lunch" }) { id } }', {}, { as: 'ann' }),
      'BAD_USER_INPUT',
    );
  });
});
