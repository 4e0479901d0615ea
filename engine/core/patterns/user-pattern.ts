import { RE2JS } from 're2js';

/**
 * The one way user-written regular expressions run here (classification rules, intake-form
 * validation, FEEL `matches()`/`replace()`/`split()`): RE2 semantics through re2js, a pure-JS port of
 * RE2 whose matching time is linear in the input, so no pattern can backtrack exponentially
 * (`^(a+)+$`, `^(a|a)*$`). Patterns are written in JavaScript syntax and translated; what RE2 cannot
 * run in linear time (back-references, look-arounds) does not compile.
 */

/** Longest pattern accepted, in characters. */
export const MAX_PATTERN_CHARS = 1000;

/**
 * Largest compiled program accepted (re2js `programSize()`, about one instruction per character
 * matched, repetitions expanded). Matching costs input length times program size at worst; the cap
 * keeps `(a|aa){500}`-style expansions from making a linear-time match slow.
 */
export const MAX_PROGRAM_SIZE = 1000;

/** Limits a pattern runs under. */
export interface PatternLimits {
  /** Longest input a pattern is run on, in characters (`CROSSDESK_REGEX_MAX_INPUT`). */
  readonly maxInputChars: number;
}

/** The default limits, as config.ts defaults them. */
export const DEFAULT_PATTERN_LIMITS: PatternLimits = { maxInputChars: 20_000 };

/** Flags a user pattern may carry. */
export interface PatternFlags {
  ignoreCase?: boolean;
  multiline?: boolean;
  dotAll?: boolean;
}

/** A pattern that cannot run here: its text says why, for the designer. */
export class PatternSyntaxError extends Error {}

/** An input longer than `maxInputChars`: the caller decides (clip, refuse the field, fail the expression). */
export class PatternInputTooLongError extends Error {
  constructor(
    readonly length: number,
    readonly limit: number,
  ) {
    super(`the text is ${length} characters; patterns run on at most ${limit}`);
  }
}

/** A compiled user pattern; every method refuses input beyond the limit. */
export interface UserPattern {
  readonly source: string;
  /** Whether the pattern matches somewhere in the input. */
  test(input: string): boolean;
  /** Whether the pattern matches the whole input (HTML `pattern` semantics). */
  testWhole(input: string): boolean;
  /** Every match replaced; `$0`-`$9` name groups, `\$` and `\\` are literal (XPath `fn:replace`). */
  replaceAll(input: string, replacement: string): string;
  /** The input split around every match, empty strings kept. */
  split(input: string): string[];
}

function toFlags(flags: PatternFlags): number {
  return (
    (flags.ignoreCase ? RE2JS.CASE_INSENSITIVE : 0) |
    (flags.multiline ? RE2JS.MULTILINE : 0) |
    (flags.dotAll ? RE2JS.DOTALL : 0)
  );
}

function compile(source: string, flags: PatternFlags): RE2JS {
  if (source.length > MAX_PATTERN_CHARS)
    throw new PatternSyntaxError(`the pattern is longer than ${MAX_PATTERN_CHARS} characters`);
  let re: RE2JS;
  try {
    re = RE2JS.compile(RE2JS.translateRegExp(source), toFlags(flags));
  } catch (err) {
    const why = String((err as Error).message ?? err).replace(/^error parsing regexp: /, '');
    throw new PatternSyntaxError(`${why} (back-references and look-arounds are not supported)`);
  }
  if (re.programSize() > MAX_PROGRAM_SIZE)
    throw new PatternSyntaxError(
      `the pattern expands to ${re.programSize()} instructions; at most ${MAX_PROGRAM_SIZE} are allowed (use smaller repetition counts)`,
    );
  return re;
}

/**
 * Compiles a user pattern under limits; throws PatternSyntaxError when it cannot run here. Cheap
 * (tens of microseconds), so callers compile per use and keep nothing.
 */
export function compileUserPattern(source: string, flags: PatternFlags, limits: PatternLimits): UserPattern {
  const re = compile(source, flags);
  const bounded = (input: string) => {
    if (input.length > limits.maxInputChars) throw new PatternInputTooLongError(input.length, limits.maxInputChars);
    return input;
  };
  return {
    source,
    test: (input) => re.test(bounded(input)),
    testWhole: (input) => re.testExact(bounded(input)),
    replaceAll: (input, replacement) => re.matcher(bounded(input)).replaceAll(replacement, true),
    split: (input) => re.split(bounded(input), -1),
  };
}

/** Why a pattern cannot run here, or null when it can (for reporting stored patterns). */
export function patternProblem(source: string, flags: PatternFlags = {}): string | null {
  try {
    compile(source, flags);
    return null;
  } catch (err) {
    if (err instanceof PatternSyntaxError) return err.message;
    throw err;
  }
}
