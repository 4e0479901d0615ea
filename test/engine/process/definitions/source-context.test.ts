import { strict as assert } from 'node:assert';
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { Engine } from 'bpmn-engine';
import {
  deserializeSourceContext,
  moddleExtensions,
  serializeSourceContext,
  validateBpmn,
} from '../../../../engine/process/definitions/index.ts';
import { makeBpmnExpressions } from '../../../../engine/core/expressions/index.ts';
import { around, bpmnFixture, LIMITS, processXml } from './bpmn-helpers.ts';

const camunda = createRequire(import.meta.url)('camunda-bpmn-moddle/resources/camunda.json');

async function moddleContextOf(xml: string) {
  const result = await validateBpmn(xml, LIMITS);
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems));
  return result.moddleContext;
}

/** External work done at once, recording the attributes the engine gives the service task. */
function instantExternalWork(seen: Record<string, unknown>[]) {
  return {
    instantExternalWork(activity: any) {
      if (activity.behaviour?.type !== 'external') return;
      seen.push({ id: activity.id, type: activity.behaviour.type, topic: activity.behaviour.topic });
      activity.behaviour.Service = function InstantService() {
        return { execute: (_message: unknown, callback: (err: null) => void) => callback(null) };
      };
    },
  };
}

/** Runs the order-review model from a source context until it ends, answering each wait. */
async function runOrderReview(sourceContext: unknown) {
  const waits: any[] = [];
  const services: Record<string, unknown>[] = [];
  const engine = new Engine({
    name: 'order-review',
    sourceContext: sourceContext as any,
    moddleOptions: { camunda },
    expressions: makeBpmnExpressions(),
    extensions: instantExternalWork(services),
  } as any);
  const listener = new EventEmitter();
  listener.on('wait', (api: any) => {
    waits.push(api);
    api.signal();
  });
  await engine.execute({ listener, variables: { team: 'disputes', priority: 70, approved: true, orderId: 'o-1' } });
  return { engine, waits, services };
}

describe('serializeSourceContext', () => {
  it('serializes exactly as bpmn-engine does when it parses the XML itself', async () => {
    const xml = bpmnFixture('order-review.bpmn');
    const engine = new Engine({ name: 'own', source: xml, moddleOptions: moddleExtensions });
    const [definition] = await engine.getDefinitions();
    const own = (definition as any).environment.options.source;
    assert.equal(serializeSourceContext(await moddleContextOf(xml)).serialize(), own.serialize());
  });

  it("resolves data objects to bpmn-engine's own behaviour (values in the process output), as the engine does", async () => {
    const xml = processXml(
      around('<userTask id="x" name="Work" />') +
        '<dataObject id="orderData" /><dataObjectReference id="orderRef" dataObjectRef="orderData" />',
    );
    const engine = new Engine({ name: 'own', source: xml });
    const [definition] = await engine.getDefinitions();
    const own = (definition as any).environment.options.source.getDataObjectById('orderData').Behaviour;
    const ours = (serializeSourceContext(await moddleContextOf(xml)) as any).getDataObjectById('orderData').Behaviour;
    assert.equal(own.name, 'ProcessOutputDataObject');
    assert.equal(ours.name, own.name);
  });

  it('runs a Camunda Modeler model with `new Engine({ sourceContext })`, camunda: and crossdesk: attributes on the wait api', async () => {
    const { engine, waits, services } = await runOrderReview(
      serializeSourceContext(await moddleContextOf(bpmnFixture('order-review.bpmn'))),
    );
    assert.equal(engine.state, 'idle');
    const review = waits.find((w) => w.id === 'review');
    assert.equal(review.behaviour, undefined, 'the attributes are on the owner, not on the api');
    const b = review.owner.behaviour;
    assert.equal(b.candidateGroups, 'billing, ${team}', 'unevaluated, without the camunda: prefix');
    assert.equal(b.priority, '${priority}');
    assert.equal(b.dueDate, 'P2D');
    assert.deepEqual(
      [b.skills, b.queue, b.sla, b.businessValue, b.interruptible, b.channel],
      ['billing:3 spanish:2', 'orders', 'PT4H', '40', 'false', 'backoffice'],
    );
    assert.equal(b['crossdesk:skills'], undefined);
    assert.equal(b.$attrs, undefined, 'unknown attributes are not serialized');
    assert.equal(b.extensionElements.values[0].$type, 'camunda:InputOutput');
    assert.equal(b.documentation[0].text, "Check the order against the customer's contract.");
    assert.deepEqual(services, [{ id: 'charge', type: 'external', topic: 'charge-card' }]);
    const paid = waits.find((w) => w.id === 'paymentConfirmed');
    assert.equal(paid.owner.behaviour.correlationKey, '${orderId}');
  });

  it('restores a stored source without the XML, and it runs the same', async () => {
    const json = serializeSourceContext(await moddleContextOf(bpmnFixture('order-review.bpmn'))).serialize();
    const restored = deserializeSourceContext(json);
    assert.equal(restored.serialize(), json);
    const { waits } = await runOrderReview(restored);
    assert.deepEqual(
      waits.map((w) => w.id),
      ['review', 'paymentConfirmed'],
    );
    assert.equal(waits[0].owner.behaviour.skills, 'billing:3 spanish:2');
  });

  it('gives the engine crossdesk:topic as an external topic', async () => {
    const xml = processXml(around('<serviceTask id="x" name="Notify" crossdesk:topic="notify" />'));
    const services: Record<string, unknown>[] = [];
    const engine = new Engine({
      name: 'short',
      sourceContext: serializeSourceContext(await moddleContextOf(xml)),
      extensions: instantExternalWork(services),
    } as any);
    await engine.execute();
    assert.deepEqual(services, [{ id: 'x', type: 'external', topic: 'notify' }]);
  });
});
