import {
  evaluate,
  FeelDate,
  FeelDateTime,
  FeelDuration,
  FeelTime,
  parseExpression,
  SyntaxError as FeelSyntaxError,
} from 'feelin';
import type { PatternLimits } from '../patterns/index.ts';
import { ExpressionError } from './expression-error.ts';
import { makeFeelPatternFunctions } from './feel-patterns.ts';

/**
 * feelin's parser is error-tolerant: it builds a tree with error nodes instead of throwing, so a
 * syntax check walks the tree. This never evaluates anything.
 */
export function checkFeelSyntax(body: string, source: string, offset: number): void {
  let error: { from: number; to: number } | null = null;
  let tree;
  try {
    tree = parseExpression(body, {}, undefined);
  } catch (err) {
    throw new ExpressionError(`FEEL: ${(err as Error).message}`, source, offset);
  }
  tree.iterate({
    enter(node) {
      if (error) return false;
      if (node.type.isError) error = { from: node.from, to: node.to };
      return undefined;
    },
  });
  if (!body.trim()) error = { from: 0, to: 0 };
  if (!error) return;
  const { from, to } = error;
  const pos = offset + from;
  const what =
    from >= body.trimEnd().length
      ? 'incomplete FEEL expression'
      : `unexpected "${body.slice(from, Math.max(to, from + 1))}" in FEEL`;
  throw new ExpressionError(`${what} at position ${pos}`, source, pos);
}

const isPlain = (value: object) =>
  Array.isArray(value) || [Object.prototype, null].includes(Object.getPrototypeOf(value));
const DROP = Symbol('drop');

/**
 * The variables as FEEL may see them: data only. feelin calls a JavaScript function it finds in its
 * context (`=fn()`), so functions and class instances are left out. Copies only what must change;
 * JSON variables (the usual case) are passed as they are.
 */
function dataOnly(value: unknown, path: Set<object>, root = false): unknown {
  if (typeof value === 'function' || typeof value === 'symbol') return DROP;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if ((!root && !isPlain(value)) || path.has(value)) return DROP;
  path.add(value);
  let copy: any = null;
  for (const [key, item] of Object.entries(value)) {
    const kept = dataOnly(item, path);
    if (kept === item) continue;
    copy ??= Array.isArray(value) ? [...value] : { ...value };
    // defineProperty: a `__proto__` key from JSON must stay a key, not become the copy's prototype.
    if (kept !== DROP)
      Object.defineProperty(copy, key, { value: kept, enumerable: true, writable: true, configurable: true });
    else if (Array.isArray(copy)) copy[Number(key)] = null;
    else delete copy[key];
  }
  path.delete(value);
  return copy ?? value;
}

/** FEEL's temporal values become ISO-8601 text, which due dates, timers and stored variables understand. */
function fromFeel(value: unknown): unknown {
  if (
    value instanceof FeelDate ||
    value instanceof FeelTime ||
    value instanceof FeelDateTime ||
    value instanceof FeelDuration
  )
    return value.toString();
  if (Array.isArray(value)) return value.map(fromFeel);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromFeel(v)]));
  }
  return value;
}

/**
 * Evaluates FEEL (the text after `=`). feelin 8 answers `{ value, warnings }` and reports a missing
 * variable as a warning with the value null, so an unknown name in a condition is false, not an error.
 * Regular expressions (`matches`, `replace`, `split`) run on RE2 under `patterns`.
 */
export function evaluateFeel(
  body: string,
  variables: object,
  source: string,
  offset: number,
  patterns: PatternLimits,
): unknown {
  try {
    const context = { ...makeFeelPatternFunctions(patterns), ...(dataOnly(variables, new Set(), true) as object) };
    return fromFeel(evaluate(body, context).value);
  } catch (err) {
    const pos = err instanceof FeelSyntaxError ? offset + err.position.from : null;
    throw new ExpressionError(
      `FEEL: ${(err as Error).message}${pos === null ? '' : ` at position ${pos}`}`,
      source,
      pos,
    );
  }
}
