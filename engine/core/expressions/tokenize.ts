import { ExpressionError } from './expression-error.ts';

/** One lexical token of a `${...}` body. `pos` is an offset into the whole source string. */
export interface Token {
  kind: 'num' | 'str' | 'id' | 'op' | 'eof';
  value: string;
  pos: number;
}

// Longest first, so `<=` is not read as `<` then `=`.
const OPERATORS = [
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '<',
  '>',
  '+',
  '-',
  '*',
  '/',
  '%',
  '!',
  '?',
  ':',
  '.',
  '[',
  ']',
  '(',
  ')',
  ',',
];
const NUMBER = /(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?/y;
// Java identifiers may hold any letter, so Unicode variable names work as in Camunda.
const IDENTIFIER = /[\p{L}_$][\p{L}\p{N}_$]*/uy;
const SPACE = /\s/;
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r' };

function readString(body: string, start: number, source: string, offset: number): { value: string; end: number } {
  const quote = body[start];
  let value = '';
  for (let i = start + 1; i < body.length; i++) {
    const c = body[i];
    if (c === '\\' && i + 1 < body.length) {
      const next = body[++i];
      value += ESCAPES[next] ?? next;
    } else if (c === quote) {
      return { value, end: i + 1 };
    } else value += c;
  }
  throw new ExpressionError(`unterminated string at position ${offset + start}`, source, offset + start);
}

function match(pattern: RegExp, body: string, at: number): string | null {
  pattern.lastIndex = at;
  return pattern.exec(body)?.[0] ?? null;
}

/**
 * Splits an expression body into tokens. `offset` is where the body starts in `source`, so every
 * position (in tokens and errors) refers to the string the author wrote.
 */
export function tokenize(body: string, source: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (SPACE.test(c)) {
      i++;
      continue;
    }
    const pos = offset + i;
    const number = match(NUMBER, body, i);
    if (number) {
      tokens.push({ kind: 'num', value: number, pos });
      i += number.length;
    } else if (c === "'" || c === '"') {
      const { value, end } = readString(body, i, source, offset);
      tokens.push({ kind: 'str', value, pos });
      i = end;
    } else {
      const word = match(IDENTIFIER, body, i);
      const value = word ?? OPERATORS.find((o) => body.startsWith(o, i));
      if (!value) throw new ExpressionError(`unexpected character "${c}" at position ${pos}`, source, pos);
      tokens.push({ kind: word ? 'id' : 'op', value, pos });
      i += value.length;
    }
  }
  tokens.push({ kind: 'eof', value: '', pos: offset + body.length });
  return tokens;
}
