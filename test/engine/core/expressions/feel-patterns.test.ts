import { strict as assert } from 'node:assert';
import {
  evaluateExpression as ev,
  ExpressionError,
  makeBpmnExpressions,
} from '../../../../engine/core/expressions/index.ts';

const timed = (fn: () => unknown): number => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};

describe('FEEL matches(), replace() and split() on process variables', () => {
  it('given catastrophic patterns in variables, then they run in linear time over long text', () => {
    for (const length of [31, 19_000]) {
      const vars = { text: 'a'.repeat(length) + '!', p1: '^(a+)+$', p2: '^(a|a)*$' };
      for (const expression of ['=matches(text, p1)', '=matches(text, p2)', '=replace(text, p2, "x")']) {
        const ms = timed(() => ev(expression, vars));
        assert.ok(ms < 1000, `${expression} over ${length + 1} characters took ${ms} ms`);
      }
      const bpmn = makeBpmnExpressions();
      const ms = timed(() =>
        assert.equal(bpmn.resolveExpression('=matches(text, p1)', { environment: { variables: vars } }), false),
      );
      assert.ok(ms < 1000, `a sequence-flow condition over ${length + 1} characters took ${ms} ms`);
    }
  });

  it('keeps FEEL semantics: flags, $0-$9 replacements, split keeping empty strings, null for invalid arguments', () => {
    assert.equal(ev('=matches("Refund", "^refund$", "i")', {}), true);
    assert.equal(ev('=matches("Refund", "^refund$")', {}), false);
    assert.equal(ev('=matches(two, "^b$", "m")', { two: 'a\nb' }), true);
    assert.equal(ev('=replace("abc", "(b)", "[$1$0]")', {}), 'a[bb]c');
    assert.deepEqual(ev('=split("a,,b", ",")', {}), ['a', '', 'b']);
    assert.equal(ev('=matches("aa", "(a)\\1")', {}), null, 'a back-reference is an invalid pattern: null');
    assert.equal(ev('=matches(5, "5")', {}), null);
    assert.equal(ev('=matches("a", "a", "q")', {}), null, 'unknown flag');
  });

  it('lets a variable of the same name shadow the function, as it shadows a builtin', () => {
    assert.equal(ev('=matches', { matches: 'mine' }), 'mine');
  });

  it('fails the expression, instead of guessing, when the text is beyond the pattern input limit', () => {
    const text = 'x'.repeat(30_000);
    assert.throws(
      () => ev('=matches(text, "x$")', { text }),
      (err: unknown) => {
        assert.ok(err instanceof ExpressionError);
        assert.match(err.message, /at most 20000/);
        return true;
      },
    );
    assert.equal(ev('=matches(text, "x$")', { text }, { maxInputChars: 50_000 }), true);
  });
});
