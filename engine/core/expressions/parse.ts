import { FORBIDDEN_KEYS } from './access.ts';
import { ExpressionError } from './expression-error.ts';
import { tokenize, type Token } from './tokenize.ts';

/** Binary operators, word forms (`and`, `eq`, `div`...) already mapped to their symbols. */
export type BinaryOp = '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%';

/** Syntax tree of one `${...}` body. `pos` is an offset into the whole source string. */
export type Node =
  | { type: 'literal'; value: string | number | boolean | null; pos: number }
  | { type: 'variable'; name: string; pos: number }
  // `root` names the variable a path starts from, so the interpreter knows whose object it walks.
  | { type: 'member'; object: Node; property: Node; root: string | null; pos: number }
  | { type: 'unary'; op: '!' | '-' | 'empty'; operand: Node; pos: number }
  | { type: 'binary'; op: BinaryOp; left: Node; right: Node; pos: number }
  | { type: 'conditional'; test: Node; then: Node; otherwise: Node; pos: number };

// JUEL's word operators mean the same as their symbols.
const WORDS = new Map(
  Object.entries({
    and: '&&',
    or: '||',
    not: '!',
    eq: '==',
    ne: '!=',
    lt: '<',
    gt: '>',
    le: '<=',
    ge: '>=',
    div: '/',
    mod: '%',
  }),
);
const LITERALS = new Map<string, boolean | null>([
  ['true', true],
  ['false', false],
  ['null', null],
]);
// Pratt binding powers, loosest first; `?` is the ternary, prefix operators bind tighter than all.
const INFIX = new Map<string, number>(
  Object.entries({
    '?': 1,
    '||': 2,
    '&&': 3,
    '==': 4,
    '!=': 4,
    '<': 5,
    '>': 5,
    '<=': 5,
    '>=': 5,
    '+': 6,
    '-': 6,
    '*': 7,
    '/': 7,
    '%': 7,
  }),
);
const PREFIX = 8;
// Far beyond any real condition, and far below the call stack the interpreter has inside the engine.
const MAX_DEPTH = 200;

// A word operator keeps its spelling in `word`: after a dot it is a property name (`flags.and`).
type Tok = Token & { word?: string };

/**
 * Parses one expression body (the text between `${` and `}`), starting at `offset` in `source`.
 * Refuses at parse time what can never run: calls, and property names that lead to prototypes.
 */
export function parseBody(body: string, source: string, offset: number): Node {
  const tokens: Tok[] = tokenize(body, source, offset).map((t) =>
    t.kind === 'id' && WORDS.has(t.value) ? { ...t, kind: 'op', value: WORDS.get(t.value)!, word: t.value } : t,
  );
  let at = 0;
  const peek = () => tokens[at];
  const next = () => tokens[at++];
  const isOp = (t: Tok, value: string) => t.kind === 'op' && t.value === value;
  const fail = (message: string, t: { pos: number }): never => {
    throw new ExpressionError(`${message} at position ${t.pos}`, source, t.pos);
  };
  const unexpected = (t: Tok): never =>
    fail(t.kind === 'eof' ? 'unexpected end of expression' : `unexpected "${t.value}"`, t);
  const expect = (value: string) =>
    isOp(peek(), value)
      ? next()
      : fail(`expected "${value}" but found ${peek().kind === 'eof' ? 'the end' : `"${peek().value}"`}`, peek());
  const guard = (name: string, t: { pos: number }) =>
    FORBIDDEN_KEYS.has(name) ? fail(`"${name}" is not accessible`, t) : name;
  // Both the parser's recursion (nesting) and the tree's depth (long chains too) are bounded, so a
  // hostile expression fails as invalid instead of overflowing the stack.
  const depths = new WeakMap<Node, number>();
  let nesting = 0;
  const make = <T extends Node>(node: T, ...children: Node[]): T => {
    const depth = 1 + Math.max(0, ...children.map((c) => depths.get(c) ?? 1));
    if (depth > MAX_DEPTH) fail('expression is nested too deeply', node);
    depths.set(node, depth);
    return node;
  };

  function member(object: Node, property: Node, pos: number): Node {
    if (property.type === 'literal') guard(String(property.value), property);
    const root = object.type === 'variable' ? object.name : object.type === 'member' ? object.root : null;
    return make({ type: 'member', object, property, root, pos }, object, property);
  }

  function postfix(node: Node): Node {
    for (;;) {
      const t = peek();
      if (isOp(t, '.')) {
        next();
        const name = next();
        if (name.kind !== 'id' && !name.word) fail('expected a property name after "."', name);
        node = member(node, { type: 'literal', value: name.word ?? name.value, pos: name.pos }, t.pos);
      } else if (isOp(t, '[')) {
        next();
        const property = expression(1);
        expect(']');
        node = member(node, property, t.pos);
      } else if (isOp(t, '(')) {
        return fail('function and method calls are not supported', t);
      } else return node;
    }
  }

  function prefix(): Node {
    const t = next();
    if (t.kind === 'num') return postfix({ type: 'literal', value: Number(t.value), pos: t.pos });
    if (t.kind === 'str') return postfix({ type: 'literal', value: t.value, pos: t.pos });
    if (t.kind === 'id' && LITERALS.has(t.value))
      return postfix({ type: 'literal', value: LITERALS.get(t.value) as boolean | null, pos: t.pos });
    if (t.kind === 'id' && t.value === 'empty') return unary('empty', t.pos);
    if (t.kind === 'id') return postfix({ type: 'variable', name: guard(t.value, t), pos: t.pos });
    if (isOp(t, '!') || isOp(t, '-')) return unary(t.value as '!' | '-', t.pos);
    if (isOp(t, '(')) {
      const inner = expression(1);
      expect(')');
      return postfix(inner);
    }
    return unexpected(t);
  }

  function unary(op: '!' | '-' | 'empty', pos: number): Node {
    const operand = expression(PREFIX);
    return make({ type: 'unary', op, operand, pos }, operand);
  }

  function expression(minPower: number): Node {
    if (++nesting > MAX_DEPTH) fail('expression is nested too deeply', peek());
    let left = prefix();
    for (let t = peek(); t.kind === 'op' && (INFIX.get(t.value) ?? 0) >= minPower; t = peek()) {
      next();
      const power = INFIX.get(t.value)!;
      if (t.value === '?') {
        const then = expression(1);
        expect(':');
        // Right-associative: `a ? b : c ? d : e` is `a ? b : (c ? d : e)`.
        const otherwise = expression(power);
        left = make({ type: 'conditional', test: left, then, otherwise, pos: t.pos }, left, then, otherwise);
      } else {
        const right = expression(power + 1);
        left = make({ type: 'binary', op: t.value as BinaryOp, left, right, pos: t.pos }, left, right);
      }
    }
    nesting--;
    return left;
  }

  if (!body.trim()) fail('empty expression', tokens[0]);
  const node = expression(1);
  if (peek().kind !== 'eof') unexpected(peek());
  return node;
}
