import { strict as assert } from 'node:assert';
import { saveIntakeForm } from '../../models/index.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { codeOf } from './http-helpers.ts';

const FORM = `mutation($input: IntakeFormInput!) { upsertIntakeForm(input: $input) { formKey problem } }`;
const RULE = `mutation($input: ClassificationRuleInput!) { upsertClassificationRule(input: $input) { id problem } }`;

const schema = (pattern: string) => ({
  components: [
    { type: 'textfield', key: 'code', label: 'Code', validate: { pattern, maxLength: 30_000 } },
    { type: 'textarea', key: 'message', label: 'Message' },
  ],
});

describe('user patterns against anonymous web-form submissions', () => {
  let s: TestServer;
  beforeEach(async () => {
    s = await startTestServer();
  });
  afterEach(() => s.close());

  /** POSTs a submission anonymously; answers the status and how long the server took. */
  async function submit(formKey: string, values: Record<string, string>) {
    const start = performance.now();
    const res = await fetch(`${s.server.url}/intake/${formKey}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(values),
    });
    await res.arrayBuffer();
    return { status: res.status, ms: performance.now() - start };
  }

  it('given a rule ^(a+)+$ and a form pattern (a|a)*, then hostile submissions are answered fast, short or long', async () => {
    const form = await s.gql(FORM, {
      input: { formKey: 'hostile', title: 'Hostile', schema: schema('(a|a)*'), mapping: { body: 'message' } },
    });
    assert.equal(form.data?.upsertIntakeForm.problem, null, JSON.stringify(form.errors));
    const rule = await s.gql(RULE, {
      input: { name: 'hostile', position: 1, match: { bodyPattern: '^(a+)+$' }, action: { processKey: 'nothing' } },
    });
    assert.equal(rule.data?.upsertClassificationRule.problem, null, JSON.stringify(rule.errors));
    // A backtracking engine needs seconds at ~30 characters and doubles per character.
    for (const length of [31, 19_000]) {
      const hostile = 'a'.repeat(length) + '!';
      const classified = await submit('hostile', { code: 'aaa', message: hostile });
      assert.equal(classified.status, 201);
      assert.ok(classified.ms < 2000, `the rule over ${length + 1} characters took ${classified.ms} ms`);
      const refused = await submit('hostile', { code: hostile.slice(length > 100 ? 0 : 3), message: 'hi' });
      assert.equal(refused.status, 400, 'the code does not match its pattern');
      assert.ok(refused.ms < 2000, `the form pattern over ${length + 1} characters took ${refused.ms} ms`);
    }
  });

  it('given a pattern RE2 cannot run, then saving it is BAD_USER_INPUT naming the field; a stored one shows as the form problem and is left out', async () => {
    const refused = await s.gql(FORM, { input: { formKey: 'echo', title: 'Echo', schema: schema('(\\w)\\1') } });
    assert.equal(codeOf(refused), 'BAD_USER_INPUT');
    assert.equal(refused.errors?.[0].extensions.field, 'schema.components[0].validate.pattern');
    // As a database from before RE2 would hold it.
    await saveIntakeForm(s.server.engine.db, {
      formKey: 'echo',
      title: 'Echo',
      schema: schema('(\\w)\\1'),
      mapping: {},
      version: 1,
      updatedBy: 'designer',
      updatedAt: Date.now(),
    });
    const forms = await s.gql('{ intakeForms { formKey problem } }');
    assert.match(forms.data.intakeForms[0].problem, /^schema\.components\[0\]\.validate\.pattern: .*back-references/);
    assert.equal((await submit('echo', { code: 'xy', message: 'hi' })).status, 201, 'checked without the pattern');
  });
});
