import { strict as assert } from 'node:assert';
import { EventEmitter } from 'node:events';
import { Engine } from 'bpmn-engine';
import { makeBpmnExpressions } from '../../../../engine/core/expressions/index.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A gateway with one conditional flow per end event (tried in order) and a default flow to `normal`. */
function gatewayModel(conditions: Record<string, string>, extra = '') {
  const flows = Object.entries(conditions)
    .map(
      ([end, condition]) =>
        `<sequenceFlow id="to-${end}" sourceRef="route" targetRef="${end}"><conditionExpression xsi:type="tFormalExpression">${escapeXml(condition)}</conditionExpression></sequenceFlow><endEvent id="${end}" />`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs" targetNamespace="http://crossdesk.test">
  <process id="routing" isExecutable="true">
    <startEvent id="start" />
    <sequenceFlow id="toRoute" sourceRef="start" targetRef="route" />
    <exclusiveGateway id="route" default="toNormal" />
    ${flows}
    <sequenceFlow id="toNormal" sourceRef="route" targetRef="normal" />
    <endEvent id="normal" />
    ${extra}
  </process>
</definitions>`;
}

/** Runs a model to its end; answers the end events that completed and the error the engine raised, if any. */
async function run(source: string, variables: Record<string, unknown>, options: Record<string, unknown> = {}) {
  const engine = new Engine({ name: 'expressions', source, expressions: makeBpmnExpressions(), ...options } as any);
  const listener = new EventEmitter();
  const ends: string[] = [];
  let error: any = null;
  listener.on('activity.end', (api: any) => {
    if (api.type === 'bpmn:EndEvent') ends.push(api.id);
  });
  engine.on('error', (err: unknown) => {
    error = err;
  });
  await engine.execute({ listener, variables });
  await new Promise((resolve) => setImmediate(resolve));
  return { ends, error, engine };
}

describe('makeBpmnExpressions in bpmn-engine', () => {
  const camunda = gatewayModel({ vip: "${amount > 1000 && tier == 'gold'}", rejected: '${!approved}' });

  it('lets an exclusive gateway pick the flow whose Camunda condition holds', async () => {
    assert.deepEqual((await run(camunda, { amount: 1500, tier: 'gold', approved: true })).ends, ['vip']);
    assert.deepEqual((await run(camunda, { amount: 1500, tier: 'silver', approved: false })).ends, ['rejected']);
    assert.deepEqual((await run(camunda, { amount: 500, tier: 'gold', approved: true })).ends, ['normal']);
  });

  it('treats variables the process does not have as undefined instead of failing', async () => {
    const { ends, error } = await run(camunda, {});
    assert.equal(error, null);
    assert.deepEqual(ends, ['rejected']);
  });

  it('evaluates FEEL conditions on flows', async () => {
    const feel = gatewayModel({ vip: '=amount > 1000 and tier = "gold"', small: '=amount < 100' });
    assert.deepEqual((await run(feel, { amount: 1500, tier: 'gold' })).ends, ['vip']);
    assert.deepEqual((await run(feel, { amount: 50, tier: 'gold' })).ends, ['small']);
    assert.deepEqual((await run(feel, { amount: 500 })).ends, ['normal']);
  });

  it('ignores the whitespace around a condition in the XML body', async () => {
    const spaced = gatewayModel({ vip: '\n        ${amount > 1000}\n      ' });
    assert.deepEqual((await run(spaced, { amount: 10 })).ends, ['normal']);
    assert.deepEqual((await run(spaced, { amount: 2000 })).ends, ['vip']);
  });

  it('fails the run, not silently a flow, when a condition cannot be evaluated', async () => {
    const bad = gatewayModel({ vip: '${customer.name.toUpperCase()}' });
    const { ends, error } = await run(bad, { customer: { name: 'Ada' } });
    assert.deepEqual(ends, []);
    assert.match(String(error?.message), /function and method calls are not supported/);
    const { error: objectAsNumber } = await run(gatewayModel({ vip: '${customer * 2 > 1}' }), { customer: {} });
    assert.match(String(objectAsNumber?.message), /an object is not a number/);
  });

  it('still runs bpmn-engine native paths: environment variables and service implementations', async () => {
    const calls: unknown[] = [];
    const native = gatewayModel(
      { served: '${environment.variables.amount > 1000}' },
      '<serviceTask id="lookup" implementation="${environment.services.lookup}" /><sequenceFlow id="toLookup" sourceRef="start" targetRef="lookup" />',
    ).replace(
      '<endEvent id="served" />',
      '<endEvent id="served" /><endEvent id="looked-up" /><sequenceFlow id="afterLookup" sourceRef="lookup" targetRef="looked-up" />',
    );
    const services = {
      lookup(scope: any, callback: (err: null, value: number) => void) {
        calls.push(scope.content.id);
        callback(null, 42);
      },
    };
    const { ends, error } = await run(native, { amount: 2000 }, { services });
    assert.equal(error, null);
    assert.deepEqual(ends.sort(), ['looked-up', 'served']);
    assert.deepEqual(calls, ['lookup']);
  });

  it('resolves templates, FEEL and native paths through resolveExpression, reading only the variables', () => {
    const expressions = makeBpmnExpressions();
    const environment = { variables: { caseId: 7, region: 'eu' }, services: { fn() {} } };
    const context = { environment, content: { id: 'task-1', output: { caseId: 99 } } };
    assert.equal(expressions.resolveExpression('Case ${caseId} in group-${region}', context), 'Case 7 in group-eu');
    assert.equal(expressions.resolveExpression('${caseId}', context), 7, 'not the message output');
    assert.equal(expressions.resolveExpression('=caseId * 2', context), 14);
    assert.equal(expressions.resolveExpression('${content.id}', context), 'task-1');
    assert.equal(expressions.resolveExpression('${environment.variables.caseId}', context), 7);
    assert.equal(expressions.resolveExpression('${environment.services.fn}', context), environment.services.fn);
    assert.equal(expressions.resolveExpression('plain', context), 'plain');
    assert.throws(() => expressions.resolveExpression('${environment.constructor}', context), /not accessible/);
    assert.equal(
      expressions.resolveExpression('${environment.hasOwnProperty}', context),
      undefined,
      'inherited methods are not services',
    );
    assert.equal(makeBpmnExpressions({ native: false }).resolveExpression('${content.id}', context), undefined);
    assert.equal(expressions.isExpression('${a}'), true);
    assert.equal(expressions.isExpression('=a'), true);
    assert.equal(expressions.isExpression('x ${a}'), false);
    assert.equal(expressions.isExpression('${a} x ${b}'), false);
    assert.equal(expressions.isExpression(' ${a >} '), true, 'invalid, but meant as one');
    assert.equal(expressions.hasExpression('x ${a}'), true);
    assert.equal(expressions.hasExpression('x'), false);
  });
});
