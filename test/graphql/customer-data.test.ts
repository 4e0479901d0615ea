import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { startTestServer, type TestServer } from '../support/server.ts';

const xml = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

const CAPTURE = `mutation ($input: CaptureInteractionInput!) { captureInteraction(input: $input) {
  id customer { id } case { id tasks { id } } } }`;
const CUSTOMER = `query ($id: ID!) { customer(id: $id) { id email
  interactions { totalCount edges { node { id body } } } cases { id } tasks { id } } }`;
const INTERACTION = 'query ($id: ID!) { interaction(id: $id) { id body customer { email } } }';
const INTERACTIONS = '{ interactions(first: 50) { totalCount edges { node { id } } } }';
const TASK = 'query ($id: ID!) { task(id: $id) { id name variables interactions { id body } } }';
const CASE = 'query ($id: ID!) { processInstance(id: $id) { id state variables history { type data } } }';

type Outcome = { data?: any; errors?: any[] };
const codes = (r: Outcome) => (r.errors ?? []).map((e) => `${e.extensions?.code}:${e.extensions?.reason ?? ''}`);

/**
 * The read rules of customer data over GraphQL, role by role: Ada's chat starts a support case its
 * backoffice group may take, Bob's a sales case the sales group may take. Supervisors, admins and
 * integrators read everything; experts and agents only what belongs to work they hold or may take;
 * designers nothing.
 */
