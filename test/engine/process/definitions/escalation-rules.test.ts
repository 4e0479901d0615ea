import { strict as assert } from 'node:assert';
import {
  deployProcess,
  queryDefinitions,
  type BpmnInvalidError,
  type CrossdeskError,
} from '../../../../engine/index.ts';
import { actors } from '../../../support/actors.ts';
import type { TestEngine } from '../../../support/context.ts';
import { useTestEngine } from '../../../support/scenario.ts';
import { processXml } from './bpmn-helpers.ts';

const task =
  '<startEvent id="start" /><sequenceFlow id="f1" sourceRef="start" targetRef="work" /><userTask id="work" name="Work" /><sequenceFlow id="f2" sourceRef="work" targetRef="end" /><endEvent id="end" />';
const timer = '<timerEventDefinition><timeDuration>PT4H</timeDuration></timerEventDefinition>';
const boundary = (attrs: string, definition = timer, on = 'work') =>
  `<boundaryEvent id="b" attachedToRef="${on}" ${attrs}>${definition}</boundaryEvent><sequenceFlow id="f3" sourceRef="b" targetRef="bEnd" /><endEvent id="bEnd" />`;

describe('crossdesk:raisePriority at deployment', () => {
  const engine = useTestEngine(import.meta.url);
  let t: TestEngine;
  beforeEach(() => (t = engine()));

  async function refusal(body: string, outside = ''): Promise<string[]> {
    try {
      await deployProcess(t.ctx, actors.designer, { bpmnXml: processXml(body, { outside }) });
    } catch (err) {
      assert.equal((err as CrossdeskError).code, 'BPMN_INVALID');
      return (err as BpmnInvalidError).problems
        .filter((p) => p.rule === 'crossdesk/invalid-escalation')
        .map((p) => `${p.elementId}: ${p.message}`);
    }
    throw new Error('expected the deployment to be refused');
  }

  it('given a whole number on a non-interrupting timer boundary of a user task, then the model deploys', async () => {
    await deployProcess(t.ctx, actors.designer, {
      bpmnXml: processXml(task + boundary('cancelActivity="false" crossdesk:raisePriority="20"')),
    });
    assert.equal((await queryDefinitions(t.ctx)).length, 1);
  });

  it('given a value that is not a whole number from 1 to 1000, then deployment is refused on the boundary event and stores nothing', async () => {
    for (const value of ['high', '0', '1001', '2.5', '${bump}']) {
      const problems = await refusal(task + boundary(`cancelActivity="false" crossdesk:raisePriority="${value}"`));
      assert.deepEqual(problems, [`b: crossdesk:raisePriority "${value}" must be a whole number from 1 to 1000`]);
    }
    assert.deepEqual(await queryDefinitions(t.ctx), []);
  });

  it('given an interrupting boundary, a message boundary, or one on a service task, then each is refused with its reason', async () => {
    assert.deepEqual(await refusal(task + boundary('crossdesk:raisePriority="20"')), [
      'b: crossdesk:raisePriority needs a non-interrupting boundary event (cancelActivity="false"): an interrupting one ends the task it would raise',
    ]);
    const message = '<messageEventDefinition messageRef="m" />';
    assert.deepEqual(
      await refusal(
        task + boundary('cancelActivity="false" crossdesk:raisePriority="20"', message),
        '<message id="m" name="m" />',
      ),
      ['b: crossdesk:raisePriority needs a timer boundary event'],
    );
    const service = task.replace(
      '<userTask id="work" name="Work" />',
      '<serviceTask id="work" name="Work" crossdesk:topic="w" />',
    );
    assert.deepEqual(await refusal(service + boundary('cancelActivity="false" crossdesk:raisePriority="20"')), [
      'b: crossdesk:raisePriority needs a boundary event on a user or manual task',
    ]);
    assert.deepEqual(await queryDefinitions(t.ctx), []);
  });

  it('given the attribute on a task instead of its boundary event, then it is an unknown Crossdesk attribute there', async () => {
    try {
      await deployProcess(t.ctx, actors.designer, {
        bpmnXml: processXml(task.replace('name="Work"', 'name="Work" crossdesk:raisePriority="20"')),
      });
      assert.fail('expected a refusal');
    } catch (err) {
      assert.deepEqual(
        (err as BpmnInvalidError).problems.map((p) => `${p.elementId} ${p.rule}`),
        ['work unknown-attribute'],
      );
    }
  });
});
