import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server.ts';

const refundXml = readFileSync(new URL('./fixtures/refund.bpmn', import.meta.url), 'utf8');
const START = 'mutation { startProcess(input: { key: "refund", variables: { amount: 5, customer: { name: "Liv" } } }) { id tasks { id state } } }';

/** Opens an SSE subscription and collects its `next` payloads. */
async function subscribe(s: TestServer, query: string) {
  const controller = new AbortController();
  const res = await fetch(`${s.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify({ query }),
    signal: controller.signal,
  });
  assert.equal(res.status, 200);
  const events: any[] = [];
  const reader = res.body!.getReader();
  let buffer = '';
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += new TextDecoder().decode(value);
      for (let at = buffer.indexOf('\n\n'); at >= 0; at = buffer.indexOf('\n\n')) {
        const data = buffer.slice(0, at).split('\n').find((l) => l.startsWith('data: '));
        buffer = buffer.slice(at + 2);
        if (data && data.length > 6) events.push(JSON.parse(data.slice(6)));
      }
    }
  })();
  return { events, close: async () => (controller.abort(), await pump) };
}

const waitFor = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  assert.ok(check(), 'timed out waiting');
};

describe('GraphQL: live task events and cancellation', () => {
  let s: TestServer;
  beforeEach(async () => {
    s = await startTestServer();
    await s.gql('mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }', { x: refundXml }, { as: 'designer' });
  });
  afterEach(() => s.close());

  it('pushes task.created and task.claimed over SSE to a subscriber of the task queue, and nothing of other queues', async () => {
    const billing = await subscribe(s, 'subscription { taskEvents(queue: "billing") { type task { id name state } } }');
    const other = await subscribe(s, 'subscription { taskEvents(queue: "sales") { type } }');
    await new Promise((r) => setTimeout(r, 20));
    const started = await s.gql(START);
    const taskId = started.data.startProcess.tasks[0].id;
    await s.gql('mutation($id: ID!) { claimTask(id: $id) { id } }', { id: taskId }, { as: 'expert' });
    await waitFor(() => billing.events.length >= 2);
    assert.deepEqual(billing.events.map((e) => [e.data.taskEvents.type, e.data.taskEvents.task.id]), [['task.created', taskId], ['task.claimed', taskId]]);
    assert.equal(billing.events[0].data.taskEvents.task.name, 'Review refund for Liv');
    assert.equal(other.events.length, 0);
    await billing.close();
    await other.close();
  });

  it('lets a supervisor cancel an instance: its tasks are cancelled, the reason kept; others get FORBIDDEN, a second cancel INSTANCE_NOT_ACTIVE', async () => {
    const started = await s.gql(START);
    const id = started.data.startProcess.id;
    const CANCEL = 'mutation($id: ID!) { cancelProcessInstance(id: $id, reason: "duplicate case") { state endReason tasks { state } history { type data } } }';
    assert.equal((await s.gql(CANCEL, { id }, { as: 'expert' })).errors?.[0].extensions.code, 'FORBIDDEN');
    const cancelled = (await s.gql(CANCEL, { id }, { as: 'supervisor' })).data.cancelProcessInstance;
    assert.equal(cancelled.state, 'CANCELLED');
    assert.equal(cancelled.endReason, 'duplicate case');
    assert.deepEqual(cancelled.tasks.map((t: any) => t.state), ['CANCELLED']);
    assert.ok(cancelled.history.some((h: any) => h.type === 'instance.cancelled' && h.data.reason === 'duplicate case'));
    assert.equal((await s.gql(CANCEL, { id }, { as: 'supervisor' })).errors?.[0].extensions.code, 'INSTANCE_NOT_ACTIVE');
    const taskId = started.data.startProcess.tasks[0].id;
    assert.equal((await s.gql('mutation($id: ID!) { claimTask(id: $id) { id } }', { id: taskId }, { as: 'expert' })).errors?.[0].extensions.code, 'TASK_NOT_ACTIVE');
  });
});
