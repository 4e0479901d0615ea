import { strict as assert } from 'node:assert';
import { loadConfig } from '../../config.ts';
import { startServer, type RunningServer } from '../../server/index.ts';
import { makeTestDb, type TestDb } from '../support/context.ts';

const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', CROSSDESK_DEMO: 'true', LOG_LEVEL: 'silent' });

async function gql(server: RunningServer, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
  const body = (await (
    await fetch(`${server.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) })
  ).json()) as any;
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const signIn = async (server: RunningServer, userId: string) =>
  (
    await gql(server, 'mutation($u: ID!) { signIn(userId: $u, password: "demo") { token user { roles } } }', {
      u: userId,
    })
  ).signIn;

const REVIEWS = `{ tasks(filter: { eligible: true, processKey: "complaint-handling", states: [QUEUED], sort: CREATED }, first: 10) {
  edges { node { id name queue slaDueAt skills { name level } processInstance { businessKey } } } } }`;

describe('demo mode (CROSSDESK_DEMO)', () => {
  let testDb: TestDb;
  let server: RunningServer;
  beforeEach(async () => {
    testDb = await makeTestDb();
    server = await startServer(config, testDb.db, { keepDb: true });
  });
  afterEach(async () => {
    await server.close();
    await testDb.destroy();
  });

  it('creates the demo users with password `demo` and the role of their name', async () => {
    for (const id of ['designer', 'expert', 'agent', 'supervisor'])
      assert.deepEqual((await signIn(server, id)).user.roles, [id]);
  });

  it('deploys the complaint process, drawn for the modeler, and runs it down both gateway paths', async () => {
    const [agent, expert, supervisor] = await Promise.all(
      ['agent', 'expert', 'supervisor'].map(async (id) => (await signIn(server, id)).token),
    );
    const [definition] = (
      await gql(server, '{ processDefinitions(key: "complaint-handling") { id name bpmnXml } }', {}, agent)
    ).processDefinitions;
    assert.equal(definition.name, 'Complaint handling');
    assert.match(definition.bpmnXml, /<bpmndi:BPMNDiagram/);

    const START =
      'mutation($k: String!, $v: JSON) { startProcess(input: { key: "complaint-handling", businessKey: $k, variables: $v }) { id } }';
    const refund = (await gql(server, START, { k: 'C-1', v: { caseRef: 'C-1', vip: true } }, agent)).startProcess.id;
    const noRefund = (await gql(server, START, { k: 'C-2', v: { caseRef: 'C-2', vip: false } }, agent)).startProcess.id;
    const reviews = (await gql(server, REVIEWS, {}, expert)).tasks.edges.map((e: any) => e.node);
    assert.deepEqual(
      reviews.map((t: any) => t.name),
      ['Review complaint C-1', 'Review complaint C-2'],
    );
    assert.deepEqual(reviews[0].skills, [{ name: 'complaints', level: 3 }]);
    assert.ok(reviews[0].slaDueAt);

    const work = async (token: string, taskId: string, variables: Record<string, unknown>) => {
      await gql(server, 'mutation($id: ID!) { claimTask(id: $id) { id } }', { id: taskId }, token);
      return (
        await gql(
          server,
          'mutation($id: ID!, $v: JSON) { completeTask(id: $id, variables: $v) { processInstance { state activeElementIds tasks { id elementId state } } } }',
          { id: taskId, v: variables },
          token,
        )
      ).completeTask.processInstance;
    };
    const byKey = (key: string) => reviews.find((t: any) => t.processInstance.businessKey === key).id;
    const toApproval = await work(expert, byKey('C-1'), { refund: true });
    assert.deepEqual(toApproval.activeElementIds, ['approveRefund']);
    const toReply = await work(agent, byKey('C-2'), { refund: false });
    assert.deepEqual(toReply.activeElementIds, ['reply']);

    const approval = toApproval.tasks.find((t: any) => t.elementId === 'approveRefund');
    const done = await work(supervisor, approval.id, { approvedAmount: 40 });
    assert.equal(done.state, 'COMPLETED');
    const reply = toReply.tasks.find((t: any) => t.elementId === 'reply');
    assert.equal((await work(agent, reply.id, {})).state, 'COMPLETED');
    const finished = await gql(
      server,
      'query($a: ID!, $b: ID!) { a: processInstance(id: $a) { state } b: processInstance(id: $b) { state } }',
      { a: refund, b: noRefund },
      agent,
    );
    assert.deepEqual(finished, { a: { state: 'COMPLETED' }, b: { state: 'COMPLETED' } });
  });

  it('seeds idempotently: a restart over the same database keeps one version and the users', async () => {
    await server.close();
    server = await startServer(config, testDb.db, { keepDb: true });
    const token = (await signIn(server, 'designer')).token;
    const versions = (await gql(server, '{ processDefinitions { id version } }', {}, token)).processDefinitions;
    assert.deepEqual(versions.map((v: any) => v.id).sort(), [
      'address-change:1',
      'callback-handling:1',
      'complaint-handling:1',
      'crossdesk-triage:1',
    ]);
  });
});
