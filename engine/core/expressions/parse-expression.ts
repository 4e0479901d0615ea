import { ExpressionError } from './expression-error.ts';
import { checkFeelSyntax } from './feel.ts';
import { parseBody, type Node } from './parse.ts';

/**
 * A parsed expression string: plain text, FEEL (checked, kept as source: feelin takes no trees), or
 * a template of text and `${...}` bodies. `single` is set when the string is one body, possibly
 * surrounded by whitespace (XML condition bodies often are), so its value keeps its type.
 */
export type ParsedExpression =
  | { kind: 'text'; source: string; text: string }
  | { kind: 'feel'; source: string; body: string; offset: number }
  | { kind: 'template'; source: string; parts: (string | Node)[]; single: Node | null };

/** How many parsed expressions are kept; beyond it the oldest goes. */
export const EXPRESSION_CACHE_LIMIT = 5000;
const cache = new Map<string, ParsedExpression>();
// Per `${...}` body or FEEL text (surrounding template text is free: mail bodies may be long). Keeps
// parsing of a hostile model cheap: feelin needs ~100 ms for 10,000 characters, seconds for 100,000.
const MAX_BODY = 10_000;

function checkLength(body: string, source: string, offset: number): void {
  if (body.length > MAX_BODY)
    throw new ExpressionError(`expression at position ${offset} is longer than ${MAX_BODY} characters`, source, offset);
}

/** True for FEEL (`=` first, after any whitespace) or text containing `${` or `#{`. */
export function isExpression(text: unknown): text is string {
  return typeof text === 'string' && (/^\s*=/.test(text) || /[$#]\{/.test(text));
}

// The `}` closing a body that starts at `start`; a `}` inside a quoted string does not count.
function closing(source: string, start: number): number {
  let quote: string | null = null;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '}') return i;
  }
  const open = start - 2;
  throw new ExpressionError(`"${source.slice(open, start)}" at position ${open} is never closed`, source, open);
}

function parseTemplate(source: string): ParsedExpression {
  const parts: (string | Node)[] = [];
  const opening = /\\?[$#]\{/g;
  let text = '';
  let from = 0;
  for (let m = opening.exec(source); m; m = opening.exec(source)) {
    text += source.slice(from, m.index);
    from = opening.lastIndex;
    // `\${` is JUEL's way to write the characters themselves.
    if (m[0].startsWith('\\')) {
      text += m[0].slice(1);
      continue;
    }
    const end = closing(source, from);
    if (text) parts.push(text);
    text = '';
    const body = source.slice(from, end);
    checkLength(body, source, from);
    parts.push(parseBody(body, source, from));
    from = opening.lastIndex = end + 1;
  }
  text += source.slice(from);
  if (text) parts.push(text);
  const nodes = parts.filter((p): p is Node => typeof p !== 'string');
  if (nodes.length === 0) return { kind: 'text', source, text };
  const single = nodes.length === 1 && parts.every((p) => typeof p !== 'string' || !p.trim()) ? nodes[0] : null;
  return { kind: 'template', source, parts, single };
}

function parseUncached(source: string): ParsedExpression {
  const feel = /^\s*=/.exec(source);
  if (feel) {
    const offset = feel[0].length;
    const body = source.slice(offset);
    checkLength(body, source, offset);
    checkFeelSyntax(body, source, offset);
    return { kind: 'feel', source, body, offset };
  }
  return parseTemplate(source);
}

/**
 * Parses an expression string, or throws an ExpressionError naming the position. Results are
 * cached by source: the same few conditions and attributes are evaluated on every command.
 */
export function parseExpression(source: string): ParsedExpression {
  const hit = cache.get(source);
  if (hit) return hit;
  const parsed = parseUncached(source);
  cache.set(source, parsed);
  if (cache.size > EXPRESSION_CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  return parsed;
}

/** Number of cached parsed expressions, for tests of the bound. */
export function expressionCacheSize(): number {
  return cache.size;
}
