import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { effectiveLintRules } from '../../bpmn-shared/index.ts';
import { groupDefinitions } from '../../web/src/lib/definitions.ts';
import { completionVariables, hasErrors, initialFormData } from '../../web/src/lib/form-data.ts';
import { instanceMarks } from '../../web/src/lib/instance-overlays.ts';
import { bpmnlintConfig } from '../../web/src/modeler/lint-config.ts';
import { escapeHtml, newDiagramXml, placeProblems } from '../../web/src/lib/problems.ts';
import { formatSkills, isBusinessValue, isIsoDuration, parseSkills } from '../../web/src/lib/skills.ts';
import { diffVersions } from '../../web/src/lib/version-diff.ts';

const require = createRequire(import.meta.url);

describe('web: modeler, forms and instance logic', () => {
  it("lints in the editor with the server's bpmnlint configuration, every rule bundled", () => {
    const { config, resolver } = bpmnlintConfig();
    const effective = effectiveLintRules(require('bpmnlint/config/recommended').rules);
    assert.equal(effective['no-inclusive-gateway'], undefined);
    assert.equal(effective['label-required'], 'warn');
    assert.equal(effective['conditional-flows'], 'error');
    assert.deepEqual(
      Object.keys(config.rules).sort(),
      Object.keys(effective)
        .map((name) => `bpmnlint/${name}`)
        .sort(),
    );
    for (const name of Object.keys(effective))
      assert.equal(typeof resolver.resolveRule('bpmnlint', name), 'function', name);
  });

  it('parses skills with levels 1-10 and reports the first bad item', () => {
    assert.deepEqual(parseSkills('billing:3, spanish:2'), {
      skills: [
        { name: 'billing', level: 3 },
        { name: 'spanish', level: 2 },
      ],
    });
    assert.deepEqual(parseSkills(''), { skills: [] });
    assert.deepEqual(parseSkills('billing:3 spanish'), { error: 'routing.error.skillFormat', item: 'spanish' });
    assert.deepEqual(parseSkills('billing:11'), { error: 'routing.error.skillLevel', item: 'billing:11' });
    assert.deepEqual(parseSkills('a:1 a:2'), { error: 'routing.error.skillTwice', item: 'a:2' });
    assert.equal(
      formatSkills([
        { name: 'billing', level: 3 },
        { name: 'es', level: 1 },
      ]),
      'billing:3 es:1',
    );
  });

  it('accepts ISO-8601 durations and business values 0-100 only', () => {
    for (const ok of ['PT4H', 'P1D', 'P1DT2H30M', 'PT0.5S', 'P2W']) assert.ok(isIsoDuration(ok), ok);
    for (const bad of ['P', 'PT', '4h', 'P1H', 'PT4']) assert.ok(!isIsoDuration(bad), bad);
    assert.deepEqual(['0', '100', '101', '-1', '5.5', ''].map(isBusinessValue), [
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('puts BPMN_INVALID problems on drawn elements and lists the rest', () => {
    const problems = [
      { elementId: 'review', rule: 'crossdesk/invalid-routing', message: 'bad skills' },
      { elementId: 'review', rule: 'label-required', message: 'no label' },
      { elementId: 'Definitions_1', rule: 'crossdesk/no-executable-process', message: 'none' },
    ];
    const placed = placeProblems(problems, (id) => id === 'review');
    assert.equal(placed.onElements.get('review')?.length, 2);
    assert.deepEqual(
      placed.elsewhere.map((p) => p.elementId),
      ['Definitions_1'],
    );
    assert.equal(escapeHtml('<b a="1">&\''), '&lt;b a=&quot;1&quot;&gt;&amp;&#39;');
    assert.match(newDiagramXml('p-1'), /<bpmn:process id="p-1" name="New process" isExecutable="true">/);
  });

  it("fills the form from the form's own variables and completes with its submitted keys only", () => {
    const schema = {
      components: [{ type: 'text', id: 'x' }, { key: 'summary' }, { type: 'group', components: [{ key: 'refund' }] }],
    };
    assert.deepEqual(initialFormData(schema, { summary: 'hi', secret: 1 }), { summary: 'hi' });
    assert.deepEqual(completionVariables(schema, { summary: 'done', refund: true, extra: 2, x: undefined }), {
      summary: 'done',
      refund: true,
    });
    assert.equal(hasErrors({ summary: [] }), false);
    assert.equal(hasErrors({ summary: ['required'] }), true);
  });

  it('marks active, completed (with counts), open-task and incident elements of an instance', () => {
    const marks = instanceMarks({
      activeElementIds: ['review', 'review'],
      history: [
        { type: 'element.completed', elementId: 'start' },
        { type: 'element.completed', elementId: 'review' },
        { type: 'element.completed', elementId: 'review' },
        { type: 'task.created', elementId: 'review' },
      ],
      tasks: [
        { elementId: 'review', state: 'ASSIGNED' },
        { elementId: 'review', state: 'COMPLETED' },
      ],
      incidents: [{ elementId: 'mail' }, { elementId: null }],
    });
    assert.deepEqual(marks, {
      active: ['review'],
      completed: ['start'],
      openTasks: { review: 1 },
      incidents: { mail: 1 },
      counts: { start: 1, review: 2 },
    });
  });

  it('groups definition versions by key, newest version first', () => {
    const groups = groupDefinitions([
      { id: 'b:1', key: 'b', version: 1, name: 'Billing', deployedAt: '' },
      { id: 'a:1', key: 'a', version: 1, name: 'Complaints', deployedAt: '' },
      { id: 'b:2', key: 'b', version: 2, name: 'Billing', deployedAt: '' },
    ]);
    assert.deepEqual(
      groups.map((g) => [g.key, g.versions.map((v) => v.version)]),
      [
        ['b', [2, 1]],
        ['a', [1]],
      ],
    );
  });
});

describe('web: comparing definition versions', () => {
  const NS =
    'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:crossdesk="http://crossdesk.dev/schema/bpmn/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
  const v1 = `<bpmn:definitions ${NS} id="d" targetNamespace="t"><bpmn:process id="p" isExecutable="true">
    <bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="review" />
    <bpmn:userTask id="review" name="Review" camunda:candidateGroups="backoffice" crossdesk:queue="a" crossdesk:skills="billing:3">
    </bpmn:userTask><bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="e">
    <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">\${ok}</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:endEvent id="e" /></bpmn:process>
    <bpmndi:BPMNDiagram id="dia"><bpmndi:BPMNPlane id="pl" bpmnElement="p"><bpmndi:BPMNShape id="s_di" bpmnElement="s"><dc:Bounds x="1" y="1" width="36" height="36" /></bpmndi:BPMNShape></bpmndi:BPMNPlane></bpmndi:BPMNDiagram></bpmn:definitions>`;

  it('ignores attributes in another order, other whitespace and another layout', async () => {
    const reordered = v1
      .replace(
        'name="Review" camunda:candidateGroups="backoffice" crossdesk:queue="a" crossdesk:skills="billing:3"',
        'crossdesk:skills="billing:3"   crossdesk:queue="a"\n      camunda:candidateGroups="backoffice" name="Review"',
      )
      .replace('<bpmn:endEvent id="e" />', '<bpmn:endEvent id="e"></bpmn:endEvent>')
      .replace('x="1" y="1"', 'y="200" x="300"');
    assert.deepEqual(await diffVersions(v1, reordered), { added: [], removed: [], changed: [] });
  });

  it('reports added, removed and changed elements with the properties that changed', async () => {
    const v2 = v1
      .replace('crossdesk:queue="a"', 'crossdesk:queue="b"')
      .replace('name="Review"', 'name="Review it"')
      .replace('${ok}', '${ok &amp;&amp; amount &lt; 100}')
      .replace('targetRef="e"', 'targetRef="done"')
      .replace('<bpmn:endEvent id="e" />', '<bpmn:endEvent id="done" />');
    const diff = await diffVersions(v1, v2);
    assert.deepEqual(diff.added, ['done']);
    assert.deepEqual(diff.removed, ['e']);
    assert.deepEqual(
      diff.changed.map((c) => [c.id, c.properties]),
      [
        ['f2', ['targetRef']],
        ['review', ['name', 'queue']],
      ],
    );
    assert.equal(diff.changed[1].name, 'Review it');
  });

  it('notices a changed condition even where no attribute changed', async () => {
    const v2 = v1.replace('${ok}', '${ok &amp;&amp; amount &lt; 100}');
    assert.deepEqual(
      (await diffVersions(v1, v2)).changed.map((c) => c.id),
      ['f2'],
    );
  });
});

describe('web: task forms shipped with the app', () => {
  it('has a form for every formKey of the demo processes, each a form-js schema under its own key', () => {
    const dir = new URL('../../engine/demo/', import.meta.url);
    const keys = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.bpmn'))) {
      for (const m of readFileSync(new URL(file, dir), 'utf8').matchAll(/camunda:formKey="([^"]+)"/g)) keys.add(m[1]);
    }
    assert.ok(keys.size >= 3);
    for (const key of keys) {
      const schema = JSON.parse(readFileSync(new URL(`../../web/src/forms/${key}.form.json`, import.meta.url), 'utf8'));
      assert.equal(schema.id, key);
      assert.ok(Array.isArray(schema.components) && schema.components.some((c: any) => c.key), key);
    }
  });
});
