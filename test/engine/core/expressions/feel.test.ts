import { strict as assert } from 'node:assert';
import { evaluateExpression as ev, ExpressionError } from '../../../../engine/core/expressions/index.ts';

const vars = {
  amount: 1500,
  tier: 'gold',
  customer: { name: 'Ada', tags: ['vip', 'eu'] },
  items: [3, 4, 5],
  created: '2024-01-01T10:00:00Z',
};

describe('FEEL after "="', () => {
  it('evaluates conditions and values', () => {
    assert.equal(ev('=amount > 1000 and tier = "gold"', vars), true);
    assert.equal(ev('=amount > 1000 and tier = "silver"', vars), false);
    assert.equal(ev('=customer.name', vars), 'Ada');
    assert.equal(ev('=customer.tags[1]', vars), 'vip', 'FEEL lists count from 1');
    assert.equal(ev('=sum(items)', vars), 12);
    assert.equal(ev('=if amount > 1000 then "high" else "low"', vars), 'high');
    assert.deepEqual(ev('=for i in items return i * 2', vars), [6, 8, 10]);
    assert.deepEqual(ev('={a: 1, b: [amount]}', vars), { a: 1, b: [1500] });
    assert.equal(ev('= "group-" + tier', vars), 'group-gold');
    assert.equal(ev('  =amount', vars), 1500, 'whitespace before = is allowed');
  });

  it('answers null, not an error, for what is not there', () => {
    assert.equal(ev('=missing', vars), null);
    assert.equal(ev('=missing > 3', vars), null);
    assert.equal(ev('=customer.nope.deeper', vars), null);
  });

  it('turns dates and durations into ISO-8601 text', () => {
    assert.equal(ev('=date("2024-01-31")', vars), '2024-01-31');
    assert.equal(ev('=duration("PT15M")', vars), 'PT15M');
    assert.equal(ev('=date and time(created) + duration("P2D")', vars), '2024-01-03T10:00:00Z');
    assert.deepEqual(ev('=[date("2024-01-01")]', vars), ['2024-01-01']);
  });

  it('reports syntax errors as ExpressionError with the position in the whole string', () => {
    assert.throws(
      () => ev('=amount >', vars),
      (err: any) =>
        err instanceof ExpressionError &&
        err.code === 'EXPRESSION_INVALID' &&
        err.position === 9 &&
        err.expression === '=amount >',
    );
    assert.throws(
      () => ev('=', vars),
      (err: any) => err instanceof ExpressionError && err.position === 1,
    );
  });
});
