/**
 * Operator semantics, close to JUEL's coercions but total: no operator ever calls `toString` or
 * `valueOf` on an object from the variables (JavaScript's own `==`, `<` and `+` would), and the
 * only failure is using an object as a number or comparing objects by order.
 */
import type { BinaryOp } from './parse.ts';

/** Raised for an operand that has no meaning for its operator; the caller adds source and position. */
export class OperandError extends Error {}

/**
 * JavaScript truthiness, not JUEL's `Boolean.valueOf("true")`: bpmn-elements takes a flow when the
 * condition's result is truthy, and `${x}` and `${!x}` must never both be taken.
 */
export function truthy(value: unknown): boolean {
  return Boolean(value);
}

/** `empty x`: null, undefined, '', an empty array or an object without own keys. */
export function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return !(value instanceof Date) && Object.keys(value).length === 0;
  return false;
}

/** JUEL: null is 0, '' is 0, a numeric string its number; an object is no number at all. */
export function toNumber(value: unknown): number {
  if (value === null || value === undefined || value === '') return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string') return Number(value);
  if (value instanceof Date) return value.getTime();
  throw new OperandError(`${Array.isArray(value) ? 'a list' : 'an object'} is not a number`);
}

const isObject = (v: unknown) => typeof v === 'object' && v !== null && !(v instanceof Date);
const isNumeric = (v: unknown) =>
  typeof v === 'number' || (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)));

/** `==`: null equals only null/undefined, objects only themselves; otherwise numbers, booleans, strings in JUEL's order. */
export function equals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (isObject(a) || isObject(b)) return false;
  if (typeof a === 'number' || typeof b === 'number' || a instanceof Date || b instanceof Date)
    return toNumber(a) === toNumber(b);
  if (typeof a === 'boolean' || typeof b === 'boolean') return String(a).toLowerCase() === String(b).toLowerCase();
  return String(a) === String(b);
}

/** `<` `>` `<=` `>=`: two strings by code unit, else as numbers; null against anything is false. */
function compare(op: BinaryOp, a: unknown, b: unknown): boolean {
  if (equals(a, b) && (op === '<=' || op === '>=')) return true;
  if (a === null || a === undefined || b === null || b === undefined) return false;
  if (isObject(a) || isObject(b)) throw new OperandError('lists and objects have no order');
  const [x, y] = typeof a === 'string' && typeof b === 'string' ? [a, b] : [toNumber(a), toNumber(b)];
  if (op === '<') return x < y;
  if (op === '>') return x > y;
  if (op === '<=') return x <= y;
  return x >= y;
}

/**
 * `+` adds numbers (and numeric strings, as JUEL does); with any other string it concatenates, which
 * JUEL would refuse but models written for JavaScript engines expect.
 */
function add(a: unknown, b: unknown): unknown {
  if ((typeof a === 'string' && !isNumeric(a)) || (typeof b === 'string' && !isNumeric(b))) {
    if (isObject(a) || isObject(b)) throw new OperandError('cannot add a list or object to text');
    return `${a ?? ''}${b ?? ''}`;
  }
  return toNumber(a) + toNumber(b);
}

/** Applies a binary operator other than the short-circuiting `&&` and `||`. */
export function applyBinary(op: BinaryOp, a: unknown, b: unknown): unknown {
  switch (op) {
    case '==':
      return equals(a, b);
    case '!=':
      return !equals(a, b);
    case '+':
      return add(a, b);
    case '-':
      return toNumber(a) - toNumber(b);
    case '*':
      return toNumber(a) * toNumber(b);
    case '/':
      return toNumber(a) / toNumber(b);
    case '%':
      return toNumber(a) % toNumber(b);
    default:
      return compare(op, a, b);
  }
}
