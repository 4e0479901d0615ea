import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { startTestServer, type TestServer } from '../support/server.ts';

const xml = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

const CAPTURE = `mutation ($input: CaptureInteractionInput!) { captureInteraction(input: $input) {
  id customer { id } case { id tasks { id } } } }`;
const SEARCH = 'query ($q: String!) { customers(search: $q) { id name email phone } }';
const MERGE = 'mutation ($s: ID!, $t: ID!) { mergeCustomers(sourceId: $s, targetId: $t) { id } }';
const CUSTOMER = `query ($id: ID!) { customer(id: $id) { id mergedInto
  interactions { totalCount edges { node { subject customer { id } } } } cases { id }
  merges { sourceId sourceEmail interactionsMoved actor { id } at } } }`;

type Outcome = { data?: any; errors?: any[] };
const code = (r: Outcome) => r.errors?.[0]?.extensions?.code;

/** The customer page's API: finding a customer, and merging two records of one person. */
describe('GraphQL: customer search and merge', function () {
  this.timeout(30_000);
  let s: TestServer;
  const ok = async (query: string, variables: Record<string, unknown>, as = 'supervisor') => {
    const r = await s.gql(query, variables, { as });
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    return r.data;
  };
  const capture = async (externalId: string, customer: Record<string, string>, subject: string) =>
    (
      await ok(
        CAPTURE,
        { input: { channel: 'EMAIL', externalId, customer, subject, body: `${subject}, please` } },
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
    await ok(
      'mutation ($input: ClassificationRuleInput!) { upsertClassificationRule(input: $input) { id } }',
      {
        input: {
          name: 'support',
          position: 1,
          match: { keywords: ['help'] },
          action: { processKey: 'support-request' },
        },
      },
      'designer',
    );
  });
  afterEach(() => s.close());

  it('finds customers by part of the name, the e-mail or the phone digits; experts only those of their work', async () => {
    const ada = await capture(
      'm1',
      { name: 'Ada Lovelace', email: 'ada@example.com', phone: '+44 20 7946 0001' },
      'help',
    );
    await capture('m2', { name: 'Adam Smith', email: 'adam@example.org' }, 'no rule matches this');
    const names = async (q: string, as = 'supervisor') =>
      (await ok(SEARCH, { q }, as)).customers.map((c: { name: string }) => c.name);
    assert.deepEqual(await names('ada'), ['Ada Lovelace', 'Adam Smith']);
    assert.deepEqual(await names('LOVE'), ['Ada Lovelace']);
    assert.deepEqual(await names('example.org'), ['Adam Smith']);
    assert.deepEqual(await names('7946 0001'), ['Ada Lovelace'], 'phone digits, spaces ignored');
    assert.deepEqual(await names('a'), [], 'one character finds nothing');
    assert.deepEqual(await names('100%'), [], 'LIKE wildcards are plain text');
    // The support case is backoffice work (the expert's); the triage case of Adam's mail is frontline work.
    assert.deepEqual(await names('ada', 'expert'), ['Ada Lovelace']);
    assert.deepEqual(await names('ada', 'agent'), ['Adam Smith']);
    assert.deepEqual(await names('ada', 'outsider'), []);
    assert.equal(code(await s.gql(SEARCH, { q: 'ada' }, { as: 'designer' })), 'FORBIDDEN');
    assert.ok(ada.customer.id);
  });

  it('merges two records of one person: both timelines on the survivor, audited, later mail lands there', async () => {
    const work = await capture('m1', { name: 'Ada', email: 'ada@work.example' }, 'help with the invoice');
    const home = await capture('m2', { name: 'Ada L.', email: 'ada@home.example' }, 'help with delivery');
    const [source, target] = [home.customer.id, work.customer.id];
    assert.notEqual(source, target);

    assert.equal(code(await s.gql(MERGE, { s: source, t: target }, { as: 'expert' })), 'FORBIDDEN');
    assert.equal(code(await s.gql(MERGE, { s: target, t: target })), 'BAD_USER_INPUT');
    assert.equal(code(await s.gql(MERGE, { s: 'cu_nobody', t: target })), 'NOT_FOUND');
    assert.equal((await ok(CUSTOMER, { id: target })).customer.interactions.totalCount, 1, 'refusals changed nothing');

    await ok(MERGE, { s: source, t: target });
    const merged = (await ok(CUSTOMER, { id: target })).customer;
    assert.deepEqual(
      merged.interactions.edges.map((e: any) => [e.node.subject, e.node.customer.id]),
      [
        ['help with delivery', target],
        ['help with the invoice', target],
      ],
      'newest first, both on the survivor',
    );
    assert.equal(merged.cases.length, 2);
    assert.equal(merged.merges.length, 1);
    assert.deepEqual(
      { ...merged.merges[0], at: typeof merged.merges[0].at },
      {
        sourceId: source,
        sourceEmail: 'ada@home.example',
        interactionsMoved: 1,
        actor: { id: 'supervisor' },
        at: 'string',
      },
    );
    assert.equal((await ok(CUSTOMER, { id: source })).customer.mergedInto, target);
    assert.equal(code(await s.gql(MERGE, { s: source, t: target })), 'CONFLICT', 'merged already');

    const later = await capture('m3', { email: 'ada@home.example' }, 'help again');
    assert.equal(later.customer.id, target, "a mail from the merged record's address joins the survivor");
    const names = (await ok(SEARCH, { q: 'ada' })).customers.map((c: { id: string }) => c.id);
    assert.deepEqual(names, [target], 'the merged record is not offered any more');
  });

  it("fills a task's documentation placeholders for readers of its data only", async () => {
    await ok(
      'mutation ($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }',
      { x: xml('./fixtures/callback-call.bpmn') },
      'designer',
    );
    const started = await ok(
      `mutation { startProcess(input: { key: "callback-call", variables: { customerPhone: "+44 20 7946 0001", topic: "the invoice" } }) { tasks { id } } }`,
      {},
    );
    const DOC = 'query ($id: ID!) { task(id: $id) { documentation } }';
    const id = started.startProcess.tasks[0].id;
    assert.equal(
      (await ok(DOC, { id }, 'expert')).task.documentation,
      'Call the customer on +44 20 7946 0001, about the invoice.',
    );
    assert.equal(
      (await ok(DOC, { id }, 'outsider')).task.documentation,
      'Call the customer on ${customerPhone}, about ${topic}.',
      'outside the read rules: the names, not the values',
    );
  });
});
