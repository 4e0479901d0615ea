import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server.ts';
import { codeOf } from './http-helpers.ts';
import { sharedFixture } from '../support/fixtures.ts';

const refundXml = sharedFixture('refund.bpmn');
const MB = 1024 * 1024;

/** A body of `bytes` bytes sent chunked (no Content-Length), as a stream. */
function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; at += MB) controller.enqueue(bytes.subarray(at, at + MB));
      controller.close();
    },
  });
}

describe('GraphQL: HTTP edge', () => {
  let s: TestServer;
  beforeEach(async () => {
    s = await startTestServer();
  });
  afterEach(() => s.close());

  it('answers /health, serves GraphiQL on GET /graphql, and a page at / (the web app once built)', async () => {
    const health = await fetch(`${s.server.url}/health`);
    assert.deepEqual(
      [health.status, await health.json()],
      [200, { status: 'ok', role: 'leader', routerStart: 'rebuild' }],
    );
    const graphiql = await fetch(`${s.server.url}/graphql`, { headers: { accept: 'text/html' } });
    assert.equal(graphiql.status, 200);
    assert.match(await graphiql.text(), /graphiql/i);
    const root = await fetch(`${s.server.url}/`);
    assert.match(root.headers.get('content-type') ?? '', /text\/html/);
    const built = new URL('../../web/dist/index.html', import.meta.url);
    const page = await root.text();
    if (existsSync(built)) assert.equal(page, readFileSync(built, 'utf8'));
    else assert.match(page, /not built[\s\S]*href="\/graphql"/);
    assert.equal((await fetch(`${s.server.url}/nothing-here`)).status, 404);
  });

  it('answers GET queries too, with the same authentication', async () => {
    const query = encodeURIComponent('{ me { id } }');
    const anonymous = await fetch(`${s.server.url}/graphql?query=${query}`, {
      headers: { accept: 'application/json' },
    });
    assert.equal(codeOf((await anonymous.json()) as any), 'UNAUTHENTICATED');
    const admin = await fetch(`${s.server.url}/graphql?query=${query}`, {
      headers: { accept: 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    assert.deepEqual(((await admin.json()) as any).data, { me: { id: 'admin' } });
  });

  it('lets a 10 MB model reach the engine (PAYLOAD_TOO_LARGE) but refuses requests over 16 MB with HTTP 413, chunked or not', async () => {
    const tenMb = await s.gql(
      'mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }',
      { x: refundXml + ' '.repeat(10 * MB) },
      { as: 'designer' },
    );
    assert.equal(codeOf(tenMb), 'PAYLOAD_TOO_LARGE');
    assert.ok(tenMb.errors![0].extensions.limit > 0);
    const huge = JSON.stringify({
      query: 'mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }',
      variables: { x: ' '.repeat(17 * MB) },
    });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` };
    assert.equal((await fetch(`${s.server.url}/graphql`, { method: 'POST', headers, body: huge })).status, 413);
    const streamed = await fetch(`${s.server.url}/graphql`, {
      method: 'POST',
      headers,
      body: chunked(huge),
      duplex: 'half',
    } as RequestInit);
    assert.equal(streamed.status, 413);
    assert.equal((await s.gql('{ me { id } }')).data.me.id, 'admin', 'the server carries on');
  });

  it('reports malformed JSON and DateTime input as BAD_USER_INPUT', async () => {
    const enumAsJson = await s.gql('mutation { startProcess(input: { key: "refund", variables: NOT_JSON }) { id } }');
    assert.equal(codeOf(enumAsJson), 'BAD_USER_INPUT');
    assert.match(enumAsJson.errors![0].message, /JSON/);
    assert.equal(
      codeOf(
        await s.gql('mutation($v: JSON) { startProcess(input: { key: "refund", variables: $v }) { id } }', {
          v: [1, 2],
        }),
      ),
      'BAD_USER_INPUT',
    );
    assert.equal(
      codeOf(await s.gql('{ tasks(filter: { dueBefore: "next tuesday" }) { totalCount } }')),
      'BAD_USER_INPUT',
    );
    assert.equal(
      codeOf(await s.gql('query($d: DateTime) { tasks(filter: { dueBefore: $d }) { totalCount } }', { d: 12 })),
      'BAD_USER_INPUT',
    );
    const due = await s.gql('query($d: DateTime) { tasks(filter: { dueBefore: $d }) { totalCount } }', {
      d: '2030-01-01T00:00:00Z',
    });
    assert.equal(due.data.tasks.totalCount, 0);
  });

  it('gives each mutation of one operation fresh data, not what an earlier one loaded', async () => {
    await s.gql(
      'mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }',
      { x: refundXml },
      { as: 'designer' },
    );
    const started = await s.gql(
      'mutation { startProcess(input: { key: "refund", variables: { amount: 10, customer: { name: "Bo" } } }) { tasks { id } } }',
    );
    const both = await s.gql(
      `mutation($id: ID!) {
        claim: claimTask(id: $id) { state processInstance { state variables } }
        complete: completeTask(id: $id, variables: { approved: true }) { state processInstance { state variables } }
      }`,
      { id: started.data.startProcess.tasks[0].id },
      // A supervisor reads the finished case's variables; an expert's access ends with the task (read rules).
      { as: 'supervisor' },
    );
    assert.deepEqual([both.data.claim.state, both.data.claim.processInstance.state], ['ASSIGNED', 'ACTIVE']);
    assert.deepEqual([both.data.complete.state, both.data.complete.processInstance.state], ['COMPLETED', 'COMPLETED']);
    assert.equal(both.data.complete.processInstance.variables.approved, true);
  });

  it('pages through process instances with first/after and filters them', async () => {
    await s.gql(
      'mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }',
      { x: refundXml },
      { as: 'designer' },
    );
    for (let i = 0; i < 3; i++)
      await s.gql(
        'mutation($k: String) { startProcess(input: { key: "refund", businessKey: $k, variables: { amount: 1, customer: { name: "P" } } }) { id } }',
        { k: `P-${i}` },
      );
    const PAGE =
      'query($after: String, $f: ProcessInstanceFilter) { processInstances(first: 2, after: $after, filter: $f) { totalCount edges { cursor node { businessKey } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }';
    const first = (await s.gql(PAGE)).data.processInstances;
    assert.equal(first.totalCount, 3);
    assert.deepEqual(
      [first.edges.length, first.pageInfo.hasNextPage, first.pageInfo.hasPreviousPage],
      [2, true, false],
    );
    assert.equal(first.pageInfo.startCursor, first.edges[0].cursor);
    const second = (await s.gql(PAGE, { after: first.pageInfo.endCursor })).data.processInstances;
    assert.deepEqual(
      [second.edges.length, second.pageInfo.hasNextPage, second.pageInfo.hasPreviousPage],
      [1, false, true],
    );
    const seen = [...first.edges, ...second.edges].map((e: any) => e.node.businessKey).sort();
    assert.deepEqual(seen, ['P-0', 'P-1', 'P-2']);
    assert.equal(
      (await s.gql(PAGE, { f: { businessKey: 'P-1', state: 'ACTIVE' } })).data.processInstances.totalCount,
      1,
    );
    assert.equal(codeOf(await s.gql(PAGE, { after: Buffer.from('o:x').toString('base64url') })), 'BAD_USER_INPUT');
  });
});