describe('GraphQL: who reads customer data (read rules)', function () {
  this.timeout(30_000);
  let s: TestServer;
  let ada: { interaction: string; customer: string; case: string; task: string };
  let bob: { interaction: string; customer: string; case: string; task: string };

  const capture = async (externalId: string, email: string, subject: string) => {
    const r = await s.gql(
      CAPTURE,
      { input: { channel: 'CHAT', externalId, customer: { email }, subject, body: `${subject} from ${email}` } },
      { as: 'integrator' },
    );
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    const i = r.data.captureInteraction;
    return { interaction: i.id, customer: i.customer.id, case: i.case.id, task: i.case.tasks[0].id };
  };

  beforeEach(async () => {
    s = await startTestServer();
    for (const file of ['../engine/intake/interactions/fixtures/support-request.bpmn', './fixtures/sales-request.bpmn'])
      await s.gql(
        'mutation ($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }',
        { x: xml(file) },
        { as: 'designer' },
      );
    const RULE = 'mutation ($input: ClassificationRuleInput!) { upsertClassificationRule(input: $input) { id } }';
    await s.gql(
      RULE,
      {
        input: {
          name: 'support',
          position: 1,
          match: { keywords: ['help'] },
          action: { processKey: 'support-request' },
        },
      },
      { as: 'designer' },
    );
    await s.gql(
      RULE,
      {
        input: { name: 'sales', position: 2, match: { keywords: ['quote'] }, action: { processKey: 'sales-request' } },
      },
      { as: 'designer' },
    );
    ada = await capture('chat-ada', 'ada@example.com', 'help with my order');
    bob = await capture('chat-bob', 'bob@example.com', 'a quote please');
  });
  afterEach(() => s.close());

  /** What `who` reads of Ada and Bob: a compact picture compared against the expected one per role. */
  async function picture(who: string) {
    const as = { as: who };
    const customerOf = async (id: string) => {
      const r = await s.gql(CUSTOMER, { id }, as);
      if (r.errors) return codes(r).join();
      const c = r.data.customer;
      if (!c) return 'null';
      return { interactions: c.interactions.totalCount, cases: c.cases.length, tasks: c.tasks.length };
    };
    const interactionOf = async (id: string) => {
      const r = await s.gql(INTERACTION, { id }, as);
      return r.errors ? codes(r).join() : r.data.interaction.customer.email;
    };
    const taskOf = async (id: string) => {
      const r = await s.gql(TASK, { id }, as);
      return {
        variables: r.data.task.variables ? 'read' : codes(r).join(),
        interactions: r.data.task.interactions.length,
      };
    };
    const caseOf = async (id: string) => {
      const r = await s.gql(CASE, { id }, as);
      return r.data.processInstance.variables ? 'read' : codes(r)[0];
    };
    const list = await s.gql(INTERACTIONS, {}, as);
    return {
      customers: [await customerOf(ada.customer), await customerOf(bob.customer), await customerOf('cu_nobody')],
      interactions: [await interactionOf(ada.interaction), await interactionOf(bob.interaction)],
      list: list.errors ? codes(list).join() : list.data.interactions.totalCount,
      tasks: [await taskOf(ada.task), await taskOf(bob.task)],
      cases: [await caseOf(ada.case), await caseOf(bob.case)],
    };
  }

  const ALL = {
    customers: [{ interactions: 1, cases: 1, tasks: 1 }, { interactions: 1, cases: 1, tasks: 1 }, 'null'],
    interactions: ['ada@example.com', 'bob@example.com'],
    list: 2,
    tasks: [
      { variables: 'read', interactions: 1 },
      { variables: 'read', interactions: 1 },
    ],
    cases: ['read', 'read'],
  };
  const NONE = 'FORBIDDEN:NO_CUSTOMER_ACCESS';
  const NOT_MINE = 'FORBIDDEN:NOT_YOUR_WORK';
  const onlyAda = {
    customers: [{ interactions: 1, cases: 1, tasks: 1 }, NOT_MINE, NOT_MINE],
    interactions: ['ada@example.com', NOT_MINE],
    list: 1,
    tasks: [
      { variables: 'read', interactions: 1 },
      { variables: NOT_MINE, interactions: 0 },
    ],
    cases: ['read', NOT_MINE],
  };
  const nothing = (refusal: string, list: number | string) => ({
    customers: [refusal, refusal, refusal],
    interactions: [refusal, refusal],
    list,
    tasks: [
      { variables: refusal, interactions: 0 },
      { variables: refusal, interactions: 0 },
    ],
    cases: [refusal, refusal],
  });

  it('supervisors, admins and integrators read every customer, interaction and case; designers none', async () => {
    for (const who of ['supervisor', 'admin', 'integrator']) assert.deepEqual(await picture(who), ALL, who);
    assert.deepEqual(await picture('designer'), nothing(NONE, NONE));
  });

  it('experts and agents read only the customers, interactions and cases of work they may take or hold', async () => {
    assert.deepEqual(await picture('expert'), onlyAda, 'backoffice may take the support task');
    assert.deepEqual(
      await picture('outsider'),
      {
        customers: [NOT_MINE, { interactions: 1, cases: 1, tasks: 1 }, NOT_MINE],
        interactions: [NOT_MINE, 'bob@example.com'],
        list: 1,
        tasks: [
          { variables: NOT_MINE, interactions: 0 },
          { variables: 'read', interactions: 1 },
        ],
        cases: [NOT_MINE, 'read'],
      },
      'sales may take the quote task',
    );
    assert.deepEqual(await picture('agent'), nothing(NOT_MINE, 0), 'frontline may take neither');
    const ASSIGN = 'mutation ($id: ID!, $to: ID!) { assignTask(id: $id, agentId: $to) { id } }';
    assert.equal((await s.gql(ASSIGN, { id: ada.task, to: 'agent' }, { as: 'supervisor' })).errors, undefined);
    assert.deepEqual(await picture('agent'), onlyAda, 'holding the task opens its customer');
    assert.deepEqual(
      await picture('expert'),
      nothing(NOT_MINE, 0),
      'held by someone else: no longer work the expert may take',
    );
  });

  it('ends access with the work: a completed task leaves the customer unreadable to the expert who held it', async () => {
    const CLAIM = 'mutation ($id: ID!) { claimTask(id: $id) { id } }';
    assert.equal((await s.gql(CLAIM, { id: ada.task }, { as: 'expert' })).errors, undefined);
    assert.deepEqual(await picture('expert2'), nothing(NOT_MINE, 0), 'claimed by a colleague');
    assert.deepEqual(await picture('expert'), onlyAda);
    const done = await s.gql(
      'mutation ($id: ID!) { completeTask(id: $id) { state variables } }',
      { id: ada.task },
      { as: 'expert' },
    );
    assert.equal(done.data.completeTask.state, 'COMPLETED');
    assert.deepEqual(codes(done), [NOT_MINE], "the finished task's data is no longer the expert's to read");
    assert.deepEqual(await picture('expert'), nothing(NOT_MINE, 0));
  });

  it('guards the other ways in: history data, a repeated capture, a reply, and filters on interaction lists', async () => {
    const history = await s.gql(CASE, { id: ada.case }, { as: 'outsider' });
    assert.ok(history.data.processInstance.history.length > 0, 'the case itself stays visible');
    assert.ok(
      codes(history).every((c) => c === NOT_MINE) && codes(history).length > 1,
      'variables and every history data are refused',
    );
    const repeat = await s.gql(
      CAPTURE,
      { input: { channel: 'CHAT', externalId: 'chat-ada', subject: 'x' } },
      { as: 'agent' },
    );
    assert.deepEqual(codes(repeat), [NOT_MINE], 'a known externalId does not hand out the stored contact');
    const reply = await s.gql(
      'mutation ($input: ReplyToInteractionInput!) { replyToInteraction(input: $input) { id } }',
      { input: { interactionId: ada.interaction, body: 'Hello' } },
      { as: 'outsider' },
    );
    assert.deepEqual(codes(reply), [NOT_MINE], 'nobody answers a contact they may not read');
    const filtered = await s.gql(
      'query ($c: ID) { interactions(filter: { customerId: $c }) { totalCount } }',
      { c: ada.customer },
      { as: 'outsider' },
    );
    assert.equal(filtered.data.interactions.totalCount, 0, 'filtering by a customer id does not widen the list');
    const text = await s.gql('{ interactions(filter: { text: "help" }) { totalCount } }', {}, { as: 'outsider' });
    assert.equal(text.data.interactions.totalCount, 0);
    await capture('chat-ada-2', 'ada@example.com', 'and a quote please');
    const timeline = async (who: string) => {
      const c = (await s.gql(CUSTOMER, { id: ada.customer }, { as: who })).data.customer;
      return [c.interactions.totalCount, c.cases.length, c.tasks.length];
    };
    assert.deepEqual(await timeline('supervisor'), [2, 2, 2]);
    assert.deepEqual(await timeline('expert'), [1, 1, 1], "only the support side of Ada's timeline");
    assert.deepEqual(await timeline('outsider'), [1, 1, 1], "only the sales side of Ada's timeline");
  });
});
