import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { hasMessage, translate } from '../../web/src/lib/i18n.ts';
import { explainDecision } from '../../web/src/lib/routing-view.ts';
import { modelVariables, parseVariables, withModelVariables } from '../../web/src/lib/start-input.ts';
import { historyLine, subjectOf } from '../../web/src/lib/timeline.ts';
import { reasonParams } from '../../web/src/lib/why-waiting.ts';

const en = (key: string, params?: Record<string, string | number>) => translate('en', key, params);
const zh = (key: string, params?: Record<string, string | number>) => translate('zh-CN', key, params);

describe('web: starting a process by hand', () => {
  it('takes a JSON object of variables, or nothing', () => {
    assert.deepEqual(parseVariables(''), { variables: {} });
    assert.deepEqual(parseVariables(' {"caseRef": "C-1", "vip": true} '), { variables: { caseRef: 'C-1', vip: true } });
  });

  it('says where the JSON is broken, by line and column', () => {
    const broken = parseVariables('{\n  "caseRef": "C-1",\n  vip: true\n}');
    assert.ok('problem' in broken);
    assert.equal(broken.problem.key, 'start.error.json');
    assert.deepEqual(broken.problem.params, { line: 3, column: 3 });
    assert.equal(en(broken.problem.key, broken.problem.params), 'Not valid JSON (line 3, column 3).');
  });

  it('refuses arrays, plain values and the names the engine keeps for itself', () => {
    for (const text of ['[1]', '"x"', '42', 'null'])
      assert.deepEqual(parseVariables(text), { problem: { key: 'start.error.notObject' } }, text);
    assert.deepEqual(parseVariables('{"content": 1}'), {
      problem: { key: 'start.error.reserved', params: { name: 'content' } },
    });
  });

  it("lists the variables a model's expressions read, in order, without literals or members", () => {
    const demo = readFileSync(new URL('../../engine/demo/complaint-handling.bpmn', import.meta.url), 'utf8');
    assert.deepEqual(modelVariables(demo), ['caseRef', 'vip', 'refund']);
    assert.deepEqual(
      modelVariables('<a name="${customer.name} ${amount &gt; 1000 ? \'high\' : low}" b="#{not empty environment}" />'),
      ['customer', 'amount', 'low'],
    );
    assert.equal(withModelVariables('{"vip": true}', ['caseRef', 'vip']), '{\n  "vip": true,\n  "caseRef": null\n}');
  });
});

describe('web: readable timelines', () => {
  const tasks = [{ id: 'tk1', elementId: 'review', name: 'Review complaint C-7' }];

  it('names entries by the task, the element name, or the element id, in that order', () => {
    assert.equal(
      subjectOf({ type: 'task.claimed', taskId: 'tk1', elementId: 'review' }, tasks),
      'Review complaint C-7',
    );
    assert.equal(
      subjectOf({ type: 'element.started', elementId: 'review', elementName: 'Review complaint ${caseRef}' }, tasks),
      'Review complaint C-7',
      'an expression name is resolved through the task made from the element',
    );
    assert.equal(
      subjectOf({ type: 'element.started', elementId: 'received', elementName: 'Complaint received' }),
      'Complaint received',
    );
    assert.equal(subjectOf({ type: 'element.started', elementId: 'gw' }), 'gw');
  });

  it('writes a line people read, in their language, instead of `element.started received`', () => {
    const entry = { type: 'element.started', elementId: 'received', elementName: 'Complaint received' };
    assert.equal(historyLine(entry, en, hasMessage), 'Started “Complaint received”');
    assert.equal(historyLine(entry, zh, hasMessage), '开始“Complaint received”');
    assert.equal(historyLine({ type: 'instance.started' }, en, hasMessage), 'Instance started');
    assert.equal(
      historyLine({ type: 'task.claimed', taskId: 'tk1' }, en, hasMessage, tasks),
      'Task claimed: Review complaint C-7',
    );
    assert.equal(
      historyLine({ type: 'task.transferred', elementId: 'call' }, en, hasMessage),
      'task.transferred · call',
      'a type this app does not know yet still shows',
    );
  });
});

describe('web: "why is this task waiting?"', () => {
  const fmt = { t: (key: string) => zh(key), dt: (iso: string) => `at ${iso}` };

  it('translates codes inside a reason and leaves data alone', () => {
    assert.deepEqual(reasonParams({ code: 'NOT_WAITING', requirement: 'RESERVED' }, fmt), { requirement: '已预留' });
    assert.deepEqual(reasonParams({ code: 'NOBODY_PRESENT', requirement: 'OFFLINE 2, AWAY 1' }, fmt), {
      requirement: '离线 2, 离开 1',
    });
    assert.deepEqual(reasonParams({ code: 'NOT_OPEN', requirement: '2026-01-01T10:00:00.000Z' }, fmt), {
      requirement: 'at 2026-01-01T10:00:00.000Z',
    });
    assert.deepEqual(reasonParams({ code: 'NO_AGENT_HAS_SKILL', requirement: 'spanish:5' }, fmt), {
      requirement: 'spanish:5',
    });
    assert.equal(zh('why.NO_AGENT_HAS_SKILL', { requirement: 'spanish:5' }), '没有坐席具备 spanish:5。');
  });

  it("explains a routing decision in the viewer's language", () => {
    const decision = {
      rule: 'best-skill-fit-then-longest-idle',
      chosen: 'ana',
      at: 0,
      considered: [
        { agentId: 'ana', fit: 5 },
        { agentId: 'bo', excluded: 'SKILL_TOO_LOW', detail: 'spanish 2 < 3' },
      ],
      excludedCounts: { SKILL_TOO_LOW: 1 },
    };
    const explained = explainDecision(decision as any, { t: zh, has: hasMessage });
    assert.equal(explained?.rule, '技能最匹配，其次空闲最久');
    assert.deepEqual(
      explained?.lines.map((l) => l.text),
      ['匹配度 5.0', '已排除：技能等级不足 (spanish 2 < 3)'],
    );
    assert.deepEqual(explained?.excluded, ['技能等级不足: 1']);
  });
});
