import { strict as assert } from 'node:assert';
import {
  compileUserPattern,
  PatternInputTooLongError,
  PatternSyntaxError,
  patternProblem,
} from '../../../../engine/core/patterns/index.ts';

const LIMITS = { maxInputChars: 100_000 };

/** Runs `fn` and answers how long it took, in ms. */
function timed(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

describe('user patterns (RE2, linear time)', () => {
  it('runs the classic catastrophic patterns over long input in linear time', () => {
    const hostile = 'a'.repeat(50_000) + '!';
    for (const source of ['^(a+)+$', '^(a|a)*$', '(\\w+\\s?)*$', '^(a|aa)+$']) {
      const pattern = compileUserPattern(source, { ignoreCase: true }, LIMITS);
      // Backtracking engines need 2^50000 steps here; RE2 needs one pass (bound generous: 2 shared cores).
      const ms = timed(() => assert.equal(pattern.testWhole(hostile), false));
      assert.ok(ms < 1000, `${source} took ${ms} ms`);
    }
  });

  it('refuses what RE2 cannot run in linear time, saying why', () => {
    assert.throws(() => compileUserPattern('(a)\\1', {}, LIMITS), PatternSyntaxError);
    assert.match(patternProblem('(a)\\1') ?? '', /back-references/);
    assert.match(patternProblem('a(?=b)') ?? '', /\(\?=/);
    assert.match(patternProblem('(?<!x)y') ?? '', /unsupported|invalid/);
    assert.match(patternProblem('(a|aa){500}') ?? '', /at most 1000 are allowed/);
    assert.match(patternProblem('x'.repeat(1001)) ?? '', /longer than 1000/);
    assert.equal(patternProblem('^[A-Z]{3}-\\d{4}$'), null);
  });

  it('reads JavaScript syntax: \\u escapes, named groups, escaped slashes', () => {
    const p = compileUserPattern('^caf\\u00e9 (?<n>\\d+)\\/x$', { ignoreCase: true }, LIMITS);
    assert.equal(p.test('CAFÉ 42/x'), true);
  });

  it('replaces with $0-$9 and splits keeping empty strings (XPath semantics)', () => {
    const p = compileUserPattern('(\\w)(\\d)', {}, LIMITS);
    assert.equal(p.replaceAll('a1 b2', '$2$1[$0]\\$'), '1a[a1]$ 2b[b2]$');
    assert.deepEqual(compileUserPattern(',', {}, LIMITS).split('a,,b,'), ['a', '', 'b', '']);
  });

  it('refuses input beyond the limit instead of running on it', () => {
    const p = compileUserPattern('a', {}, { maxInputChars: 10 });
    assert.equal(p.test('x'.repeat(9) + 'a'), true);
    assert.throws(() => p.test('x'.repeat(11)), PatternInputTooLongError);
  });
});
