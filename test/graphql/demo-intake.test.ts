import { strict as assert } from 'node:assert';
import { loadConfig } from '../../config.ts';
import { startServer, type RunningServer } from '../../server/index.ts';
import { makeTestDb, type TestDb } from '../support/context.ts';

const ADMIN = 'demo-admin';
const config = loadConfig({
  PORT: '0',
  HOST: '127.0.0.1',
  CROSSDESK_DEMO: 'true',
  LOG_LEVEL: 'silent',
  CROSSDESK_ADMIN_TOKEN: ADMIN,
});

const CAPTURE = `mutation ($input: CaptureInteractionInput!) { captureInteraction(input: $input) { id outcome caseReference rule { name } case { id key } } }`;
const OPEN = `query ($id: ID!) { processInstance(id: $id) { activeElementIds tasks { id elementId state name interactions { id } } } }`;

describe('demo intake: rules route demo contacts into the demo processes', () => {
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

  async function gql(query: string, variables: Record<string, unknown> = {}, as = 'agent') {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}`, 'x-act-as': as },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as any;
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  it('seeds rules, forms and the triage process once, however often the server starts', async () => {
    await server.close();
    server = await startServer(config, testDb.db, { keepDb: true });
    const data = await gql(
      '{ classificationRules { name version } intakeForms { formKey } processDefinitions(key: "crossdesk-triage") { version } }',
    );
    assert.deepEqual(
      data.classificationRules.map((r: any) => [r.name, r.version]),
      [
        ['Complaints', 1],
        ['Address change form', 1],
        ['Address change by mail or chat', 1],
        ['Callback requests', 1],
      ],
    );
    assert.deepEqual(
      data.intakeForms.map((f: any) => f.formKey),
      ['address-change', 'callback-request'],
    );
    assert.equal(data.processDefinitions.length, 1);
  });

  it('routes a complaint, a callback request and an unknown contact; an address change runs the document check and takes the customer answer into its review', async () => {
    const complaint = (
      await gql(CAPTURE, {
        input: {
          channel: 'EMAIL',
          subject: 'Damaged delivery',
          body: 'The box was broken.',
          customer: { email: 'c@example.com' },
        },
      })
    ).captureInteraction;
    assert.deepEqual([complaint.rule.name, complaint.case.key], ['Complaints', 'complaint-handling']);
    const callback = (
      await gql(CAPTURE, {
        input: { channel: 'VOICE', subject: 'Caller asked: please call me back', customer: { phone: '+15550123' } },
      })
    ).captureInteraction;
    assert.equal(callback.case.key, 'callback-handling');
    const other = (await gql(CAPTURE, { input: { channel: 'SOCIAL', subject: 'Love the new app' } }))
      .captureInteraction;
    assert.deepEqual([other.outcome, other.case.key], ['TRIAGE', 'crossdesk-triage']);

    const move = (
      await gql(CAPTURE, {
        input: {
          channel: 'EMAIL',
          subject: 'Address change',
          body: 'Bill attached',
          customer: { email: 'm@example.com' },
        },
      })
    ).captureInteraction;
    assert.equal(move.case.key, 'address-change');
    const [locked] = (
      await gql(
        'mutation { fetchAndLockExternalTasks(topic: "document-check", workerId: "docs", maxTasks: 5) { id businessKey } }',
        {},
        'admin',
      )
    ).fetchAndLockExternalTasks;
    assert.equal(locked.businessKey, move.caseReference);
    await gql(
      'mutation ($id: ID!) { completeExternalTask(id: $id, workerId: "docs", variables: { documentValid: false }) { id } }',
      { id: locked.id },
      'admin',
    );
    assert.deepEqual(
      (await gql(OPEN, { id: move.case.id })).processInstance.tasks.map((t: any) => [t.elementId, t.state]),
      [['askDocument', 'QUEUED']],
    );
    const [ask] = (await gql(OPEN, { id: move.case.id })).processInstance.tasks;
    await gql('mutation ($id: ID!) { claimTask(id: $id) { id } }', { id: ask.id }, 'agent');
    await gql('mutation ($id: ID!) { completeTask(id: $id) { id } }', { id: ask.id }, 'agent');

    const answer = (
      await gql(CAPTURE, {
        input: {
          channel: 'EMAIL',
          subject: `Re: Address change [${move.caseReference}]`,
          body: 'New bill attached',
          customer: { email: 'm@example.com' },
        },
      })
    ).captureInteraction;
    assert.deepEqual([answer.outcome, answer.case.id], ['CORRELATED', move.case.id]);
    const review = (await gql(OPEN, { id: move.case.id })).processInstance.tasks.find(
      (t: any) => t.elementId === 'reviewDocument',
    );
    assert.deepEqual(
      review.interactions.map((i: any) => i.id),
      [move.id, answer.id],
    );
  });
});
