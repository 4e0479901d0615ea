import { strict as assert } from 'node:assert';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server.ts';
import { subscribe, waitFor } from './http-helpers.ts';
import { sharedFixture } from '../support/fixtures.ts';

const refundXml = sharedFixture('refund.bpmn');
const START =
  'mutation { startProcess(input: { key: "refund", variables: { amount: 5, customer: { name: "Liv" } } }) { id tasks { id state } } }';
const TASK_EVENTS = 'subscription { taskEvents(queue: "billing") { type task { id name state assignee { id } } } }';

/** Headers of the admin token, acting as `as` when given. */
const asUser = (as?: string) => ({ authorization: `Bearer ${ADMIN_TOKEN}`, ...(as ? { 'x-act-as': as } : {}) });

describe('GraphQL: live task events and cancellation', () => {
  let s: TestServer;
  beforeEach(async () => {
    s = await startTestServer();
    await s.gql(
      'mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }',
      { x: refundXml },
      { as: 'designer' },
    );
  });
  afterEach(() => s.close());

  it('pushes task.created and task.claimed over SSE to a subscriber of the task queue, and nothing of other queues', async () => {
    const billing = await subscribe(s.server.url, TASK_EVENTS, asUser());
    const other = await subscribe(s.server.url, 'subscription { taskEvents(queue: "sales") { type } }', asUser());
    const started = await s.gql(START);
    const taskId = started.data.startProcess.tasks[0].id;
    await s.gql('mutation($id: ID!) { claimTask(id: $id) { id } }', { id: taskId }, { as: 'expert' });
    await waitFor(() => billing.events.length >= 2, 'two billing events');
    assert.deepEqual(
      billing.events.map((e) => [e.data.taskEvents.type, e.data.taskEvents.task.id]),
      [
        ['task.created', taskId],
        ['task.claimed', taskId],
      ],
    );
    assert.equal(billing.events[0].data.taskEvents.task.name, 'Review refund for Liv');
    assert.deepEqual(billing.events[1].data.taskEvents.task.assignee, { id: 'expert' });
    assert.equal(other.events.length, 0);
    await billing.close();
    await other.close();
  });

  it('tells each viewer only about tasks they may see: candidates and supervisors, not outsiders', async () => {
    const expert = await subscribe(s.server.url, TASK_EVENTS, asUser('expert'));
    const supervisor = await subscribe(s.server.url, TASK_EVENTS, asUser('supervisor'));
    const outsider = await subscribe(s.server.url, TASK_EVENTS, asUser('outsider'));
    await s.gql(START);
    await waitFor(
      () => expert.events.length === 1 && supervisor.events.length === 1,
      'events for the candidate and the supervisor',
    );
    await s.gql(START);
    await waitFor(() => expert.events.length === 2, 'a second event');
    assert.equal(outsider.events.length, 0, 'the outsider is in no candidate group of the task');
    await Promise.all([expert.close(), supervisor.close(), outsider.close()]);
  });

  it('refuses a subscription without a token (UNAUTHENTICATED)', async () => {
    const res = await fetch(`${s.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: TASK_EVENTS }),
    });
    assert.match(await res.text(), /UNAUTHENTICATED/);
  });

  it('ends open subscriptions when the server shuts down, so shutdown does not wait for them', async () => {
    const open = await subscribe(s.server.url, TASK_EVENTS, asUser());
    const started = Date.now();
    await s.server.close();
    assert.ok(Date.now() - started < 2000, `shutdown took ${Date.now() - started} ms`);
    await waitFor(open.ended, 'the stream to end');
    await open.close();
    s.close = () => s.testDb.destroy();
  });

  it('lets a supervisor cancel an instance: its tasks are cancelled, the reason kept; others get FORBIDDEN, a second cancel INSTANCE_NOT_ACTIVE', async () => {
    const started = await s.gql(START);
    const id = started.data.startProcess.id;
    const CANCEL =
      'mutation($id: ID!) { cancelProcessInstance(id: $id, reason: "duplicate case") { state endReason tasks { state } history { type data } } }';
    assert.equal((await s.gql(CANCEL, { id }, { as: 'expert' })).errors?.[0].extensions.code, 'FORBIDDEN');
    const cancelled = (await s.gql(CANCEL, { id }, { as: 'supervisor' })).data.cancelProcessInstance;
    assert.equal(cancelled.state, 'CANCELLED');
    assert.equal(cancelled.endReason, 'duplicate case');
    assert.deepEqual(
      cancelled.tasks.map((t: any) => t.state),
      ['CANCELLED'],
    );
    assert.ok(
      cancelled.history.some((h: any) => h.type === 'instance.cancelled' && h.data.reason === 'duplicate case'),
    );
    assert.equal(
      (await s.gql(CANCEL, { id }, { as: 'supervisor' })).errors?.[0].extensions.code,
      'INSTANCE_NOT_ACTIVE',
    );
    const taskId = started.data.startProcess.tasks[0].id;
    assert.equal(
      (await s.gql('mutation($id: ID!) { claimTask(id: $id) { id } }', { id: taskId }, { as: 'expert' })).errors?.[0]
        .extensions.code,
      'TASK_NOT_ACTIVE',
    );
  });
});
