import { strict as assert } from 'node:assert';
import { loadConfig } from '../../config.ts';
import { makeManualClock, type ManualClock } from '../../engine/index.ts';
import { startServer, type RunningServer } from '../../server/index.ts';
import { makeTestDb, type TestDb } from '../support/context.ts';

const ADMIN = 'forms-admin';
const config = loadConfig({
  PORT: '0',
  HOST: '127.0.0.1',
  CROSSDESK_DEMO: 'true',
  LOG_LEVEL: 'silent',
  CROSSDESK_ADMIN_TOKEN: ADMIN,
  CROSSDESK_FORM_RATE_LIMIT: '3',
});

const valid = {
  fullName: 'Ada Lovelace',
  email: 'ada@example.com',
  street: '12 St James Sq',
  postcode: 'SW1Y 4JH',
  city: 'London',
  floor: 2,
  reason: 'moved',
  consent: true,
};

describe('web forms: POST /intake/:formKey', () => {
  let testDb: TestDb;
  let server: RunningServer;
  let clock: ManualClock;
  beforeEach(async () => {
    testDb = await makeTestDb();
    clock = makeManualClock();
    server = await startServer(config, testDb.db, { keepDb: true, clock });
  });
  afterEach(async () => {
    await server.close();
    await testDb.destroy();
  });

  const post = (formKey: string, body: string, type = 'application/json', headers: Record<string, string> = {}) =>
    fetch(`${server.url}/intake/${formKey}`, { method: 'POST', headers: { 'content-type': type, ...headers }, body });
  const count = async (table: string) => Number((await testDb.db(table).count({ n: '*' }))[0].n);

  it('takes a valid JSON submission in, starts the address change with the mapped fields, and answers with the case reference', async () => {
    const res = await post('address-change', JSON.stringify(valid));
    assert.equal(res.status, 201);
    const body = (await res.json()) as any;
    assert.match(body.caseReference, /^CASE-/);
    assert.equal(body.outcome, 'STARTED');
    const [instance] = await testDb.db('process_instances').where('business_key', body.caseReference);
    assert.equal(instance.definition_key, 'address-change');
    assert.deepEqual(JSON.parse(instance.variables).newPostcode, 'SW1Y 4JH');
    const [job] = await testDb.db('jobs').where({ instance_id: instance.id, topic: 'document-check' });
    assert.ok(job, 'the document check waits for its external worker');
    const [interaction] = await testDb.db('interactions');
    assert.deepEqual(
      [interaction.channel, interaction.subject, JSON.parse(interaction.attributes).fields.floor],
      ['WEB_FORM', 'Change of address', 2],
    );
  });

  it('takes form-encoded fields (checkbox "on", number as text) too, and an Idempotency-Key makes a resubmission the same interaction', async () => {
    const form = new URLSearchParams({ ...valid, floor: '3', consent: 'on' }).toString();
    const headers = { 'idempotency-key': 'browser-tab-1' };
    const first = (await (
      await post('address-change', form, 'application/x-www-form-urlencoded', headers)
    ).json()) as any;
    const second = (await (
      await post('address-change', form, 'application/x-www-form-urlencoded', headers)
    ).json()) as any;
    assert.equal(second.interactionId, first.interactionId);
    assert.equal(await count('interactions'), 1);
  });

  it('answers a GET asking for JSON with the public part of the form, a browser page load with the web app, others 405', async () => {
    const res = await fetch(`${server.url}/intake/callback-request`, { headers: { accept: 'application/json' } });
    assert.equal(res.status, 200);
    const form = (await res.json()) as any;
    assert.deepEqual(Object.keys(form).sort(), ['formKey', 'schema', 'title', 'version'], 'no mapping, no author');
    assert.equal(form.title, 'Please call me back');
    assert.ok(form.schema.components.some((c: any) => c.key === 'phone'));
    const missing = await fetch(`${server.url}/intake/no-such-form`, { headers: { accept: 'application/json' } });
    assert.equal(missing.status, 404);
    const page = await fetch(`${server.url}/intake/callback-request`, { headers: { accept: 'text/html' } });
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /html/);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const put = await fetch(`${server.url}/intake/callback-request`, { method: 'PUT', body: '{}' });
    assert.equal(put.status, 405);
    assert.equal(put.headers.get('allow'), 'GET, POST');
    assert.equal(await count('interactions'), 0, 'reading a form stores nothing');
  });

  it('answers 400 naming every invalid field and stores nothing', async () => {
    const res = await post(
      'address-change',
      JSON.stringify({
        ...valid,
        fullName: '',
        email: 'nope',
        postcode: '!',
        floor: 'high',
        reason: 'bored',
        consent: 'maybe',
        extra: 'dropped',
      }),
    );
    assert.equal(res.status, 400);
    const body = (await res.json()) as any;
    assert.equal(body.error, 'BAD_USER_INPUT');
    assert.deepEqual(
      body.fields.map((f: any) => f.field),
      ['fullName', 'email', 'postcode', 'floor', 'reason', 'consent'],
    );
    assert.match(body.fields[0].message, /Full name is required/);
    const notJson = await post('address-change', '{"fullName": ');
    assert.equal(notJson.status, 400);
    clock.advance(60_000);
    assert.equal((await post('address-change', 'x', 'text/plain')).status, 415);
    assert.equal((await post('no-such-form', JSON.stringify(valid))).status, 404);
    assert.deepEqual(
      [await count('interactions'), await count('customers'), await count('process_instances')],
      [0, 0, 0],
    );
  });

  it('limits each client address to the configured submissions per minute (injected clock), counting refused ones too', async () => {
    for (let i = 0; i < 3; i++)
      assert.equal((await post('callback-request', JSON.stringify({ name: 'x' }))).status, 400);
    const limited = await post('callback-request', JSON.stringify({ name: 'Bob', phone: '+44 20 7946 0000' }));
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '60');
    clock.advance(60_000);
    const after = await post(
      'callback-request',
      JSON.stringify({ name: 'Bob', phone: '+44 20 7946 0000', preferredTime: 'morning' }),
    );
    assert.equal(after.status, 201);
    const { caseReference } = (await after.json()) as any;
    const [instance] = await testDb.db('process_instances').where('business_key', caseReference);
    assert.equal(instance.definition_key, 'callback-handling');
    assert.deepEqual(
      [JSON.parse(instance.variables).customerPhone, JSON.parse(instance.variables).preferredTime],
      ['+442079460000', 'morning'],
    );
  });

  it('lets designers store a form over GraphQL and refuses schemas that are not form-js', async () => {
    const gql = async (query: string, variables: Record<string, unknown>, as: string) =>
      (await (
        await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}`, 'x-act-as': as },
          body: JSON.stringify({ query, variables }),
        })
      ).json()) as any;
    const UPSERT = 'mutation ($input: IntakeFormInput!) { upsertIntakeForm(input: $input) { formKey version } }';
    const schema = { components: [{ type: 'textfield', key: 'q', label: 'Question', validate: { required: true } }] };
    assert.deepEqual(
      (await gql(UPSERT, { input: { formKey: 'ask', title: 'Ask us', schema, mapping: { body: 'q' } } }, 'designer'))
        .data.upsertIntakeForm,
      { formKey: 'ask', version: 1 },
    );
    assert.equal(
      (await gql(UPSERT, { input: { formKey: 'ask', title: 'Ask us', schema } }, 'agent')).errors[0].extensions.code,
      'FORBIDDEN',
    );
    const bad = await gql(
      UPSERT,
      { input: { formKey: 'bad', title: 'Bad', schema: { components: [{ type: 'textfield' }] } } },
      'designer',
    );
    assert.equal(bad.errors[0].extensions.code, 'BAD_USER_INPUT');
    assert.equal((await post('ask', JSON.stringify({ q: 'Do you ship to Mars?' }))).status, 201);
    await gql(UPSERT, { input: { formKey: 'ask', title: 'Ask us anything', schema } }, 'designer');
    const VERSIONS = '{ intakeForms { formKey version versions { version title mapping actor { id } } } }';
    const ask = (await gql(VERSIONS, {}, 'supervisor')).data.intakeForms.find((f: any) => f.formKey === 'ask');
    assert.deepEqual(ask.versions, [
      { version: 1, title: 'Ask us', mapping: { body: 'q' }, actor: { id: 'designer' } },
      { version: 2, title: 'Ask us anything', mapping: {}, actor: { id: 'designer' } },
    ]);
    assert.equal(ask.version, 2);
    const seeded = (await gql(VERSIONS, {}, 'designer')).data.intakeForms.find(
      (f: any) => f.formKey === 'callback-request',
    );
    assert.deepEqual(
      seeded.versions.map((v: any) => [v.version, v.actor]),
      [[1, null]],
      'the seeded form (stored by the engine, no user) is its first version',
    );
  });
});
