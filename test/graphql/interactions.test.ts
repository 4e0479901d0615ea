import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { startTestServer, type TestServer } from '../support/server.ts';
import { codeOf } from './http-helpers.ts';

const supportXml = readFileSync(
  new URL('../engine/intake/interactions/fixtures/support-request.bpmn', import.meta.url),
  'utf8',
);

const CAPTURE = `mutation ($input: CaptureInteractionInput!) { captureInteraction(input: $input) {
  id outcome caseReference channel customer { id email } case { id businessKey tasks { id name interactions { id subject } } } rule { name version }
} }`;

describe('GraphQL: interactions', () => {
  let s: TestServer;
  beforeEach(async () => {
    s = await startTestServer();
    await s.gql(
      'mutation ($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }',
      { x: supportXml },
      { as: 'designer' },
    );
  });
  afterEach(() => s.close());

  const addRule = (as = 'designer') =>
    s.gql(
      `mutation ($input: ClassificationRuleInput!) { upsertClassificationRule(input: $input) { id name version updatedBy { id } versions { version change actor { id } } } }`,
      {
        input: {
          name: 'chat support',
          position: 1,
          match: { channels: ['CHAT'], keywords: ['help'] },
          action: { processKey: 'support-request', priority: 70 },
        },
      },
      { as },
    );

  it('captures a contact into a new case; the task lists the interaction; the customer shows the timeline', async () => {
    assert.equal((await addRule()).data.upsertClassificationRule.versions[0].actor.id, 'designer');
    const input = {
      channel: 'CHAT',
      externalId: 'chat-77',
      customer: { name: 'Ada', email: 'ada@example.com' },
      subject: 'help with my order',
      body: 'It did not arrive',
      attributes: { orderId: 'A-1' },
    };
    const r = await s.gql(CAPTURE, { input }, { as: 'integrator' });
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    const i = r.data.captureInteraction;
    assert.deepEqual([i.outcome, i.rule.name, i.case.businessKey], ['STARTED', 'chat support', i.caseReference]);
    assert.deepEqual(i.case.tasks[0].interactions, [{ id: i.id, subject: 'help with my order' }]);
    const again = await s.gql(CAPTURE, { input: { ...input, body: 'changed' } }, { as: 'integrator' });
    assert.equal(again.data.captureInteraction.id, i.id);
    const timeline = await s.gql(
      `query ($id: ID!) { customer(id: $id) { name interactions { totalCount edges { node { id } } } cases { id } tasks { id name } } }`,
      { id: i.customer.id },
    );
    const c = timeline.data.customer;
    assert.deepEqual(
      [c.name, c.interactions.totalCount, c.cases.map((x: any) => x.id), c.tasks.length],
      ['Ada', 1, [i.case.id], 1],
    );
  });

  it('lists interactions as a connection filtered by text, channel and customer, and pages through them', async () => {
    for (const [channel, subject] of [
      ['CHAT', 'first'],
      ['SMS', 'second about invoices'],
      ['VOICE', 'third about Invoices'],
    ]) {
      await s.gql(CAPTURE, { input: { channel, subject, customer: { phone: '+4915112345' } } }, { as: 'agent' });
    }
    const page = await s.gql(
      `{ interactions(filter: { text: "invoice" }, first: 1) { totalCount edges { node { subject } cursor } pageInfo { hasNextPage endCursor } } }`,
    );
    assert.equal(page.data.interactions.totalCount, 2);
    assert.equal(page.data.interactions.pageInfo.hasNextPage, true);
    const next = await s.gql(
      `query ($after: String) { interactions(filter: { text: "invoice" }, first: 1, after: $after) { edges { node { subject } } pageInfo { hasNextPage } } }`,
      { after: page.data.interactions.pageInfo.endCursor },
    );
    assert.deepEqual(
      [page.data.interactions.edges[0].node.subject, next.data.interactions.edges[0].node.subject],
      ['third about Invoices', 'second about invoices'],
    );
    assert.equal(
      (await s.gql(`{ interactions(filter: { channel: SMS }) { totalCount } }`)).data.interactions.totalCount,
      1,
    );
  });

  it('manages rules: change with expectedVersion, CONFLICT when stale, delete keeps the audit trail', async () => {
    const created = (await addRule()).data.upsertClassificationRule;
    const UPSERT = `mutation ($input: ClassificationRuleInput!) { upsertClassificationRule(input: $input) { version match { channels keywords } action { processKey priority } } }`;
    const input = {
      id: created.id,
      name: 'chat support',
      position: 2,
      match: { channels: ['CHAT', 'SMS'] },
      action: { processKey: 'support-request', priority: 20 },
      expectedVersion: 1,
    };
    const changed = await s.gql(UPSERT, { input }, { as: 'designer' });
    assert.deepEqual(changed.data.upsertClassificationRule, {
      version: 2,
      match: { channels: ['CHAT', 'SMS'], keywords: null },
      action: { processKey: 'support-request', priority: 20 },
    });
    assert.equal(codeOf(await s.gql(UPSERT, { input }, { as: 'designer' })), 'CONFLICT');
    assert.equal(
      codeOf(
        await s.gql(
          UPSERT,
          { input: { ...input, expectedVersion: 2, match: { subjectPattern: '[' } } },
          { as: 'designer' },
        ),
      ),
      'BAD_USER_INPUT',
    );
    await s.gql(
      `mutation ($id: ID!) { deleteClassificationRule(id: $id) { id } }`,
      { id: created.id },
      { as: 'designer' },
    );
    assert.deepEqual((await s.gql(`{ classificationRules { id } }`)).data.classificationRules, []);
    const versions = await s.testDb.db('classification_rule_versions').where('rule_id', created.id).orderBy('version');
    assert.deepEqual(
      versions.map((v: any) => v.change),
      ['CREATED', 'UPDATED', 'DELETED'],
    );
  });

  it('refuses bad input and wrong roles with stable codes and stores nothing', async () => {
    assert.equal(codeOf(await addRule('agent')), 'FORBIDDEN');
    assert.equal(
      codeOf(await s.gql(CAPTURE, { input: { channel: 'EMAIL', customer: { email: 'nope' } } }, { as: 'agent' })),
      'BAD_USER_INPUT',
    );
    assert.equal(codeOf(await s.gql(CAPTURE, { input: { channel: 'EMAIL' } }, { as: 'expert' })), 'FORBIDDEN');
    assert.equal(codeOf(await s.gql(CAPTURE, { input: { channel: 'EMAIL' } }, { token: null })), 'UNAUTHENTICATED');
    const reply = await s.gql(
      `mutation { replyToInteraction(input: { interactionId: "nope", body: "hi" }) { id } }`,
      {},
      { as: 'expert' },
    );
    assert.equal(codeOf(reply), 'NOT_FOUND');
    assert.equal(
      (await s.gql(`{ interactions { totalCount } classificationRules { id } }`)).data.interactions.totalCount,
      0,
    );
  });
});
