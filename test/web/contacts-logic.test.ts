import { strict as assert } from 'node:assert';
import { customerTimeline, fileSize, formFieldRows, replySubject } from '../../web/src/lib/customer-timeline.ts';
import { ruleFieldOf, ruleForm, ruleInput } from '../../web/src/lib/rule-form.ts';

describe('web: customer timeline and rule form logic', () => {
  it('merges contacts, cases and tasks newest first; at the same instant a contact before its case and task', () => {
    const at = (m: number) => new Date(Date.UTC(2026, 0, 1, 0, m)).toISOString();
    const entries = customerTimeline({
      interactions: { edges: [{ node: { id: 'i1', createdAt: at(1) } }, { node: { id: 'i2', createdAt: at(5) } }] },
      cases: [{ id: 'c1', startedAt: at(1) }],
      tasks: [
        { id: 't1', createdAt: at(1) },
        { id: 't2', createdAt: at(9) },
      ],
    });
    assert.deepEqual(
      entries.map((e) => `${e.kind}:${e.id}`),
      ['task:t2', 'interaction:i2', 'interaction:i1', 'case:c1', 'task:t1'],
    );
    assert.deepEqual(customerTimeline({ interactions: null, cases: null, tasks: null }), []);
  });

  it("shows a web form's fields as text: lists joined, objects as JSON, nothing for other contacts", () => {
    assert.deepEqual(
      formFieldRows({ fields: { topic: 'Invoice <b>', floor: 2, days: ['mon', 'tue'], x: { a: 1 }, n: null } }),
      [
        { name: 'topic', value: 'Invoice <b>' },
        { name: 'floor', value: '2' },
        { name: 'days', value: 'mon, tue' },
        { name: 'x', value: '{"a":1}' },
        { name: 'n', value: '' },
      ],
    );
    assert.deepEqual(formFieldRows({ to: 'support@example.com' }), []);
    assert.deepEqual(formFieldRows(null), []);
    assert.deepEqual([fileSize(900), fileSize(2048), fileSize(3 * 1024 * 1024)], ['900 B', '2.0 kB', '3.0 MB']);
    assert.deepEqual(
      [replySubject('Hello'), replySubject('RE: Hello'), replySubject(null)],
      ['Re: Hello', 'RE: Hello', 'Re:'],
    );
  });

  it('turns the rule form into the API input, refusing bad JSON and numbers on their field', () => {
    const form = ruleForm(undefined, 30);
    assert.equal(form.position, '30');
    Object.assign(form, {
      name: 'Invoices',
      keywords: 'invoice, bill ,',
      processKey: 'billing',
      variables: '{"x": "subject"}',
    });
    assert.deepEqual(ruleInput(form), {
      errors: {},
      input: {
        name: 'Invoices',
        position: 30,
        enabled: true,
        match: {
          channels: undefined,
          keywords: ['invoice', 'bill'],
          subjectPattern: undefined,
          bodyPattern: undefined,
          attributes: undefined,
        },
        action: {
          processKey: 'billing',
          messageName: undefined,
          variables: { x: 'subject' },
          priority: undefined,
          businessValue: undefined,
        },
      },
    });
    assert.deepEqual(ruleInput({ ...form, attributes: '{oops', priority: '5.5' }), {
      errors: { attributes: 'json', priority: 'integer' },
    });
    const stored = ruleForm({
      id: 'r1',
      version: 4,
      name: 'Mail',
      position: 10,
      enabled: false,
      match: { channels: ['EMAIL'], keywords: null, attributes: { vip: 'yes' } },
      action: { processKey: 'p', priority: 60 },
    });
    const input = ruleInput(stored).input as any;
    assert.deepEqual(
      [input.id, input.expectedVersion, input.enabled, input.match.attributes],
      ['r1', 4, false, { vip: 'yes' }],
    );
    assert.deepEqual(
      ['match.subjectPattern', 'match.attributes.vip', 'action.variables.x', 'action', 'name', 'other', undefined].map(
        ruleFieldOf,
      ),
      ['subjectPattern', 'attributes', 'variables', 'processKey', 'name', null, null],
    );
  });
});
