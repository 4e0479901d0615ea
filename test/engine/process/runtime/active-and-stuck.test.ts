import { strict as assert } from 'node:assert';
import * as engine from '../../../../engine/index.ts';
import { parseBpmn, serializeSourceContext } from '../../../../engine/process/definitions/index.ts';
import { insertDefinition } from '../../../../models/index.ts';
import { actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { deployFixture, fixture, start, workAt } from '../../../support/scenario.ts';

describe('what an instance shows while it runs', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
  });
  afterEach(() => t.close());

  it('given a token held on a sequence flow, then activeElementIds lists flow nodes only', async () => {
    await engine.deployProcess(t.ctx, actors.designer, {
      bpmnXml: fixture(new URL('../definitions/x.test.ts', import.meta.url).href, 'token-on-flow.bpmn'),
    });
    const instance = await start(t.ctx, 'tokens');
    assert.deepEqual(instance.activeElementIds, ['work'], 'not the flow b2 that waits for it');
    await workAt(t.ctx, instance.id, 'work');
    assert.deepEqual((await engine.getInstance(t.ctx, instance.id))?.activeElementIds, ['work']);
  });

  it('given a definition stored before deployment refused it, when its instance waits for nothing, then a STUCK incident shows and cancelling clears it', async () => {
    const xml = fixture(import.meta.url, 'conditional-wait.bpmn');
    const parsed = await parseBpmn(xml, { maxBytes: 1e6 });
    assert.ok(parsed.ok);
    const source = serializeSourceContext(parsed.moddleContext).serialize();
    const record = {
      id: 'stuck:1',
      key: 'stuck',
      version: 1,
      name: 'stuck',
      deploymentName: null,
      bpmnXml: xml,
      xmlHash: 'old',
      deployedBy: 'designer',
      deployedAt: t.clock.now(),
    };
    await insertDefinition(t.ctx.db, record, source);
    const instance = await start(t.ctx, 'stuck');
    assert.equal(instance.state, 'ACTIVE');
    const incidents = await engine.listIncidents(t.ctx, instance.id);
    assert.deepEqual(
      incidents.map((i) => [i.type, i.elementId]),
      [['STUCK', 'wait']],
    );
    assert.match(incidents[0].errorMessage ?? '', /waits for something no command/);
    const retry = await engine.retryIncident(t.ctx, actors.supervisor, incidents[0].id).then(
      () => 'OK',
      (e: engine.CrossdeskError) => e.code,
    );
    assert.equal(retry, 'BAD_USER_INPUT', 'a stuck instance has nothing to run again');
    await engine.cancelProcessInstance(t.ctx, actors.supervisor, instance.id, 'stuck');
    assert.deepEqual(await engine.listIncidents(t.ctx, instance.id), []);
  });

  it('given a normal process, then no incident is raised while it waits', async () => {
    await deployFixture(t.ctx, new URL('../definitions/x.test.ts', import.meta.url).href, 'token-on-flow.bpmn');
    const instance = await start(t.ctx, 'tokens');
    assert.deepEqual(await engine.listIncidents(t.ctx, instance.id), []);
  });
});
