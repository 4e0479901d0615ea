import { evaluate as feelEvaluate } from 'feelin';
import { compile } from './compile.ts';
import { ExpressionError } from './expression-error.ts';
import { interpret } from './interpret.ts';

/** True if the text is an expression (`=FEEL`, or contains `${...}` / `#{...}`). */
export function isExpression(text: unknown): text is string {
  return typeof text === 'string' && (text.startsWith('=') || /[$#]\{/.test(text));
}

function evaluateFeel(source: string, vars: Record<string, unknown>, original: string): unknown {
  try {
    const result = feelEvaluate(source, vars) as unknown;
    return result && typeof result === 'object' && 'value' in (result as object) ? (result as { value: unknown }).value : result;
  } catch (err) {
    throw new ExpressionError(`FEEL: ${(err as Error).message}`, original);
  }
}

/**
 * Evaluates an expression against variables. A string that is exactly one `${...}` yields the value
 * with its type; text mixed with expressions yields a string; `=...` is FEEL; other text is returned
 * as it is.
 */
export function evaluateExpression(source: string, vars: Record<string, unknown>): unknown {
  if (!isExpression(source)) return source;
  const compiled = compile(source);
  if (compiled.kind === 'feel') return evaluateFeel(compiled.source, vars, source);
  if (compiled.single) return interpret(compiled.parts[0] as Exclude<(typeof compiled.parts)[0], string>, vars, source);
  return compiled.parts.map((p) => (typeof p === 'string' ? p : (interpret(p, vars, source) ?? ''))).join('');
}

/** Checks an expression's syntax without evaluating it; returns the error or null. */
export function validateExpression(source: string): ExpressionError | null {
  try {
    const compiled = compile(source);
    // FEEL has no side effects, and feelin's parser is error-tolerant: evaluating against no variables
    // is how a syntax error shows.
    if (compiled.kind === 'feel') feelEvaluate(compiled.source, {});
    return null;
  } catch (err) {
    if (err instanceof ExpressionError) return err;
    return new ExpressionError(`FEEL: ${(err as Error).message}`, source);
  }
}
