import { strict as assert } from 'node:assert';
import { makeManualClock, verifyCtiSignature, type ManualClock } from '../../engine/index.ts';
import { startDialReceiver } from '../support/dial-receiver.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { subscribe, waitFor } from './http-helpers.ts';
import { sharedFixture } from '../support/fixtures.ts';

const fixture = sharedFixture('routed-task.bpmn');
const SECRET = 'cti-shared-secret';
const MIN = 60_000;

const AGENT = 'mutation($input: AgentInput!) { upsertAgent(input: $input) { id } }';
const PRESENCE = 'mutation($s: Presence!) { setPresence(input: { state: $s }) { id presence } }';
const CTI = 'mutation($input: CtiEventInput!) { ctiEvent(input: $input) { outcome task { id state } } }';
const OFFERS = 'query($id: ID!) { agent(id: $id) { reservations { id task { id kind } } } }';
const ACCEPT = 'mutation($id: ID!) { acceptReservation(id: $id) { id state } }';
const REQUEST = `mutation($input: CallbackInput!) { requestCallback(input: $input) {
  id kind channel state callId enqueuedAt createdAt callback { phone windowStart windowEnd attempts maxAttempts outcome readyAt } } }`;
// What an agent may read of a callback it asked for on a customer's behalf: not the customer data
// (that belongs to whoever takes the callback; see the read rules in docs/api.md).
const REQUESTED = 'mutation($input: CallbackInput!) { requestCallback(input: $input) { id callId } }';
const CALLBACK = 'query($id: ID!) { task(id: $id) { state callback { attempts outcome } } }';
const CONSULT =
  'mutation($id: ID!, $input: ConsultInput!) { consultTask(id: $id, input: $input) { id kind state parentTask { id } } }';
const CONSULTATIONS =
  'query($id: ID!) { task(id: $id) { consultations { id state question answer answeredBy { id } task { kind } } } }';

