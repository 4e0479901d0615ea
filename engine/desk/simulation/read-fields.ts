import { BadInputError } from '../../core/errors/index.ts';

type Json = Record<string, unknown>;

/** Refuses the scenario: BAD_USER_INPUT naming the field by its path (`queues[1].averageHandleSeconds`). */
export const refuse = (field: string, message: string): never => {
  throw new BadInputError(`scenario ${field}: ${message}`, { field });
};

/** The object at `field`, or a refusal. */
export function objectAt(value: unknown, field: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse(field, 'must be an object');
  return value as Json;
}

/** The list at `field` (absent: empty when allowed), or a refusal. */
export function listAt(value: unknown, field: string, optional = false): unknown[] {
  if (value === undefined && optional) return [];
  if (!Array.isArray(value)) return refuse(field, 'must be a list');
  return value;
}

/** A number within [min, max] (integer when asked); absent: the fallback, or a refusal without one. */
export function numberAt(
  value: unknown,
  field: string,
  bound: { min: number; max: number; integer?: boolean; above?: boolean },
  fallback?: number,
): number {
  if ((value === undefined || value === null) && fallback !== undefined) return fallback;
  const low = bound.above ? (value as number) > bound.min : (value as number) >= bound.min;
  if (typeof value !== 'number' || !Number.isFinite(value) || !low || value > bound.max)
    return refuse(
      field,
      `must be a number ${bound.above ? 'above' : 'at least'} ${bound.min} and at most ${bound.max}`,
    );
  if (bound.integer && !Number.isInteger(value)) return refuse(field, 'must be a whole number');
  return value;
}

/** A non-empty string (absent: the fallback when given). */
export function stringAt(value: unknown, field: string, fallback?: string): string {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'string' || value.trim() === '' || value.length > 200)
    return refuse(field, 'must be a non-empty string of at most 200 characters');
  return value;
}

/** One of the allowed strings (absent: the fallback when given). */
export function oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[], fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (!allowed.includes(value as T)) return refuse(field, `must be one of ${allowed.join(', ')}`);
  return value as T;
}

/** Skills as `["billing", { "name": "tech", "level": 5 }]` (a bare name is level 1). */
export function skillsAt(value: unknown, field: string): { name: string; level: number }[] {
  return listAt(value, field, true).map((s, i) =>
    typeof s === 'string'
      ? { name: stringAt(s, `${field}[${i}]`), level: 1 }
      : {
          name: stringAt(objectAt(s, `${field}[${i}]`).name, `${field}[${i}].name`),
          level: numberAt((s as Json).level, `${field}[${i}].level`, { min: 1, max: 10, integer: true }, 1),
        },
  );
}

/** Hours into the day: a number, or "H:MM" (`"8:30"` is 8.5). */
export function hoursAt(value: unknown, field: string, max: number, fallback?: number): number {
  const m = typeof value === 'string' ? /^(\d{1,3}):([0-5]\d)$/.exec(value.trim()) : null;
  const hours = m ? Number(m[1]) + Number(m[2]) / 60 : value;
  return numberAt(hours, field, { min: 0, max }, fallback);
}
