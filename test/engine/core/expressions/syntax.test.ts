import { strict as assert } from 'node:assert';
import {
  evaluateExpression as ev,
  ExpressionError,
  isExpression,
  parseExpression,
  validateExpression,
} from '../../../../engine/core/expressions/index.ts';
import { EXPRESSION_CACHE_LIMIT, expressionCacheSize } from '../../../../engine/core/expressions/parse-expression.ts';

describe('expression syntax', () => {
  it('reports errors with their position in the whole string, without evaluating', () => {
    const cases: [string, number, RegExp][] = [
      ['${amount >}', 10, /unexpected end of expression/],
      ['Case ${a b}', 9, /unexpected "b"/],
      ['${(1 + 2}', 8, /expected "\)" but found the end/],
      ['${a ? b}', 7, /expected ":"/],
      ['${a[}', 4, /unexpected end/],
      ['${}', 2, /empty expression/],
      ['${ @ }', 3, /unexpected character "@"/],
      ['x ${unclosed', 2, /"\$\{" at position 2 is never closed/],
      ['${a.}', 4, /expected a property name/],
      ['${a && && b}', 7, /unexpected "&&"/],
      ['${a + 1}${b +}', 13, /unexpected end/],
      ['=a +', 4, /incomplete FEEL expression/],
      ['=1 +* 2', 4, /unexpected "\*" in FEEL/],
      ['  =(a', 5, /incomplete FEEL/],
    ];
    for (const [src, position, message] of cases) {
      const err = validateExpression(src);
      assert.ok(err instanceof ExpressionError, `${src} should be invalid`);
      assert.equal(err.code, 'EXPRESSION_INVALID');
      assert.equal(err.expression, src);
      assert.equal(err.position, position, `${src}: ${err.message}`);
      assert.match(err.message, message);
      assert.match(err.message, new RegExp(`at position ${position}`));
      assert.deepEqual(err.fields, { expression: src, position });
    }
  });

  it('throws the same errors when evaluating and when parsing', () => {
    assert.throws(
      () => ev('${amount >}', {}),
      (err: any) => err instanceof ExpressionError && err.position === 10,
    );
    assert.throws(() => parseExpression('=a +'), ExpressionError);
  });

  it('accepts valid expressions', () => {
    for (const src of [
      '${a > 1}',
      '#{a}',
      'text ${a} text',
      '=a > 1 and b = "x"',
      'plain',
      '${a.b[c["d"]] ? -1 : empty e}',
      '${x.and}',
    ]) {
      assert.equal(validateExpression(src), null, src);
    }
  });

  it('parses into text, FEEL or templates', () => {
    assert.deepEqual(parseExpression('plain'), { kind: 'text', source: 'plain', text: 'plain' });
    const feel = parseExpression(' =a');
    assert.equal(feel.kind, 'feel');
    assert.equal(feel.kind === 'feel' && feel.body, 'a');
    const single = parseExpression(' ${a} ');
    assert.ok(single.kind === 'template' && single.single?.type === 'variable');
    const mixed = parseExpression('x ${a}');
    assert.ok(mixed.kind === 'template' && mixed.single === null && mixed.parts.length === 2);
    assert.equal(parseExpression('${a}'), parseExpression('${a}'), 'cached: the same object');
  });

  it('tells expressions from text', () => {
    assert.equal(isExpression('=x'), true);
    assert.equal(isExpression('  =x'), true);
    assert.equal(isExpression('${x}'), true);
    assert.equal(isExpression('a #{x} b'), true);
    assert.equal(isExpression('a = b'), false);
    assert.equal(isExpression('$ {x}'), false);
    assert.equal(isExpression('no'), false);
    assert.equal(isExpression(undefined), false);
    assert.equal(isExpression(42), false);
  });

  it('bounds its cache of parsed expressions, dropping the oldest', () => {
    const first = parseExpression('${cacheProbe + 0}');
    for (let i = 1; i <= EXPRESSION_CACHE_LIMIT + 50; i++) ev(`\${cacheProbe + ${i}}`, { cacheProbe: 1 });
    assert.equal(expressionCacheSize(), EXPRESSION_CACHE_LIMIT);
    assert.notEqual(parseExpression('${cacheProbe + 0}'), first, 'the oldest entry was evicted and is parsed anew');
    assert.equal(ev(`\${cacheProbe + ${EXPRESSION_CACHE_LIMIT}}`, { cacheProbe: 1 }), EXPRESSION_CACHE_LIMIT + 1);
  });
});
