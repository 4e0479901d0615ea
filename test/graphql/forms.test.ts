import { strict as assert } from 'node:assert';
import { startTestServer, type TestServer } from '../support/server.ts';
import { sharedFixture } from '../support/fixtures.ts';

const xml = sharedFixture('routed-task.bpmn');
const schema = { type: 'default', components: [{ type: 'textarea', key: 'note', label: 'Note' }] };

describe('GraphQL: task forms', () => {
  let s: TestServer;
  beforeEach(async () => (s = await startTestServer()));
  afterEach(() => s.close());

  it('deploys forms with a process and alone, and serves their latest version to the task page', async () => {
    const deployed = await s.gql(
      'mutation($xml: String!, $forms: [TaskFormInput!]) { deployProcess(input: { bpmnXml: $xml, forms: $forms }) { id } }',
      { xml, forms: [{ key: 'note-form', schema }] },
      { as: 'designer' },
    );
    assert.equal(deployed.errors, undefined, JSON.stringify(deployed.errors));
    const read = await s.gql(
      '{ taskForm(key: "note-form") { key version schema processDefinition { id } deployedBy { id } } }',
      {},
      { as: 'expert' },
    );
    assert.deepEqual(read.data.taskForm, {
      key: 'note-form',
      version: 1,
      schema,
      processDefinition: { id: deployed.data.deployProcess.id },
      deployedBy: { id: 'designer' },
    });
    const changed = { ...schema, components: [{ ...schema.components[0], label: 'Your note' }] };
    const again = await s.gql(
      'mutation($forms: [TaskFormInput!]!) { deployTaskForms(forms: $forms) { key version } }',
      { forms: [{ key: 'note-form', schema: changed }] },
      { as: 'designer' },
    );
    assert.deepEqual(again.data.deployTaskForms, [{ key: 'note-form', version: 2 }]);
    const refused = await s.gql(
      'mutation($forms: [TaskFormInput!]!) { deployTaskForms(forms: $forms) { key } }',
      { forms: [{ key: 'x', schema: 'not a form' }] },
      { as: 'designer' },
    );
    assert.equal(refused.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal((await s.gql('{ taskForms { key version } }')).data.taskForms.length, 1);
    assert.equal((await s.gql('{ taskForm(key: "missing") { key } }')).data.taskForm, null);
  });
});
