import { FeelFunction } from 'feelin';
import {
  compileUserPattern,
  PatternInputTooLongError,
  PatternSyntaxError,
  type PatternFlags,
  type PatternLimits,
  type UserPattern,
} from '../patterns/index.ts';

/** FEEL's regular-expression flags (`x` is not supported, as in feelin). */
function toFlags(flags: unknown): PatternFlags | null {
  if (flags === undefined || flags === null) return {};
  if (typeof flags !== 'string' || /[^ims]/.test(flags)) return null;
  return { ignoreCase: flags.includes('i'), multiline: flags.includes('m'), dotAll: flags.includes('s') };
}

/** What feelin's own builtins do with a bad argument: the invocation is null. */
const INVALID = null;

/**
 * Runs `use` on the compiled pattern, or yields null for arguments FEEL calls invalid (a non-string,
 * a pattern RE2 cannot compile, unknown flags). Input beyond the limit throws: the expression fails
 * (an incident on the instance) rather than silently taking another flow.
 */
function withPattern<T>(
  limits: PatternLimits,
  input: unknown,
  pattern: unknown,
  flags: unknown,
  use: (p: UserPattern, input: string) => T,
): T | null {
  const parsedFlags = toFlags(flags);
  if (typeof input !== 'string' || typeof pattern !== 'string' || !parsedFlags) return INVALID;
  let compiled: UserPattern;
  try {
    compiled = compileUserPattern(pattern, parsedFlags, limits);
  } catch (err) {
    if (err instanceof PatternSyntaxError) return INVALID;
    throw err;
  }
  try {
    return use(compiled, input);
  } catch (err) {
    if (err instanceof PatternInputTooLongError) throw new Error(`a pattern function: ${err.message}`);
    throw err;
  }
}

/**
 * FEEL `matches()`, `replace()` and `split()` on RE2 (linear time, bounded input) in place of
 * feelin's, which use JavaScript's backtracking RegExp: a process variable could otherwise stall the
 * server with `matches(x, "^(a+)+$")`. Passed in the evaluation context, where feelin looks before
 * its builtins; a process variable of the same name still wins, as it does over a builtin.
 */
export function makeFeelPatternFunctions(limits: PatternLimits): Record<string, FeelFunction> {
  return {
    matches: new FeelFunction(
      (input: unknown, pattern: unknown, flags?: unknown) =>
        withPattern(limits, input, pattern, flags, (p, text) => p.test(text)),
      ['input', 'pattern', 'flags'],
    ),
    replace: new FeelFunction(
      (input: unknown, pattern: unknown, replacement: unknown, flags?: unknown) =>
        typeof replacement !== 'string'
          ? INVALID
          : withPattern(limits, input, pattern, flags, (p, text) => p.replaceAll(text, replacement)),
      ['input', 'pattern', 'replacement', 'flags'],
    ),
    split: new FeelFunction(
      (input: unknown, delimiter: unknown) =>
        withPattern(limits, input, delimiter, undefined, (p, text) => p.split(text)),
      ['string', 'delimiter'],
    ),
  };
}
