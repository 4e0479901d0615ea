import { strict as assert } from 'node:assert';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server.ts';
import { codeOf } from './http-helpers.ts';
import { sharedFixture } from '../support/fixtures.ts';

const refundXml = sharedFixture('refund.bpmn');
const START = 'mutation($v: JSON) { startProcess(input: { key: "refund", variables: $v }) { id } }';
const MB = 1024 * 1024;

/** `{"deep": {"a": {"a": ... 1 ...}}}` nested `levels` objects deep, as text (JSON.stringify would overflow). */
const deepJson = (levels: number) => `{"deep":${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}}`;

describe('variables: sizes, nesting and types checked before a command runs', () => {
  let s: TestServer;
  beforeEach(async () => {
    s = await startTestServer();
    await s.gql('mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }', { x: refundXml });
  });
  afterEach(() => s.close());

  const instances = async () => (await s.gql('{ processInstances { totalCount } }')).data.processInstances.totalCount;

  /** POSTs a body written by hand (a 5,000-deep value cannot go through JSON.stringify). */
  async function rawPost(query: string, variablesJson: string) {
    const res = await fetch(`${s.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: `{"query":${JSON.stringify(query)},"variables":${variablesJson}}`,
    });
    return (await res.json()) as { data?: any; errors?: any[] };
  }

  it('refuses variables over CROSSDESK_MAX_VARIABLES_BYTES (1 MB) with PAYLOAD_TOO_LARGE and stores nothing', async () => {
    const over = await s.gql(START, { v: { note: 'x'.repeat(MB) } });
    assert.equal(codeOf(over), 'PAYLOAD_TOO_LARGE');
    assert.deepEqual(over.errors![0].extensions, {
      code: 'PAYLOAD_TOO_LARGE',
      field: 'variables',
      limit: MB,
    });
    // Spread over many variables, the total counts.
    const many = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`v${i}`, 'y'.repeat(60_000)]));
    assert.equal(codeOf(await s.gql(START, { v: many })), 'PAYLOAD_TOO_LARGE');
    assert.equal(await instances(), 0);
    const under = await s.gql(START, { v: { note: 'x'.repeat(MB - 20) } });
    assert.equal(under.errors, undefined);
    assert.equal(await instances(), 1);
  });

  it('refuses an oversized completion and leaves the task as it was', async () => {
    const id = (await s.gql(START, { v: { amount: 10 } })).data.startProcess.id;
    const tasks = await s.gql('query($i: ID!) { processInstance(id: $i) { tasks { id } } }', { i: id });
    const taskId = tasks.data.processInstance.tasks[0].id;
    await s.gql('mutation($t: ID!) { claimTask(id: $t) { id } }', { t: taskId }, { as: 'expert' });
    const done = await s.gql(
      'mutation($t: ID!, $v: JSON) { completeTask(id: $t, variables: $v) { id } }',
      { t: taskId, v: { approved: true, blob: 'z'.repeat(MB + 1) } },
      { as: 'expert' },
    );
    assert.equal(codeOf(done), 'PAYLOAD_TOO_LARGE');
    const task = await s.gql('query($t: ID!) { task(id: $t) { state variables } }', { t: taskId });
    assert.equal(task.data.task.state, 'ASSIGNED');
    assert.equal(task.data.task.variables.blob, undefined);
  });

  it('refuses a 5,000-deep JSON value with BAD_USER_INPUT (it used to be a masked 500) and stores nothing', async () => {
    const deep = await rawPost(START, `{"v":${deepJson(5000)}}`);
    assert.equal(codeOf(deep), 'BAD_USER_INPUT', JSON.stringify(deep));
    assert.equal(deep.errors![0].extensions.maxDepth, 64);
    const deepList = await rawPost(START, `{"v":{"deep":${'['.repeat(5000)}1${']'.repeat(5000)}}}`);
    assert.equal(codeOf(deepList), 'BAD_USER_INPUT');
    const attributes = await rawPost(
      'mutation($a: JSON) { captureInteraction(input: { channel: EMAIL, subject: "s", attributes: $a }) { id } }',
      deepJson(5000),
    );
    assert.equal(codeOf(attributes), 'BAD_USER_INPUT');
    assert.equal(await instances(), 0);
    // 64 levels, the variables object included, are fine; 65 are not.
    assert.equal((await rawPost(START, `{"v":${deepJson(63)}}`)).errors, undefined);
    assert.equal(codeOf(await rawPost(START, `{"v":${deepJson(64)}}`)), 'BAD_USER_INPUT');
  });

  it('answers wrong scalar and enum types in variables with BAD_USER_INPUT (they used to be INTERNAL_SERVER_ERROR)', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['query($s: TaskState) { tasks(filter: { state: $s }) { totalCount } }', { s: 'NOPE' }],
      ['query($s: [TaskState!]) { tasks(filter: { states: $s }) { totalCount } }', { s: ['QUEUED', 'toString'] }],
      ['mutation($i: SetPresenceInput!) { setPresence(input: $i) { id } }', { i: { state: 'ASLEEP' } }],
      ['query($n: Int) { tasks(first: $n) { totalCount } }', { n: 'many' }],
      ['query($n: Int) { tasks(first: $n) { totalCount } }', { n: 2 ** 40 }],
      ['query($b: Boolean) { tasks(filter: { mine: $b }) { totalCount } }', { b: 'yes' }],
      ['query($t: String) { tasks(filter: { text: $t }) { totalCount } }', { t: { a: 1 } }],
      ['query($i: ID!) { task(id: $i) { id } }', { i: true }],
      ['query($f: TaskFilter) { tasks(filter: $f) { totalCount } }', { f: { nope: 1 } }],
      ['query($d: DateTime) { tasks(filter: { dueBefore: $d }) { totalCount } }', { d: 'tomorrow' }],
    ];
    for (const [query, variables] of cases) {
      const result = await s.gql(query, variables);
      assert.equal(
        codeOf(result),
        'BAD_USER_INPUT',
        `${query} ${JSON.stringify(variables)}: ${JSON.stringify(result)}`,
      );
      assert.match(result.errors![0].message, /^Variable "\$\w+" got invalid value/);
    }
  });
});
