import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { startTestServer, type TestServer } from '../support/server.ts';

const xml = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

const CAPTURE = `mutation ($input: CaptureInteractionInput!) { captureInteraction(input: $input) {
  id customer { id } case { id tasks { id } } } }`;
const ERASE = 'mutation ($id: ID!) { eraseCustomer(id: $id) }';
const CUSTOMER = `query ($id: ID!) { customer(id: $id) { id name email phone erasedAt
  interactions { totalCount edges { node { subject body } } } merges { sourceId sourceEmail } } }`;
const INSTANCE = 'query ($id: ID!) { processInstance(id: $id) { state variables tasks { id state } } }';
const AUDIT = `query ($id: ID!) { auditLog(filter: { subjectId: $id }) { edges { node { type subjectType actorId after } } } }`;

type Outcome = { data?: any; errors?: any[] };
const code = (r: Outcome) => r.errors?.[0]?.extensions?.code;

/** eraseCustomer over HTTP: who may, what it blanks, what it keeps, and that the person is not matched again. */
describe('GraphQL: eraseCustomer', function () {
  this.timeout(30_000);
  let s: TestServer;
  const ok = async (query: string, variables: Record<string, unknown>, as?: string) => {
    const r = await s.gql(query, variables, as ? { as } : {});
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    return r.data;
  };
  const capture = async (externalId: string, customer: Record<string, string>, subject: string, attributes = {}) =>
    (
      await ok(
        CAPTURE,
        { input: { channel: 'WEB_FORM', externalId, customer, subject, body: `${subject}, please`, attributes } },
        'integrator',
      )
    ).captureInteraction;

  beforeEach(async () => {
    s = await startTestServer();
    await ok(
      'mutation ($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }',
      { x: xml('../engine/intake/interactions/fixtures/support-request.bpmn') },
      'designer',
    );
    const rule = {
      name: 'support',
      position: 1,
      match: { keywords: ['help'] },
      action: { processKey: 'support-request' },
    };
    await ok(
      'mutation ($input: ClassificationRuleInput!) { upsertClassificationRule(input: $input) { id } }',
      { input: rule },
      'designer',
    );
  });
  afterEach(() => s.close());

  it('given a customer with a case, a merged record and contacts, then only an admin erases them: texts blank, counts kept, audited, never matched again', async () => {
    const ada = { name: 'Ada Lovelace', email: 'ada@example.com', phone: '+442079460958' };
    const first = await capture('f1', ada, 'help with my invoice', { street: '12 Analytical Lane' });
    const other = await capture('f2', { email: 'ada.l@example.org', name: 'Ada L' }, 'another note');
    await ok(
      'mutation ($s: ID!, $t: ID!) { mergeCustomers(sourceId: $s, targetId: $t) { id } }',
      {
        s: other.customer.id,
        t: first.customer.id,
      },
      'supervisor',
    );
    const id = first.customer.id;

    for (const role of ['designer', 'expert', 'agent', 'supervisor', 'integrator'])
      assert.equal(code(await s.gql(ERASE, { id }, { as: role })), 'FORBIDDEN', role);
    assert.equal((await ok(CUSTOMER, { id })).customer.name, 'Ada Lovelace', 'a refused erasure changed nothing');

    const before = await s.server.engine.db('process_instances').where({ id: first.case.id }).first();
    assert.ok(String(before.engine_state).includes('Lovelace'), 'the engine state holds the name before');
    assert.equal((await ok(ERASE, { id })).eraseCustomer, true);

    const after = (await ok(CUSTOMER, { id })).customer;
    assert.deepEqual([after.name, after.email, after.phone], [null, null, null]);
    assert.ok(after.erasedAt);
    assert.equal(after.interactions.totalCount, 2, 'contacts are kept, so counts stay');
    assert.deepEqual(
      after.interactions.edges.map((e: any) => [e.node.subject, e.node.body]),
      [
        [null, null],
        [null, null],
      ],
    );
    assert.deepEqual(after.merges, [{ sourceId: other.customer.id, sourceEmail: null }]);
    const merged = (await ok(CUSTOMER, { id: other.customer.id })).customer;
    assert.deepEqual([merged.name, merged.email], [null, null], 'the record merged into it is erased too');
    const instance = (await ok(INSTANCE, { id: first.case.id })).processInstance;
    assert.equal(instance.state, 'ACTIVE');
    for (const name of ['customerName', 'customerEmail', 'customerPhone', 'subject'])
      assert.equal(instance.variables[name], null, name);
    assert.equal(instance.variables.customerId, id, 'ids stay: the case still counts for its customer');
    assert.ok(!JSON.stringify(instance.variables).includes('Lovelace'));
    const stored = await s.server.engine.db('process_instances').where({ id: first.case.id }).first();
    assert.ok(!String(stored.engine_state).includes('Lovelace'), "the engine's own copy of the variables too");
    const [task] = instance.tasks;
    await ok('mutation ($id: ID!) { assignTask(id: $id, agentId: "expert") { id } }', { id: task.id });
    await ok(
      'mutation ($id: ID!) { completeTask(id: $id, variables: { done: true }) { state } }',
      { id: task.id },
      'expert',
    );
    const ran = (await ok(INSTANCE, { id: first.case.id })).processInstance;
    assert.deepEqual([ran.state, ran.tasks.map((t: any) => t.state)], ['ACTIVE', ['COMPLETED']], 'the case runs on');

    const audit = (await ok(AUDIT, { id })).auditLog.edges.map((e: any) => e.node);
    assert.deepEqual(
      audit.map((a: any) => [a.type, a.subjectType, a.actorId]),
      [['customer.erased', 'CUSTOMER', 'admin']],
    );
    assert.ok(!JSON.stringify(audit).includes('ada@'), 'the audit entry holds counts, not the data');

    assert.equal((await ok(ERASE, { id })).eraseCustomer, true, 'a second call is harmless');
    assert.equal((await ok(AUDIT, { id })).auditLog.edges.length, 1, 'and changes (and audits) nothing');

    const again = await capture('f3', { email: 'ada@example.com', name: 'Ada Lovelace' }, 'a new question');
    assert.notEqual(again.customer.id, id, 'the erased record is not matched by e-mail again');
    assert.equal((await ok(CUSTOMER, { id })).customer.name, null, 'nor filled in again');

    assert.equal(code(await s.gql(ERASE, { id: 'cu_nobody' })), 'NOT_FOUND');
  });
});
