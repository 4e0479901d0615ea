import { BadInputError, CrossdeskError, ErrorCode } from '../../core/errors/index.ts';

const RESERVED = new Set(['fields', 'content', 'properties', 'environment']);

/** Bounds on the variables one command carries (EngineOptions; CROSSDESK_MAX_VARIABLES_BYTES, CROSSDESK_MAX_JSON_DEPTH). */
export interface VariableLimits {
  readonly maxVariablesBytes: number;
  readonly maxJsonDepth: number;
}

export const DEFAULT_VARIABLE_LIMITS: VariableLimits = { maxVariablesBytes: 1024 * 1024, maxJsonDepth: 64 };

/** What measureJson found: the JSON size in bytes (counted up to the budget) and the first limit crossed. */
export interface JsonMeasure {
  bytes: number;
  over: 'depth' | 'bytes' | null;
}

const scalarBytes = (value: unknown): number =>
  typeof value === 'string'
    ? Buffer.byteLength(JSON.stringify(value))
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value).length
      : 4; // null (undefined and functions are left out of JSON; counting them as null errs high)

/**
 * The size of a value as JSON text and whether it nests deeper than `maxDepth`, without recursion
 * (a 5,000-deep value would overflow the stack of JSON.stringify) and stopping as soon as it passes
 * `maxBytes`, so a huge value costs at most the budget to measure.
 */
export function measureJson(value: unknown, maxDepth: number, maxBytes: number): JsonMeasure {
  const stack: [unknown, number][] = [[value, 0]];
  let bytes = 0;
  while (stack.length) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (item === null || typeof item !== 'object') bytes += scalarBytes(item);
    else {
      if (depth >= maxDepth) return { bytes, over: 'depth' };
      const entries = Array.isArray(item) ? item.map((v) => [null, v] as const) : Object.entries(item);
      bytes += 2 + Math.max(0, entries.length - 1);
      for (const [key, child] of entries) {
        if (key !== null) bytes += Buffer.byteLength(JSON.stringify(key)) + 1;
        stack.push([child, depth + 1]);
      }
    }
    if (bytes > maxBytes) return { bytes, over: 'bytes' };
  }
  return { bytes, over: null };
}

/**
 * Checks variables handed in by a client: a plain JSON object whose names are not reserved by the
 * engine (bpmn-elements keeps its own run message under `fields`, `content` and `properties`), at
 * most `maxJsonDepth` deep (BAD_USER_INPUT) and at most `maxVariablesBytes` as JSON in total
 * (PAYLOAD_TOO_LARGE). Measuring stops at the limit, so an oversized value is never walked whole.
 */
export function checkVariables(
  value: unknown,
  field = 'variables',
  limits: VariableLimits = DEFAULT_VARIABLE_LIMITS,
): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw new BadInputError(`${field} must be a JSON object`, { field });
  for (const name of Object.keys(value)) {
    if (RESERVED.has(name))
      throw new BadInputError(`variable name "${name}" is reserved by the engine`, { field, name });
    if (name === '__proto__' || name === 'constructor' || name === 'prototype')
      throw new BadInputError(`variable name "${name}" is not allowed`, { field, name });
  }
  // Levels count objects and arrays, the variables object itself included: { a: { b: 1 } } is 2.
  const measure = measureJson(value, limits.maxJsonDepth, limits.maxVariablesBytes);
  if (measure.over === 'depth')
    throw new BadInputError(`${field} nest deeper than ${limits.maxJsonDepth} levels`, {
      field,
      maxDepth: limits.maxJsonDepth,
    });
  if (measure.over === 'bytes')
    throw new CrossdeskError(
      ErrorCode.PAYLOAD_TOO_LARGE,
      `${field} are over ${limits.maxVariablesBytes} bytes as JSON (CROSSDESK_MAX_VARIABLES_BYTES)`,
      { field, limit: limits.maxVariablesBytes },
    );
  return value as Record<string, unknown>;
}
