import { strict as assert } from 'node:assert';
import { COMPILE_CACHE_LIMIT, compiledCacheSize, evaluateExpression as ev, isExpression, validateExpression } from '../../../engine/expressions/index.ts';

const vars = { amount: 1500, tier: 'gold', approved: true, rejected: false, customer: { name: 'Ada', tags: ['vip'] }, items: [], n: null, map: { 'a-b': 3 } };

describe('expressions', () => {
  it('evaluates Camunda short form with every operator and its precedence', () => {
    assert.equal(ev("${amount > 1000 && tier == 'gold'}", vars), true);
    assert.equal(ev('${!approved}', vars), false);
    assert.equal(ev('${not rejected and approved}', vars), true);
    assert.equal(ev('${amount gt 2000 or tier eq "gold"}', vars), true);
    assert.equal(ev('${1 + 2 * 3}', vars), 7);
    assert.equal(ev('${(1 + 2) * 3}', vars), 9);
    assert.equal(ev('${10 div 4}', vars), 2.5);
    assert.equal(ev('${10 mod 4}', vars), 2);
    assert.equal(ev('${-amount < 0}', vars), true);
    assert.equal(ev('${amount >= 1500 && amount <= 1500 && amount != 1}', vars), true);
    assert.equal(ev('${amount ge 1500 && amount le 1500 && amount ne 1 && amount lt 2000}', vars), true);
    assert.equal(ev("${amount > 1000 ? 'high' : 'low'}", vars), 'high');
  });

  it('reads paths, indexes and map keys, and yields undefined for what is not there', () => {
    assert.equal(ev('${customer.name}', vars), 'Ada');
    assert.equal(ev('${customer.tags[0]}', vars), 'vip');
    assert.equal(ev("${map['a-b']}", vars), 3);
    assert.equal(ev('${customer.missing.deeper}', vars), undefined);
    assert.equal(ev('${nobody}', vars), undefined);
  });

  it('tests emptiness and keeps types for whole expressions but builds strings for templates', () => {
    assert.equal(ev('${empty items}', vars), true);
    assert.equal(ev('${empty n}', vars), true);
    assert.equal(ev('${empty customer}', vars), false);
    assert.equal(ev('${amount}', vars), 1500);
    assert.equal(ev('Case for ${customer.name} (${amount}) ${nobody}', vars), 'Case for Ada (1500) ');
    assert.equal(ev('#{tier}', vars), 'gold');
    assert.equal(ev('plain text', vars), 'plain text');
    assert.equal(ev("${'a}b'}", vars), 'a}b');
  });

  it('evaluates FEEL after "="', () => {
    assert.equal(ev('=amount > 1000 and tier = "gold"', vars), true);
    assert.equal(ev('=customer.name', vars), 'Ada');
    assert.equal(isExpression('=x'), true);
    assert.equal(isExpression('no'), false);
  });

  it('reaches nothing but the variables: no prototypes, constructors, functions or globals', () => {
    for (const src of ["${constructor.constructor('return process')()}", '${customer.constructor}', '${__proto__}', '${customer.__proto__.polluted}']) {
      assert.throws(() => ev(src, vars), (err: any) => err.code === 'EXPRESSION_INVALID', src);
    }
    assert.equal(ev('${process}', vars), undefined);
    assert.equal(ev('${toString}', vars), undefined);
    assert.equal(ev('${customer.name.length}', vars), undefined);
    assert.throws(() => ev('${customer.name.toUpperCase()}', vars), /calls are not supported/);
  });

  it('reports syntax errors with their position without evaluating', () => {
    const err = validateExpression('${amount >}');
    assert.equal(err?.code, 'EXPRESSION_INVALID');
    assert.equal(err?.position, 8);
    assert.ok(validateExpression('${a ? b}'));
    assert.ok(validateExpression('${unclosed'));
    assert.ok(validateExpression('=a +'));
    assert.equal(validateExpression('${a > 1}'), null);
  });

  it('bounds its cache of parsed expressions', () => {
    for (let i = 0; i < COMPILE_CACHE_LIMIT + 50; i++) ev(`\${amount + ${i}}`, vars);
    assert.equal(compiledCacheSize(), COMPILE_CACHE_LIMIT);
  });
});
