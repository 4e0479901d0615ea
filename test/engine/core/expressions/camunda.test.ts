import { strict as assert } from 'node:assert';
import { evaluateExpression as ev } from '../../../../engine/core/expressions/index.ts';

const vars = {
  amount: 1500,
  tier: 'gold',
  approved: true,
  rejected: false,
  zero: 0,
  text: 'Ada',
  numeric: '42',
  nothing: null,
  customer: { name: 'Ada', tags: ['vip', 'eu'], address: { city: 'Lyon' } },
  items: [],
  orders: [{ id: 'o-1', total: 20 }],
  map: { 'a-b': 3, 'with space': 'yes' },
  flags: { and: 'word-named property' },
};

describe('Camunda short form: operators', () => {
  it('applies comparisons in symbol and word form', () => {
    const cases: [string, boolean][] = [
      ['${amount == 1500}', true],
      ['${amount eq 1500}', true],
      ['${amount != 1500}', false],
      ['${amount ne 1}', true],
      ['${amount < 2000}', true],
      ['${amount lt 1500}', false],
      ['${amount > 1000}', true],
      ['${amount gt 1500}', false],
      ['${amount <= 1500}', true],
      ['${amount le 1499}', false],
      ['${amount >= 1500}', true],
      ['${amount ge 1501}', false],
      ["${tier == 'gold'}", true],
      ['${tier == "silver"}', false],
      ["${'abc' < 'abd'}", true],
    ];
    for (const [src, expected] of cases) assert.equal(ev(src, vars), expected, src);
  });

  it('applies logic in symbol and word form, short-circuiting', () => {
    assert.equal(ev("${amount > 1000 && tier == 'gold'}", vars), true);
    assert.equal(ev('${approved and rejected}', vars), false);
    assert.equal(ev('${rejected || approved}', vars), true);
    assert.equal(ev('${rejected or rejected}', vars), false);
    assert.equal(ev('${!approved}', vars), false);
    assert.equal(ev('${not rejected}', vars), true);
    // the right side would fail (an object as a number) if it were evaluated
    assert.equal(ev('${rejected && customer * 2}', vars), false);
    assert.equal(ev('${approved || customer * 2}', vars), true);
  });

  it('does arithmetic in symbol and word form', () => {
    assert.equal(ev('${1 + 2}', vars), 3);
    assert.equal(ev('${amount - 500}', vars), 1000);
    assert.equal(ev('${amount * 2}', vars), 3000);
    assert.equal(ev('${10 / 4}', vars), 2.5);
    assert.equal(ev('${10 div 4}', vars), 2.5);
    assert.equal(ev('${10 % 4}', vars), 2);
    assert.equal(ev('${10 mod 4}', vars), 2);
    assert.equal(ev('${-amount}', vars), -1500);
    assert.equal(ev('${- -3}', vars), 3);
    assert.equal(ev('${1.5e2 + .5}', vars), 150.5);
  });

  it('respects JUEL precedence and parentheses', () => {
    assert.equal(ev('${1 + 2 * 3}', vars), 7);
    assert.equal(ev('${(1 + 2) * 3}', vars), 9);
    assert.equal(ev('${10 - 4 - 3}', vars), 3, 'left-associative');
    assert.equal(ev('${2 * 3 % 4}', vars), 2);
    assert.equal(ev('${1 + 2 == 3}', vars), true, 'arithmetic before equality');
    assert.equal(ev('${1 < 2 == true}', vars), true, 'relational before equality');
    assert.equal(ev('${rejected && rejected || approved}', vars), true, '&& before ||');
    assert.equal(ev('${approved || rejected && rejected}', vars), true);
    assert.equal(ev('${!rejected && approved}', vars), true, '! binds tighter than &&');
    assert.equal(ev('${-2 * 3}', vars), -6);
    assert.equal(ev('${not amount > 1000}', vars), false, 'not applies to the operand: (not 1500) > 1000');
  });

  it('evaluates the ternary, right-associative and lazily', () => {
    assert.equal(ev("${amount > 1000 ? 'high' : 'low'}", vars), 'high');
    assert.equal(ev("${amount > 5000 ? 'high' : amount > 1000 ? 'mid' : 'low'}", vars), 'mid');
    assert.equal(ev('${approved ? amount : customer * 2}', vars), 1500);
    assert.equal(ev('${(rejected ? 1 : 2) + 1}', vars), 3);
  });

  it('coerces like JUEL: numeric strings, null as 0, null equal only to null', () => {
    assert.equal(ev('${numeric == 42}', vars), true);
    assert.equal(ev('${numeric + 1}', vars), 43);
    assert.equal(ev('${nothing + 1}', vars), 1);
    assert.equal(ev('${nothing == null}', vars), true);
    assert.equal(ev('${missing == null}', vars), true);
    assert.equal(ev('${zero == null}', vars), false);
    assert.equal(ev("${approved == 'true'}", vars), true);
    assert.equal(ev('${nothing < 1}', vars), false);
    assert.equal(ev('${customer == customer}', vars), true);
    assert.equal(ev("${'Case ' + amount}", vars), 'Case 1500', '+ concatenates non-numeric text');
  });

  it('uses JavaScript truthiness, as bpmn-elements does for a condition result', () => {
    assert.equal(ev('${!zero}', vars), true);
    assert.equal(ev('${!text}', vars), false);
    assert.equal(ev('${!missing}', vars), true);
    assert.equal(ev("${zero ? 'y' : 'n'}", vars), 'n');
  });

  it('tests emptiness of null, undefined, text, lists and objects', () => {
    assert.equal(ev('${empty items}', vars), true);
    assert.equal(ev('${empty nothing}', vars), true);
    assert.equal(ev('${empty missing}', vars), true);
    assert.equal(ev("${empty ''}", vars), true);
    assert.equal(ev('${empty customer.tags}', vars), false);
    assert.equal(ev('${empty customer}', vars), false);
    assert.equal(ev('${empty customer.address.zip}', vars), true);
    assert.equal(ev('${empty zero}', vars), false);
    assert.equal(ev('${not empty items || approved}', vars), true);
    assert.equal(ev('${!empty customer.tags && approved}', vars), true);
  });
});

