import { ExpressionError } from './expression-error.ts';
import type { Node } from './parse.ts';

const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value as object).length === 0;
  return false;
}

// Only data is reachable: own properties of plain objects and arrays, never prototypes or functions.
function member(object: unknown, key: unknown, src: string): unknown {
  if (object === null || object === undefined) return undefined;
  const name = String(key);
  if (FORBIDDEN.has(name)) throw new ExpressionError(`property "${name}" is not accessible`, src);
  if (typeof object !== 'object') return undefined;
  const proto = Object.getPrototypeOf(object);
  if (!Array.isArray(object) && proto !== Object.prototype && proto !== null) return undefined;
  if (!Object.hasOwn(object, name)) return undefined;
  const value = (object as Record<string, unknown>)[name];
  return typeof value === 'function' ? undefined : value;
}

function add(a: unknown, b: unknown): unknown {
  if (typeof a === 'string' || typeof b === 'string') return `${a ?? ''}${b ?? ''}`;
  return Number(a ?? 0) + Number(b ?? 0);
}

function binary(op: string, a: unknown, b: unknown): unknown {
  switch (op) {
    // JUEL's == coerces like this (1 == '1', null == undefined).
    case '==': case '===': return a == b;
    case '!=': case '!==': return a != b;
    case '<': return (a as number) < (b as number);
    case '>': return (a as number) > (b as number);
    case '<=': return (a as number) <= (b as number);
    case '>=': return (a as number) >= (b as number);
    case '+': return add(a, b);
    case '-': return Number(a) - Number(b);
    case '*': return Number(a) * Number(b);
    case '/': return Number(a) / Number(b);
    case '%': return Number(a) % Number(b);
    default: throw new Error(`unknown operator ${op}`);
  }
}

/** Evaluates a parsed expression against variables; nothing but the variables is reachable. */
export function interpret(node: Node, vars: Record<string, unknown>, src: string): unknown {
  const run = (n: Node): unknown => {
    switch (n.type) {
      case 'lit': return n.value;
      case 'var': return member(vars, n.name, src);
      case 'member': return member(run(n.object), run(n.property), src);
      case 'cond': return run(n.test) ? run(n.then) : run(n.else);
      case 'unary':
        if (n.op === '!') return !run(n.arg);
        if (n.op === 'empty') return isEmpty(run(n.arg));
        return -Number(run(n.arg));
      case 'binary':
        if (n.op === '&&') return Boolean(run(n.left)) && Boolean(run(n.right));
        if (n.op === '||') return Boolean(run(n.left)) || Boolean(run(n.right));
        return binary(n.op, run(n.left), run(n.right));
    }
  };
  return run(node);
}
