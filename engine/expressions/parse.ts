import { ExpressionError } from './expression-error.ts';
import { tokenize, type Token } from './tokenize.ts';

/** Syntax tree of an expression. */
export type Node =
  | { type: 'lit'; value: unknown }
  | { type: 'var'; name: string }
  | { type: 'member'; object: Node; property: Node; computed: boolean }
  | { type: 'unary'; op: string; arg: Node }
  | { type: 'binary'; op: string; left: Node; right: Node }
  | { type: 'cond'; test: Node; then: Node; else: Node };

// JUEL's word operators mean the same as their symbols.
const WORDS: Record<string, string> = { and: '&&', or: '||', not: '!', eq: '==', ne: '!=', lt: '<', gt: '>', le: '<=', ge: '>=', div: '/', mod: '%' };
const BINARY: Record<string, number> = { '||': 1, '&&': 2, '==': 3, '!=': 3, '===': 3, '!==': 3, '<': 4, '>': 4, '<=': 4, '>=': 4, '+': 5, '-': 5, '*': 6, '/': 6, '%': 6 };
const LITERALS: Record<string, unknown> = { true: true, false: false, null: null };

/** Parses one expression body (the text inside `${...}`). */
export function parseBody(src: string): Node {
  const tokens = tokenize(src).map((t) => (t.kind === 'id' && Object.hasOwn(WORDS, t.value) ? { ...t, kind: 'op' as const, value: WORDS[t.value] } : t));
  let at = 0;
  const peek = (): Token => tokens[at];
  const fail = (message: string, token = peek()): never => {
    throw new ExpressionError(`${message} at ${token.pos} in "${src}"`, src, token.pos);
  };
  const expect = (value: string) => (peek().value === value && peek().kind === 'op' ? tokens[at++] : fail(`expected "${value}"`));

  function primary(): Node {
    const t = tokens[at++];
    if (t.kind === 'num') return { type: 'lit', value: Number(t.value) };
    if (t.kind === 'str') return { type: 'lit', value: t.value };
    if (t.kind === 'id' && t.value === 'empty') return { type: 'unary', op: 'empty', arg: unary() };
    if (t.kind === 'id') return Object.hasOwn(LITERALS, t.value) ? { type: 'lit', value: LITERALS[t.value] } : { type: 'var', name: t.value };
    if (t.kind === 'op' && t.value === '(') {
      const inner = conditional();
      expect(')');
      return inner;
    }
    return fail(t.kind === 'eof' ? 'unexpected end' : `unexpected "${t.value}"`, t);
  }

  function postfix(): Node {
    let node = primary();
    for (;;) {
      const t = peek();
      if (t.kind === 'op' && t.value === '.') {
        at++;
        const name = tokens[at++];
        if (name.kind !== 'id') fail('expected a property name', name);
        node = { type: 'member', object: node, property: { type: 'lit', value: name.value }, computed: false };
      } else if (t.kind === 'op' && t.value === '[') {
        at++;
        const property = conditional();
        expect(']');
        node = { type: 'member', object: node, property, computed: true };
      } else if (t.kind === 'op' && t.value === '(') {
        fail('function and method calls are not supported');
      } else return node;
    }
  }

  function unary(): Node {
    const t = peek();
    if (t.kind === 'op' && (t.value === '!' || t.value === '-')) {
      at++;
      return { type: 'unary', op: t.value, arg: unary() };
    }
    return postfix();
  }

  function binary(minPrecedence: number): Node {
    let left = unary();
    for (let t = peek(); t.kind === 'op' && (BINARY[t.value] ?? 0) >= minPrecedence; t = peek()) {
      at++;
      left = { type: 'binary', op: t.value, left, right: binary(BINARY[t.value] + 1) };
    }
    return left;
  }

  function conditional(): Node {
    const test = binary(1);
    if (peek().kind !== 'op' || peek().value !== '?') return test;
    at++;
    const then = conditional();
    expect(':');
    return { type: 'cond', test, then, else: conditional() };
  }

  const node = conditional();
  if (peek().kind !== 'eof') fail(`unexpected "${peek().value}"`);
  return node;
}