describe('Camunda short form: paths', () => {
  it('reads properties, indexes and map keys', () => {
    assert.equal(ev('${customer.name}', vars), 'Ada');
    assert.equal(ev('${customer.address.city}', vars), 'Lyon');
    assert.equal(ev('${customer.tags[1]}', vars), 'eu');
    assert.equal(ev('${orders[0].total * 2}', vars), 40);
    assert.equal(ev("${map['a-b']}", vars), 3);
    assert.equal(ev('${map["with space"]}', vars), 'yes');
    assert.equal(ev("${customer['na' + 'me']}", vars), 'Ada');
    assert.equal(ev('${customer.tags[orders[0].total - 20]}', vars), 'vip');
    assert.equal(ev('${flags.and}', vars), 'word-named property');
    assert.deepEqual(ev('${customer.tags}', vars), ['vip', 'eu']);
    assert.equal(ev('${items.length}', vars), 0);
  });

  it('yields undefined, not an error, for what is not there', () => {
    assert.equal(ev('${nobody}', vars), undefined);
    assert.equal(ev('${customer.missing.deeper[0]}', vars), undefined);
    assert.equal(ev('${customer.tags[7]}', vars), undefined);
    assert.equal(ev('${nothing.name}', vars), undefined);
    assert.equal(ev('${amount > 1000}', {}), false);
    assert.equal(ev('${nobody}', undefined as any), undefined);
  });
});

describe('Camunda short form: templates', () => {
  it('keeps the type of a lone expression, allowing whitespace around it', () => {
    assert.equal(ev('${amount}', vars), 1500);
    assert.equal(ev('${approved}', vars), true);
    assert.deepEqual(ev('${customer.address}', vars), { city: 'Lyon' });
    assert.equal(ev('\n   ${amount > 1000}\n ', vars), true);
    assert.equal(ev('${nothing}', vars), null);
  });

  it('builds text from text mixed with expressions', () => {
    assert.equal(ev('Case ${amount} for ${customer.name}', vars), 'Case 1500 for Ada');
    assert.equal(ev('group-${tier}', vars), 'group-gold');
    assert.equal(ev('${tier}${amount}', vars), 'gold1500');
    assert.equal(ev('[${nobody}|${nothing}]', vars), '[|]');
    assert.equal(ev('tags: ${customer.tags}', vars), 'tags: vip,eu');
    assert.equal(ev('is ${approved}', vars), 'is true');
  });

  it('accepts the deferred #{...} form and returns text without expressions as it is', () => {
    assert.equal(ev('#{tier}', vars), 'gold');
    assert.equal(ev('#{amount} and ${tier}', vars), '1500 and gold');
    assert.equal(ev('plain text', vars), 'plain text');
    assert.equal(ev('costs $5 {net}', vars), 'costs $5 {net}');
    assert.equal(ev('', vars), '');
  });

  it('finds the closing brace past braces inside strings, and honours \\${ as literal text', () => {
    assert.equal(ev("${'a}b'}", vars), 'a}b');
    assert.equal(ev("${\"it's\" + ' }'}", vars), "it's }");
    assert.equal(ev('\\${tier} is ${tier}', vars), '${tier} is gold');
  });
});
