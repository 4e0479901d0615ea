import { ExpressionError } from './expression-error.ts';

/** One lexical token of a JUEL-style expression. */
export interface Token {
  kind: 'num' | 'str' | 'id' | 'op' | 'eof';
  value: string;
  pos: number;
}

const OPERATORS = ['===', '!==', '==', '!=', '<=', '>=', '&&', '||', '<', '>', '+', '-', '*', '/', '%', '!', '?', ':', '.', '[', ']', '(', ')', ','];

function readString(src: string, start: number): { value: string; end: number } {
  const quote = src[start];
  let value = '';
  for (let i = start + 1; i < src.length; i++) {
    const c = src[i];
    if (c === '\\' && i + 1 < src.length) {
      value += src[++i];
    } else if (c === quote) {
      return { value, end: i + 1 };
    } else value += c;
  }
  throw new ExpressionError(`unterminated string starting at ${start}`, src, start);
}

/** Splits an expression body into tokens. */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(src.slice(i)) as RegExpExecArray;
      tokens.push({ kind: 'num', value: m[0], pos: i });
      i += m[0].length;
    } else if (c === "'" || c === '"') {
      const { value, end } = readString(src, i);
      tokens.push({ kind: 'str', value, pos: i });
      i = end;
    } else if (/[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(src.slice(i)) as RegExpExecArray;
      tokens.push({ kind: 'id', value: m[0], pos: i });
      i += m[0].length;
    } else {
      const op = OPERATORS.find((o) => src.startsWith(o, i));
      if (!op) throw new ExpressionError(`unexpected character "${c}" at ${i}`, src, i);
      tokens.push({ kind: 'op', value: op, pos: i });
      i += op.length;
    }
  }
  tokens.push({ kind: 'eof', value: '', pos: src.length });
  return tokens;
}
