import { strict as assert } from 'node:assert';
import {
  lintBpmn,
  parseBpmn,
  serializeSourceContext,
  type Problem,
} from '../../../../engine/process/definitions/index.ts';
import { around, bpmnFixture, errorsOf, LIMITS, processXml } from './bpmn-helpers.ts';

async function parsed(xml: string) {
  const result = await parseBpmn(xml, LIMITS);
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems));
  return result;
}

async function lint(xml: string, allowScripts = false): Promise<Problem[]> {
  return lintBpmn((await parsed(xml)).definitions, { allowScripts });
}

const crossdeskErrors = async (xml: string, allowScripts = false) =>
  errorsOf(await lint(xml, allowScripts)).filter((r) => r.includes(' crossdesk/'));

describe('lintBpmn', () => {
  it('passes a runnable Camunda Modeler model without a finding', async () => {
    assert.deepEqual(await lint(bpmnFixture('order-review.bpmn')), []);
  });

  it('reports each construct the runtime cannot execute on its element', async () => {
    const rules = await crossdeskErrors(bpmnFixture('unsupported.bpmn'));
    for (const expected of [
      'join crossdesk/inclusive-join',
      'cx crossdesk/complex-gateway',
      'evt crossdesk/event-subprocess-start',
      'b crossdesk/script-task',
      'ext crossdesk/external-topic',
      'f2 crossdesk/invalid-expression',
    ]) {
      assert.ok(rules.includes(expected), `missing ${expected} in ${rules.join(', ')}`);
    }
    assert.equal(
      rules.filter((r) => r === 'a crossdesk/invalid-routing').length,
      4,
      'skills, sla, businessValue, interruptible',
    );
    assert.ok(!rules.includes('fork crossdesk/inclusive-join'), 'an inclusive split runs');
  });

  it('refuses message starts of event sub-processes, but not error starts', async () => {
    const sub = (definition: string) =>
      processXml(
        around('<userTask id="x" name="Work" />') +
          `<subProcess id="evt" triggeredByEvent="true"><startEvent id="evtStart">${definition}</startEvent><sequenceFlow id="e1" sourceRef="evtStart" targetRef="evtEnd" /><endEvent id="evtEnd" /></subProcess>`,
        { outside: '<message id="m" name="cancel" /><error id="err" errorCode="E1" />' },
      );
    assert.deepEqual(await crossdeskErrors(sub('<messageEventDefinition messageRef="m" />')), [
      'evt crossdesk/event-subprocess-start',
    ]);
    assert.deepEqual(await crossdeskErrors(sub('<errorEventDefinition errorRef="err" />')), []);
  });

  it('allows script tasks and script conditions only when scripts are allowed', async () => {
    const xml = bpmnFixture('script.bpmn');
    assert.deepEqual(await crossdeskErrors(xml), ['calc crossdesk/script-task']);
    assert.deepEqual(await crossdeskErrors(xml, true), []);
    const scripted = processXml(
      around('<exclusiveGateway id="x" default="out" />').replace(
        '<sequenceFlow id="out"',
        '<sequenceFlow id="alt" sourceRef="x" targetRef="end"><conditionExpression xsi:type="tFormalExpression" language="javascript">next(null, true)</conditionExpression></sequenceFlow><sequenceFlow id="out"',
      ),
    );
    assert.deepEqual(await crossdeskErrors(scripted), ['alt crossdesk/script-condition']);
    assert.deepEqual(await crossdeskErrors(scripted, true), []);
  });

  it('reports a file without an executable process on its first process, or on the definitions', async () => {
    assert.deepEqual(await crossdeskErrors(bpmnFixture('not-executable.bpmn')), [
      'draft crossdesk/no-executable-process',
    ]);
    const empty =
      '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="emptyDefs"><message id="m" name="x" /></definitions>';
    assert.deepEqual(await crossdeskErrors(empty), ['emptyDefs crossdesk/no-executable-process']);
  });

  it('requires a start event the runtime can start a process by', async () => {
    assert.ok((await crossdeskErrors(bpmnFixture('no-start.bpmn'))).includes('noStart crossdesk/no-start-event'));
    const conditional = processXml(
      around('<userTask id="x" name="Work" />').replace(
        '<startEvent id="start" />',
        '<startEvent id="start"><conditionalEventDefinition><condition xsi:type="tFormalExpression">${ready}</condition></conditionalEventDefinition></startEvent>',
      ),
    );
    assert.deepEqual(await crossdeskErrors(conditional), ['p crossdesk/no-start-event']);
  });

  it('checks every expression: conditions, camunda task attributes, correlation keys; plain-text conditions are refused', async () => {
    const task =
      '<userTask id="x" name="Work" camunda:assignee="${a b}" camunda:candidateGroups="billing" camunda:dueDate="${due +}" camunda:candidateUsers="=if x then" crossdesk:queue="${queue}" />';
    assert.deepEqual(await crossdeskErrors(processXml(around(task))), [
      'x crossdesk/invalid-expression',
      'x crossdesk/invalid-expression',
      'x crossdesk/invalid-expression',
    ]);
    const catcher =
      '<intermediateCatchEvent id="x" name="Paid" crossdesk:correlationKey="${order.}"><messageEventDefinition messageRef="m" /></intermediateCatchEvent>';
    assert.deepEqual(
      await crossdeskErrors(processXml(around(catcher), { outside: '<message id="m" name="paid" />' })),
      ['x crossdesk/invalid-expression'],
    );
    const plain = processXml(
      around('<exclusiveGateway id="x" default="out" />').replace(
        '<sequenceFlow id="out"',
        '<sequenceFlow id="alt" sourceRef="x" targetRef="end"><conditionExpression xsi:type="tFormalExpression">amount &gt; 100</conditionExpression></sequenceFlow><sequenceFlow id="out"',
      ),
    );
    const problems = await lint(plain);
    assert.deepEqual(
      errorsOf(problems).filter((r) => r.includes('crossdesk/')),
      ['alt crossdesk/invalid-expression'],
    );
    assert.match(problems.find((p) => p.rule === 'crossdesk/invalid-expression')!.message, /not an expression/);
  });

  it('checks routing and task attributes that would stop an instance when the task is created', async () => {
    const task =
      '<userTask id="x" name="Work" crossdesk:skills="billing:3 spanish:0" crossdesk:channel="fax" camunda:priority="high" camunda:dueDate="tomorrow" crossdesk:businessValue="${value}" crossdesk:sla="P1DT2H" />';
    assert.deepEqual((await crossdeskErrors(processXml(around(task)))).sort(), [
      'x crossdesk/invalid-routing',
      'x crossdesk/invalid-routing',
      'x crossdesk/invalid-task-attribute',
      'x crossdesk/invalid-task-attribute',
    ]);
    const fine =
      '<userTask id="x" name="Work" crossdesk:skills="billing:10, spanish" crossdesk:channel="EMAIL" camunda:priority="80" camunda:dueDate="2026-03-01T09:00:00Z" crossdesk:businessValue="0" crossdesk:interruptible="true" />';
    assert.deepEqual(await crossdeskErrors(processXml(around(fine))), []);
  });

  it('requires work for service tasks, a topic for external ones, and a process of the file for call activities', async () => {
    const tasks = [
      '<serviceTask id="ext" name="A" camunda:type="external" />',
      '<serviceTask id="java" name="B" camunda:class="com.acme.Charge" />',
      '<serviceTask id="short" name="C" crossdesk:topic="charge" />',
      '<callActivity id="call" name="D" calledElement="elsewhere" />',
    ];
    const body =
      '<startEvent id="start" /><parallelGateway id="fork" /><parallelGateway id="join" /><endEvent id="end" /><sequenceFlow id="f0" sourceRef="start" targetRef="fork" /><sequenceFlow id="f9" sourceRef="join" targetRef="end" />';
    const flows = ['ext', 'java', 'short', 'call'].map(
      (id) =>
        `<sequenceFlow id="${id}In" sourceRef="fork" targetRef="${id}" /><sequenceFlow id="${id}Out" sourceRef="${id}" targetRef="join" />`,
    );
    assert.deepEqual(await crossdeskErrors(processXml(body + tasks.join('') + flows.join(''))), [
      'call crossdesk/call-activity-target',
      'ext crossdesk/external-topic',
      'java crossdesk/service-implementation',
    ]);
  });

  it('refuses invalid static timers, and elements that cannot run in a process that runs, not in a documentation pool', async () => {
    const timer =
      '<intermediateCatchEvent id="x" name="Wait"><timerEventDefinition><timeDuration xsi:type="tFormalExpression">4 hours</timeDuration></timerEventDefinition></intermediateCatchEvent>';
    assert.deepEqual(await crossdeskErrors(processXml(around(timer))), ['x crossdesk/invalid-timer']);
    const pool =
      '<process id="customer" isExecutable="false"><complexGateway id="cx" /><implicitThrowEvent id="it" /></process>';
    // The runtime copy leaves documentation pools out (see prune.ts): nothing in them can fail.
    assert.deepEqual(await crossdeskErrors(processXml(around('<task id="x" name="Work" />'), { outside: pool })), []);
    const called = processXml(around('<callActivity id="x" calledElement="customer" />'), { outside: pool });
    assert.deepEqual(await crossdeskErrors(called), [
      'cx crossdesk/complex-gateway',
      'it crossdesk/unsupported-element',
    ]);
  });

  it('keeps bpmnlint errors that make a model unrunnable, and only warns of diagram style', async () => {
    const problems = await lint(bpmnFixture('no-start.bpmn'));
    assert.deepEqual(
      errorsOf(problems)
        .filter((r) => !r.includes('crossdesk/'))
        .sort(),
      [
        'noStart end-event-required',
        'noStart start-event-required',
        't no-disconnected',
        't no-implicit-end',
        't no-implicit-start',
      ],
    );
    assert.deepEqual([...new Set(problems.filter((p) => p.category === 'warn').map((p) => p.rule))].sort(), [
      'label-required',
      'no-bpmndi',
    ]);
  });

  it('only warns about a non-executable pool drawn as documentation', async () => {
    const pool =
      '<process id="customer" isExecutable="false"><task id="call" name="Calls in" /><task id="wait" name="Waits" /></process>';
    const problems = await lint(processXml(around('<task id="x" name="Work" />'), { outside: pool }));
    assert.deepEqual(errorsOf(problems), []);
    assert.ok(
      problems.some((p) => p.elementId === 'customer' && p.rule === 'start-event-required' && p.category === 'warn'),
    );
  });

  it('lints with a fresh linter each time and leaves the tree exactly as parsed', async () => {
    const xml = processXml(around('<userTask id="x" name="Work" />'));
    const result = await parsed(xml);
    const before = serializeSourceContext(result.moddleContext).serialize();
    const first = await lintBpmn(result.definitions, { allowScripts: false });
    const second = await lintBpmn(result.definitions, { allowScripts: false });
    assert.deepEqual(second, first, 'no no-duplicate-sequence-flows from an earlier run');
    assert.equal(serializeSourceContext(result.moddleContext).serialize(), before);
  });
});
