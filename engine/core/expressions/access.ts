/**
 * Property reads, the only way an expression reaches data. Two policies:
 * - data (process variables): own properties of plain objects and arrays, nothing else;
 * - host (bpmn-engine's own context objects, for `${environment.variables.x}`-style models): any
 *   property, since getters such as `environment.variables` live on prototypes, but never an
 *   inherited method.
 * Both refuse the keys that lead to prototypes and constructors, and nothing read is ever called.
 */

/** Keys whose values are prototypes or constructors: the road from data to code. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);

function isPlain(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A top-level variable: an own property of the variables object, whatever that object's class. */
export function readVariable(variables: object, name: string): unknown {
  if (FORBIDDEN_KEYS.has(name) || !Object.hasOwn(variables, name)) return undefined;
  const value = (variables as Record<string, unknown>)[name];
  return typeof value === 'function' ? undefined : value;
}

/** A property of data: undefined for anything that is not an own, non-function property of a plain object or array. */
export function readData(object: unknown, key: string): unknown {
  if (object === null || typeof object !== 'object' || !isPlain(object)) return undefined;
  return readVariable(object, key);
}

/** A property of an engine object; functions only when they are the object's own (a registered service). */
export function readHost(object: unknown, key: string): unknown {
  if (object === null || typeof object !== 'object' || FORBIDDEN_KEYS.has(key)) return undefined;
  const value = (object as Record<string, unknown>)[key];
  return typeof value === 'function' && !Object.hasOwn(object, key) ? undefined : value;
}
