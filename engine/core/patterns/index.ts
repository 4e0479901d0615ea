/** User-written regular expressions, run in linear time (see user-pattern.ts). */
export {
  compileUserPattern,
  patternProblem,
  PatternInputTooLongError,
  PatternSyntaxError,
  DEFAULT_PATTERN_LIMITS,
  MAX_PATTERN_CHARS,
  MAX_PROGRAM_SIZE,
  type PatternFlags,
  type PatternLimits,
  type UserPattern,
} from './user-pattern.ts';
