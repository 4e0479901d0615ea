import { strict as assert } from 'node:assert';
import { deployProcess, deployTaskForms, getTaskForms, queryDefinitions } from '../../../../engine/index.ts';
import { actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { code } from '../../../support/outcome.ts';
import { sharedFixture } from '../../../support/fixtures.ts';

const xml = sharedFixture('routed-task.bpmn');
const form = (label: string) => ({
  type: 'default',
  components: [{ type: 'textfield', key: 'answer', label, validate: { required: true } }],
});

describe('task forms', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
  });
  afterEach(() => t.close());

  it('given a process deployed with its forms, then the forms are versioned with it and an unchanged form keeps its version', async () => {
    const def = await deployProcess(t.ctx, actors.designer, {
      name: 'routed',
      bpmnXml: xml,
      forms: [{ key: 'work-form', schema: form('Answer') }],
    });
    let [stored] = await getTaskForms(t.ctx, ['work-form']);
    assert.equal(stored.version, 1);
    assert.equal(stored.definitionId, def.id);
    assert.equal((stored.schema as any).components[0].label, 'Answer');
    await deployTaskForms(t.ctx, actors.designer, [{ key: 'work-form', schema: form('Answer') }]);
    assert.equal((await getTaskForms(t.ctx, ['work-form']))[0].version, 1, 'unchanged');
    await deployTaskForms(t.ctx, actors.designer, [{ key: 'work-form', schema: form('Your answer') }]);
    [stored] = await getTaskForms(t.ctx, ['work-form']);
    assert.equal(stored.version, 2);
    assert.equal(stored.definitionId, null);
  });

  it('refuses a bad form with BAD_USER_INPUT and deploys neither the process nor any form', async () => {
    const bad = [
      { key: 'good', schema: form('ok') },
      { key: 'bad', schema: { components: [{ type: 'textfield', label: 'no key' }] } },
    ];
    assert.equal(await code(deployProcess(t.ctx, actors.designer, { bpmnXml: xml, forms: bad })), 'BAD_USER_INPUT');
    assert.equal(
      await code(deployProcess(t.ctx, actors.designer, { bpmnXml: xml, forms: [{ key: 'a b', schema: form('x') }] })),
      'BAD_USER_INPUT',
    );
    assert.equal(
      await code(
        deployTaskForms(t.ctx, actors.designer, [
          { key: 'dup', schema: form('x') },
          { key: 'dup', schema: form('y') },
        ]),
      ),
      'BAD_USER_INPUT',
    );
    assert.deepEqual(await queryDefinitions(t.ctx, 'routed'), []);
    assert.deepEqual(await getTaskForms(t.ctx), []);
    assert.equal(await code(deployTaskForms(t.ctx, actors.expert, [{ key: 'x', schema: form('x') }])), 'FORBIDDEN');
  });
});
