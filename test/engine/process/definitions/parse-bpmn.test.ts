import { strict as assert } from 'node:assert';
import { parseBpmn, type ParseResult } from '../../../../engine/process/definitions/index.ts';
import { around, bpmnFixture, errorsOf, LIMITS, processXml } from './bpmn-helpers.ts';

const parse = (xml: string) => parseBpmn(xml, LIMITS);

function failed(result: ParseResult) {
  assert.equal(result.ok, false, 'expected the file to be refused');
  return result.ok ? [] : result.problems;
}

describe('parseBpmn', () => {
  it('reads a Camunda Modeler file with its diagram, camunda: and crossdesk: attributes, and keeps the whole moddle context', async () => {
    const result = await parse(bpmnFixture('order-review.bpmn'));
    assert.ok(result.ok);
    assert.deepEqual(result.warnings, []);
    assert.equal(result.definitions.$type, 'bpmn:Definitions');
    assert.equal(result.moddleContext.rootElement, result.definitions);
    const review = result.moddleContext.elementsById.review;
    assert.equal(review.candidateGroups, 'billing, ${team}');
    assert.equal(review.skills, 'billing:3 spanish:2');
    assert.equal(review.sla, 'PT4H');
    assert.equal(result.moddleContext.elementsById.paymentConfirmed.correlationKey, '${orderId}');
    assert.ok(result.moddleContext.references.length > 0);
  });

  it('refuses an oversized upload before reading it', async () => {
    const xml = bpmnFixture('order-review.bpmn') + '<!--' + 'x'.repeat(10 * 1024 * 1024) + '-->';
    const started = performance.now();
    const problems = failed(await parseBpmn(xml, { maxBytes: 5 * 1024 * 1024 }));
    assert.ok(performance.now() - started < 200, 'refused without parsing');
    assert.deepEqual(errorsOf(problems), ['definitions max-size']);
    assert.match(problems[0].message, /at most 5242880/);
  });

  it('counts bytes, not characters, against the limit', async () => {
    const xml = processXml(around('<userTask id="x" name="Überprüfung" />'));
    assert.ok((await parseBpmn(xml, { maxBytes: xml.length + 1 })).ok === false);
    assert.ok((await parseBpmn(xml, { maxBytes: Buffer.byteLength(xml) })).ok);
  });

  it('gives malformed XML one clear problem with its position', async () => {
    const problems = failed(
      await parse('<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">\n<process id="p"></definitions>'),
    );
    assert.deepEqual(errorsOf(problems), ['definitions malformed-xml']);
    assert.match(problems[0].message, /line 2.*closing tag mismatch/);
    assert.deepEqual(errorsOf(failed(await parse('not xml at all'))), ['definitions malformed-xml']);
  });

  it('tells XML that is not BPMN apart: another root, an SVG, a definitions root outside the BPMN namespace', async () => {
    for (const xml of [
      '<foo/>',
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><rect /></svg>',
      '<definitions id="d"><process id="p" /></definitions>',
    ]) {
      const problems = failed(await parse(xml));
      assert.deepEqual(errorsOf(problems), ['definitions not-bpmn'], xml);
    }
    assert.match(failed(await parse('<!-- exported --><svg/>'))[0].message, /found <svg>/);
  });

  it('makes unresolved references, dropped elements, duplicate ids and misspelt crossdesk attributes errors, all reported', async () => {
    const xml = processXml(
      '<startEvent id="s" /><sequenceFlow id="f" sourceRef="s" targetRef="nowhere" />' +
        '<wobble id="w" /><endEvent id="s" /><userTask id="u" crossdesk:skils="billing:2" /><serviceTask id="st" crossdesk:sla="PT1H" crossdesk:topic="ok" />',
    );
    const problems = failed(await parse(xml));
    assert.deepEqual(errorsOf(problems).sort(), [
      'definitions unparsable-content',
      'f unresolved-reference',
      's duplicate-id',
      'st unknown-attribute',
      'u unknown-attribute',
    ]);
    assert.match(
      problems.find((p) => p.rule === 'unparsable-content')!.message,
      /<wobble> at line 3.*unknown type <bpmn:Wobble>/,
    );
    assert.match(problems.find((p) => p.elementId === 'f')!.message, /targetRef refers to "nowhere"/);
  });

  it("keeps other tools' unknown attributes as warnings", async () => {
    const result = await parse(processXml(around('<userTask id="x" camunda:asignee="bob" foo="1" />')));
    assert.ok(result.ok);
    assert.deepEqual(
      result.warnings.map((w) => `${w.elementId} ${w.rule} ${w.category}`),
      ['x unknown-attribute warn', 'x unknown-attribute warn'],
    );
  });
});
