import { DEFAULT_PATTERN_LIMITS, type PatternLimits } from '../patterns/index.ts';
import { ExpressionError } from './expression-error.ts';
import { evaluateFeel } from './feel.ts';
import { interpret, type Scope } from './interpret.ts';
import { isExpression, parseExpression, type ParsedExpression } from './parse-expression.ts';

// Text in a template: JUEL's coercion to String, but lists read as `a,b` (candidate lists split them
// again) and objects as JSON rather than `[object Object]`.
function toText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toText).join(',');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Evaluates a parsed expression in a scope; shared by the plain API and the bpmn-engine adapter. */
export function evaluateParsed(parsed: ParsedExpression, scope: Scope): unknown {
  if (parsed.kind === 'text') return parsed.text;
  if (parsed.kind === 'feel')
    return evaluateFeel(
      parsed.body,
      scope.variables,
      parsed.source,
      parsed.offset,
      scope.patterns ?? DEFAULT_PATTERN_LIMITS,
    );
  if (parsed.single) return interpret(parsed.single, scope, parsed.source);
  return parsed.parts
    .map((part) => (typeof part === 'string' ? part : toText(interpret(part, scope, parsed.source))))
    .join('');
}

/**
 * Evaluates an expression string against variables, reading nothing else.
 * - `=...` is FEEL;
 * - exactly one `${...}` or `#{...}` (whitespace around it allowed) yields the value with its type;
 * - text mixed with expressions yields a string, null and undefined becoming '';
 * - anything else is returned as it is.
 * A missing variable reads as undefined. Throws ExpressionError for syntax errors, a method call,
 * a forbidden property (`constructor`, `__proto__`, `prototype`) or an object used as a number.
 */
export function evaluateExpression(
  source: string,
  variables: Record<string, unknown>,
  patterns: PatternLimits = DEFAULT_PATTERN_LIMITS,
): unknown {
  if (!isExpression(source)) return source;
  return evaluateParsed(parseExpression(source), { variables: variables ?? {}, patterns });
}

/**
 * Checks an expression's syntax without evaluating it (deployment validation runs it on every
 * expression of a model). Returns the error, with its position, or null.
 */
export function validateExpression(source: string): ExpressionError | null {
  try {
    parseExpression(source);
    return null;
  } catch (err) {
    if (err instanceof ExpressionError) return err;
    throw err;
  }
}
