import { ExpressionError } from './expression-error.ts';
import { parseBody, type Node } from './parse.ts';

/** A compiled expression: literal text parts and parsed `${...}` parts, or FEEL source. */
export type Compiled = { kind: 'feel'; source: string } | { kind: 'template'; parts: (string | Node)[]; single: boolean };

const CACHE_LIMIT = 5000;
const cache = new Map<string, Compiled>();

// Finds the `}` that closes an expression opened at `start`, skipping quoted strings.
function closing(src: string, start: number): number {
  let quote: string | null = null;
  for (let i = start; i < src.length; i++) {
    const c = src[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '}') return i;
  }
  throw new ExpressionError(`unclosed expression starting at ${start - 2}`, src, start - 2);
}

function compileTemplate(src: string): Compiled {
  const parts: (string | Node)[] = [];
  let i = 0;
  while (i < src.length) {
    const open = src.slice(i).search(/[$#]\{/);
    if (open < 0) {
      parts.push(src.slice(i));
      break;
    }
    if (open > 0) parts.push(src.slice(i, i + open));
    const bodyStart = i + open + 2;
    const end = closing(src, bodyStart);
    parts.push(parseBody(src.slice(bodyStart, end)));
    i = end + 1;
  }
  return { kind: 'template', parts, single: parts.length === 1 && typeof parts[0] !== 'string' };
}

/**
 * Compiles an expression string, cached: the same conditions are evaluated on every command, and
 * parsing is the expensive half. The cache is bounded (oldest entry evicted first).
 */
export function compile(src: string): Compiled {
  const hit = cache.get(src);
  if (hit) return hit;
  const compiled: Compiled = src.startsWith('=') ? { kind: 'feel', source: src.slice(1) } : compileTemplate(src);
  cache.set(src, compiled);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return compiled;
}

/** Number of cached compiled expressions (for tests of the bound). */
export function compiledCacheSize(): number {
  return cache.size;
}

export const COMPILE_CACHE_LIMIT = CACHE_LIMIT;
