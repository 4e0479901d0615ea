import { strict as assert } from 'node:assert';
import {
  formFields,
  validateSubmission,
  type CrossdeskError,
  type FormInvalidError,
} from '../../../../engine/index.ts';

const schema = {
  components: [
    { type: 'text', text: 'Intro' },
    {
      type: 'group',
      components: [
        { type: 'textfield', key: 'code', label: 'Code', validate: { required: true, pattern: '[A-Z]{3}' } },
      ],
    },
    {
      type: 'checklist',
      key: 'topics',
      label: 'Topics',
      values: [
        { label: 'A', value: 'a' },
        { label: 'B', value: 'b' },
      ],
    },
    { type: 'checkbox', key: 'agree', label: 'Agree' },
    { type: 'textfield', key: 'phone', label: 'Phone', validate: { validationType: 'phone' } },
    { type: 'textarea', key: 'note', label: 'Note', validate: { minLength: 3 } },
  ],
};

const problemsOf = (input: Record<string, unknown>) => {
  try {
    validateSubmission(formFields(schema), input);
    return [];
  } catch (err) {
    return (err as FormInvalidError).problems.map((p) => p.field);
  }
};

describe('web form validation against form-js schemas', () => {
  it('flattens groups, skips display components, and returns clean values of known fields only', () => {
    assert.deepEqual(
      formFields(schema).map((f) => f.key),
      ['code', 'topics', 'agree', 'phone', 'note'],
    );
    const values = validateSubmission(formFields(schema), {
      code: ' ABC ',
      topics: ['a', 'b'],
      agree: 'false',
      phone: '+1 (555) 0100',
      unknown: 'x',
    });
    assert.deepEqual(values, { code: 'ABC', topics: ['a', 'b'], agree: false, phone: '+1 (555) 0100' });
  });

  it('matches patterns against the whole value and checks lists, booleans, phones and lengths', () => {
    assert.deepEqual(problemsOf({ code: 'ABCD' }), ['code']);
    assert.deepEqual(problemsOf({ code: 'ABC', topics: ['c'], agree: 'perhaps', phone: 'ring me', note: 'hi' }), [
      'topics',
      'agree',
      'phone',
      'note',
    ]);
    assert.deepEqual(problemsOf({}), ['code']);
  });

  it('refuses schemas without input fields, with keyless inputs, duplicate keys or bad patterns', () => {
    const bad = [
      {},
      { components: [{ type: 'text' }] },
      { components: [{ type: 'textfield' }] },
      {
        components: [
          { type: 'number', key: 'a' },
          { type: 'textfield', key: 'a' },
        ],
      },
      { components: [{ type: 'textfield', key: 'a', validate: { pattern: '(' } }] },
    ];
    for (const s of bad)
      assert.throws(
        () => formFields(s),
        (err: CrossdeskError) => err.code === 'BAD_USER_INPUT',
        JSON.stringify(s),
      );
  });
});