describe('GraphQL: callbacks and consultations', function () {
  this.timeout(30_000);
  let s: TestServer;
  let clock: ManualClock;
  let platform: Awaited<ReturnType<typeof startDialReceiver>>;
  const ok = async (query: string, variables: Record<string, unknown> = {}, options: { as?: string } = {}) => {
    const res = await s.gql(query, variables, options);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return res.data;
  };
  const errCode = async (query: string, variables: Record<string, unknown> = {}, options: { as?: string } = {}) =>
    (await s.gql(query, variables, options)).errors?.[0]?.extensions?.code;
  const offerOf = async (id: string) => (await ok(OFFERS, { id })).agent.reservations[0];
  const iso = (ms: number) => new Date(ms).toISOString();

  beforeEach(async () => {
    clock = makeManualClock(Date.now());
    platform = await startDialReceiver();
    s = await startTestServer({ CROSSDESK_CTI_SECRET: SECRET, CROSSDESK_CTI_DIAL_URL: platform.url }, { clock });
    await ok(
      'mutation { upsertQueue(input: { name: "callbacks", channel: VOICE, reservationTimeoutSeconds: 60 }) { name } }',
    );
  });
  afterEach(async () => {
    await s.close();
    await platform.close();
  });

  it('requests a callback, offers it when its window opens, dials through the signed webhook on accept, and records ANSWERED', async () => {
    await ok(AGENT, { input: { id: 'ann', skills: [{ name: 'english', level: 5 }] } });
    await ok(PRESENCE, { s: 'AVAILABLE' }, { as: 'ann' });
    const input = {
      customer: { name: 'Ada', phone: '+44 20 7946 0001' },
      queue: 'callbacks',
      skills: [{ name: 'english', level: 3 }],
      windowStart: iso(clock.now() + 15 * MIN),
      windowEnd: iso(clock.now() + 75 * MIN),
    };
    const cb = (await ok(REQUEST, { input }, { as: 'integrator' })).requestCallback;
    assert.deepEqual([cb.kind, cb.channel, cb.state, cb.enqueuedAt], ['CALLBACK', 'VOICE', 'QUEUED', cb.createdAt]);
    assert.deepEqual(cb.callback, {
      phone: '+442079460001',
      windowStart: input.windowStart,
      windowEnd: input.windowEnd,
      attempts: 0,
      maxAttempts: 3,
      outcome: null,
      readyAt: input.windowStart,
    });
    await s.server.router.settle();
    assert.equal(await offerOf('ann'), undefined);
    clock.advance(15 * MIN);
    await s.server.router.runDue();
    await s.server.router.settle();
    const offer = await offerOf('ann');
    assert.equal(offer.task.id, cb.id);
    await ok(ACCEPT, { id: offer.id }, { as: 'ann' });
    await platform.waitFor(1);
    const [dial] = platform.received;
    assert.equal(
      verifyCtiSignature(
        SECRET,
        Buffer.from(dial.body),
        dial.headers['x-crossdesk-timestamp'] as string,
        dial.headers['x-crossdesk-signature'] as string,
        clock.now(),
      ),
      null,
    );
    assert.deepEqual(JSON.parse(dial.body), {
      taskId: cb.id,
      callId: cb.callId,
      phone: '+442079460001',
      agentId: 'ann',
      attempt: 1,
    });
    await ok(CTI, { input: { type: 'CALL_ANSWERED', callId: cb.callId, agentId: 'ann' } }, { as: 'integrator' });
    await ok(CTI, { input: { type: 'CALL_ENDED', callId: cb.callId, agentId: 'ann' } }, { as: 'integrator' });
    assert.deepEqual((await ok(CALLBACK, { id: cb.id })).task, {
      state: 'COMPLETED',
      callback: { attempts: 1, outcome: 'ANSWERED' },
    });
  });

  it('closes a callback nobody answered on its last attempt (CTI CALLBACK_NO_ANSWER) with NO_ANSWER, and refuses bad requests with BAD_USER_INPUT', async () => {
    await ok(AGENT, { input: { id: 'ann' } });
    await ok(PRESENCE, { s: 'AVAILABLE' }, { as: 'ann' });
    const cb = (
      await ok(
        REQUESTED,
        {
          input: {
            phone: '0049 30 1234567',
            queue: 'callbacks',
            windowEnd: iso(clock.now() + 60 * MIN),
            maxAttempts: 1,
          },
        },
        { as: 'agent' },
      )
    ).requestCallback;
    await s.server.router.settle();
    await ok(ACCEPT, { id: (await offerOf('ann')).id }, { as: 'ann' });
    const missed = await ok(
      CTI,
      { input: { type: 'CALLBACK_NO_ANSWER', callId: cb.callId, agentId: 'ann' } },
      { as: 'integrator' },
    );
    assert.equal(missed.ctiEvent.task.state, 'CANCELLED');
    assert.deepEqual((await ok(CALLBACK, { id: cb.id })).task.callback, { attempts: 1, outcome: 'NO_ANSWER' });
    assert.equal(
      await errCode(
        REQUEST,
        { input: { phone: '+4930123', queue: 'callbacks', windowEnd: iso(clock.now() - 1) } },
        { as: 'agent' },
      ),
      'BAD_USER_INPUT',
    );
    assert.equal(
      await errCode(REQUEST, { input: { queue: 'callbacks', windowEnd: iso(clock.now() + MIN) } }, { as: 'agent' }),
      'BAD_USER_INPUT',
    );
    assert.equal(
      await errCode(
        REQUEST,
        { input: { phone: '+4930123', queue: 'callbacks', windowEnd: iso(clock.now() + MIN) } },
        { as: 'designer' },
      ),
      'FORBIDDEN',
    );
  });

  it('lets the holder consult a skilled colleague: the consultation is routed, answered, visible on the parent and pushed to the holder', async () => {
    await ok(
      'mutation($xml: String!) { deployProcess(input: { name: "routed", bpmnXml: $xml }) { id } }',
      { xml: fixture },
      { as: 'designer' },
    );
    await ok('mutation { upsertQueue(input: { name: "backoffice", reservationTimeoutSeconds: 60 }) { name } }');
    await ok(AGENT, { input: { id: 'ann', skills: [{ name: 'billing', level: 5 }] } });
    await ok(AGENT, { input: { id: 'bob', skills: [{ name: 'tax', level: 7 }] } });
    await ok(PRESENCE, { s: 'AVAILABLE' }, { as: 'ann' });
    const v = {
      ref: 'x',
      priority: 50,
      groups: '',
      skills: 'billing:3',
      queue: 'backoffice',
      value: 0,
      interruptible: false,
      channel: 'BACKOFFICE',
    };
    const parentId = (
      await ok('mutation($v: JSON) { startProcess(input: { key: "routed", variables: $v }) { tasks { id } } }', { v })
    ).startProcess.tasks[0].id;
    await s.server.router.settle();
    await ok(ACCEPT, { id: (await offerOf('ann')).id }, { as: 'ann' });
    const work = await subscribe(s.server.url, 'subscription { myWork { type task { id } } }', {
      authorization: 'Bearer test-admin-secret',
      'x-act-as': 'ann',
    });
    try {
      assert.equal(await errCode(CONSULT, { id: parentId, input: { question: 'Mine?' } }, { as: 'bob' }), 'FORBIDDEN');
      const consult = (
        await ok(
          CONSULT,
          { id: parentId, input: { question: 'VAT on refunds?', skills: [{ name: 'tax', level: 5 }] } },
          { as: 'ann' },
        )
      ).consultTask;
      assert.deepEqual([consult.kind, consult.state, consult.parentTask.id], ['CONSULT', 'QUEUED', parentId]);
      await ok(PRESENCE, { s: 'AVAILABLE' }, { as: 'bob' });
      await s.server.router.settle();
      const offer = await offerOf('bob');
      assert.equal(offer.task.id, consult.id);
      await ok(ACCEPT, { id: offer.id }, { as: 'bob' });
      await ok(
        'mutation($id: ID!) { answerConsultation(id: $id, answer: "Exempt.") { id state } }',
        { id: consult.id },
        { as: 'bob' },
      );
      const [asked] = (await ok(CONSULTATIONS, { id: parentId })).task.consultations;
      assert.deepEqual(asked, {
        id: consult.id,
        state: 'COMPLETED',
        question: 'VAT on refunds?',
        answer: 'Exempt.',
        answeredBy: { id: 'bob' },
        task: { kind: 'CONSULT' },
      });
      await waitFor(
        () => work.events.some((e) => e.data?.myWork?.type === 'consultation.answered'),
        'consultation.answered over myWork',
      );
      assert.equal(
        work.events.find((e) => e.data?.myWork?.type === 'consultation.answered').data.myWork.task.id,
        parentId,
      );
    } finally {
      await work.close();
    }
  });
});
