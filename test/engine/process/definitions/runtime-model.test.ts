import { strict as assert } from 'node:assert';
import * as engine from '../../../../engine/index.ts';
import { actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { fixture, openTasks, start, workAt } from '../../../support/scenario.ts';

async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'deployed';
  } catch (err) {
    const e = err as engine.CrossdeskError;
    return e instanceof engine.CrossdeskError ? e.code : `crash: ${(e as Error).message}`;
  }
}

const problemsOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    return (err as engine.BpmnInvalidError).problems.map((x) => `${x.elementId} ${x.rule}`);
  }
  throw new Error('expected BPMN_INVALID');
};

describe('deployment of valid BPMN the runtime used to crash on', () => {
  let t: TestEngine;
  const deploy = (name: string) =>
    engine.deployProcess(t.ctx, actors.designer, { name, bpmnXml: fixture(import.meta.url, name) });
  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
  });
  afterEach(() => t.close());

  it('given performer, potentialOwner and humanPerformer without assignment expressions, then they are ignored and the task runs', async () => {
    assert.equal(await outcome(deploy('performer-without-expression.bpmn')), 'deployed');
    const instance = await start(t.ctx, 'performer');
    await workAt(t.ctx, instance.id, 'review');
    assert.equal((await engine.getInstance(t.ctx, instance.id))?.state, 'COMPLETED');
  });

  it('given root globalTask, globalUserTask and globalManualTask, then they are ignored', async () => {
    assert.equal(await outcome(deploy('root-global-tasks.bpmn')), 'deployed');
    const instance = await start(t.ctx, 'globals');
    assert.deepEqual(
      (await openTasks(t.ctx, instance.id)).map((x) => x.elementId),
      ['approve'],
    );
  });

  it('given a root itemDefinition and interface, then they are ignored', async () => {
    assert.equal(await outcome(deploy('root-item-definition.bpmn')), 'deployed');
    const instance = await start(t.ctx, 'items');
    await workAt(t.ctx, instance.id, 'check');
    assert.equal((await engine.getInstance(t.ctx, instance.id))?.state, 'COMPLETED');
  });

  it('given message flows to a documentation pool, a black-box pool and into a sub-process, then they are ignored and the documentation pool never runs', async () => {
    assert.equal(await outcome(deploy('message-flows-outside.bpmn')), 'deployed');
    const instance = await start(t.ctx, 'shop', {}, 'order-1');
    assert.deepEqual(
      (await openTasks(t.ctx, instance.id)).map((x) => x.elementId),
      ['charge'],
      'no task of the customer pool',
    );
    await workAt(t.ctx, instance.id, 'charge');
    const reached = await engine.correlateMessage(t.ctx, actors.integrator, {
      name: 'payment',
      correlationKey: 'order-1',
    });
    assert.equal(reached.instance?.id, instance.id);
    assert.equal((await engine.getInstance(t.ctx, instance.id))?.state, 'COMPLETED');
  });

  it('given events that name no signal or message, a conditional event, and send or business rule tasks with nothing to do, then deployment refuses each on its element', async () => {
    assert.deepEqual((await problemsOf(deploy('event-gaps.bpmn'))).sort(), [
      'condition crossdesk/conditional-event',
      'decide crossdesk/service-implementation',
      'messageEnd crossdesk/message-ref',
      'receive crossdesk/message-ref',
      'send crossdesk/service-implementation',
      'signalEnd crossdesk/signal-ref',
      'waitMessage crossdesk/message-ref',
      'waitSignal crossdesk/signal-ref',
    ]);
    assert.deepEqual(await engine.queryDefinitions(t.ctx), []);
  });

  it('given an element the runtime has no behaviour for, then deployment reports it on that element instead of failing', async () => {
    const { validateBpmn } = await import('../../../../engine/process/definitions/validate.ts');
    const { buildRuntimeSource } = await import('../../../../engine/process/definitions/runtime-source.ts');
    const xml = fixture(import.meta.url, 'root-global-tasks.bpmn');
    const parsed = await validateBpmn(xml, { maxBytes: 1e6, allowScripts: false });
    assert.ok(parsed.ok);
    // Put back what pruning leaves out, as a model element lint does not know would be.
    parsed.definitions.rootElements.unshift(parsed.moddleContext.elementsById.globalCheck);
    const built = await buildRuntimeSource(parsed.moddleContext, 'globalDefs');
    assert.equal(built.ok, false);
    assert.deepEqual(!built.ok && built.problems.map((p) => [p.elementId, p.rule]), [
      ['globalCheck', 'crossdesk/not-runnable'],
    ]);
  });
});
