import { strict as assert } from 'node:assert';
import { validateBpmn, type ValidationResult } from '../../../../engine/process/definitions/index.ts';
import { around, bpmnFixture, errorsOf, LIMITS, processXml } from './bpmn-helpers.ts';

const validate = (xml: string, allowScripts = false) => validateBpmn(xml, { ...LIMITS, allowScripts });

function problemsOf(result: ValidationResult) {
  assert.equal(result.ok, false, 'expected the file to be refused');
  return result.ok ? [] : result.problems;
}

describe('validateBpmn', () => {
  it('accepts a Camunda Modeler model and describes its executable process', async () => {
    const result = await validate(bpmnFixture('order-review.bpmn'));
    assert.ok(result.ok);
    assert.deepEqual(result.warnings, []);
    assert.deepEqual(result.processes, [
      {
        id: 'orderReview',
        name: 'Order review',
        isExecutable: true,
        startEvents: [{ id: 'StartEvent_1', kind: 'none' }],
        userTasks: ['review'],
      },
    ]);
    assert.equal(result.moddleContext.rootElement, result.definitions);
  });

  it('describes message, timer and signal starts, and user tasks inside sub-processes; non-executable pools are left out', async () => {
    const body =
      '<startEvent id="byMessage"><messageEventDefinition messageRef="m" /></startEvent>' +
      '<startEvent id="byTimer"><timerEventDefinition><timeCycle xsi:type="tFormalExpression">R/P1D</timeCycle></timerEventDefinition></startEvent>' +
      '<startEvent id="bySignal"><signalEventDefinition signalRef="s" /></startEvent>' +
      '<exclusiveGateway id="merge" /><subProcess id="sub"><startEvent id="subStart" /><userTask id="inner" /><endEvent id="subEnd" />' +
      '<sequenceFlow id="s1" sourceRef="subStart" targetRef="inner" /><sequenceFlow id="s2" sourceRef="inner" targetRef="subEnd" /></subProcess><endEvent id="end" />' +
      ['byMessage', 'byTimer', 'bySignal']
        .map((id) => `<sequenceFlow id="${id}Flow" sourceRef="${id}" targetRef="merge" />`)
        .join('') +
      '<sequenceFlow id="f1" sourceRef="merge" targetRef="sub" /><sequenceFlow id="f2" sourceRef="sub" targetRef="end" />';
    const outside =
      '<message id="m" name="order-placed" /><signal id="s" name="restock" /><process id="customer" isExecutable="false" />';
    const result = await validate(processXml(body, { id: 'intake', outside }));
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
    assert.deepEqual(
      result.processes.map((p) => p.id),
      ['intake'],
    );
    assert.deepEqual(result.processes[0].startEvents, [
      { id: 'byMessage', kind: 'message', messageName: 'order-placed' },
      { id: 'byTimer', kind: 'timer', timer: { timeDate: undefined, timeCycle: 'R/P1D', timeDuration: undefined } },
      { id: 'bySignal', kind: 'signal', signalName: 'restock' },
    ]);
    assert.deepEqual(result.processes[0].userTasks, ['inner']);
  });

  it('reports every problem at once, errors first, with the warnings after them', async () => {
    const problems = problemsOf(await validate(bpmnFixture('unsupported.bpmn')));
    const errors = errorsOf(problems);
    assert.ok(errors.length >= 10, errors.join(', '));
    for (const rule of [
      'crossdesk/inclusive-join',
      'crossdesk/complex-gateway',
      'crossdesk/script-task',
      'crossdesk/external-topic',
      'crossdesk/invalid-routing',
    ]) {
      assert.ok(
        problems.some((p) => p.rule === rule),
        `missing ${rule}`,
      );
    }
    const firstWarning = problems.findIndex((p) => p.category === 'warn');
    assert.ok(firstWarning >= errors.length, 'errors come first');
    assert.ok(problems.slice(firstWarning).every((p) => p.category === 'warn'));
  });

  it('refuses a process without a start event, and a file without an executable process', async () => {
    assert.ok(
      errorsOf(problemsOf(await validate(bpmnFixture('no-start.bpmn')))).includes('noStart crossdesk/no-start-event'),
    );
    assert.deepEqual(errorsOf(problemsOf(await validate(bpmnFixture('not-executable.bpmn')))), [
      'draft crossdesk/no-executable-process',
    ]);
  });

  it('refuses malformed, non-BPMN and oversized files with one problem each', async () => {
    assert.deepEqual(
      errorsOf(problemsOf(await validate('<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process'))),
      ['definitions malformed-xml'],
    );
    assert.deepEqual(errorsOf(problemsOf(await validate('<svg xmlns="http://www.w3.org/2000/svg" />'))), [
      'definitions not-bpmn',
    ]);
    const started = performance.now();
    const big = problemsOf(
      await validateBpmn('<definitions>' + ' '.repeat(10 * 1024 * 1024), {
        maxBytes: 1024 * 1024,
        allowScripts: false,
      }),
    );
    assert.deepEqual(errorsOf(big), ['definitions max-size']);
    assert.ok(performance.now() - started < 200, 'refused without parsing');
  });

  it('accepts a script task when scripts are allowed', async () => {
    const result = await validate(bpmnFixture('script.bpmn'), true);
    assert.ok(result.ok);
    assert.deepEqual(result.processes[0].userTasks, ['show']);
    assert.ok(result.warnings.every((w) => w.category === 'warn'));
  });

  it("turns crossdesk:topic into Camunda's external topic for the runtime", async () => {
    const result = await validate(processXml(around('<serviceTask id="x" crossdesk:topic="notify" />')));
    assert.ok(result.ok);
    const task = result.moddleContext.elementsById.x;
    assert.deepEqual([task.type, task.topic], ['external', 'notify']);
  });
});
