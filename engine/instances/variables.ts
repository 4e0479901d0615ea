import { BadInputError } from '../errors/index.ts';

const RESERVED = new Set(['fields', 'content', 'properties', 'environment']);

/**
 * Checks variables handed in by a client: a plain JSON object whose names are not reserved by the
 * engine (bpmn-elements keeps its own run message under `fields`, `content` and `properties`).
 */
export function checkVariables(value: unknown, field = 'variables'): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw new BadInputError(`${field} must be a JSON object`, { field });
  for (const name of Object.keys(value)) {
    if (RESERVED.has(name))
      throw new BadInputError(`variable name "${name}" is reserved by the engine`, { field, name });
    if (name === '__proto__' || name === 'constructor' || name === 'prototype')
      throw new BadInputError(`variable name "${name}" is not allowed`, { field, name });
  }
  return value as Record<string, unknown>;
}
