import { BadInputError } from '../../core/errors/index.ts';
import { patternProblem } from '../../core/patterns/index.ts';

/** The part of a form-js component intake validates against. */
export interface FormField {
  key: string;
  type: string;
  label: string;
  required: boolean;
  minLength?: number;
  maxLength: number;
  min?: number;
  max?: number;
  /** A usable pattern the whole value must match (form-js `validate.pattern`, JavaScript syntax). */
  pattern?: string;
  /** Why a stored `validate.pattern` cannot run here; the field is then checked without it. */
  patternProblem?: string;
  validationType?: 'email' | 'phone';
  /** Allowed values of select, radio, checklist and taglist. */
  values?: string[];
}

/** form-js component types that carry a value. */
const INPUT_TYPES = new Set([
  'textfield',
  'textarea',
  'number',
  'checkbox',
  'checklist',
  'radio',
  'select',
  'taglist',
  'datetime',
]);
const CONTAINER_TYPES = new Set(['group', 'dynamiclist', 'iframe']);
const DEFAULT_MAX = { textarea: 20_000, other: 1000 } as const;

const isObject = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** How a schema is read: `save` refuses an unusable pattern, `stored` reports it on the field and goes on. */
type Mode = 'save' | 'stored';

function checkPattern(pattern: unknown, at: string, mode: Mode): { pattern?: string; patternProblem?: string } {
  if (pattern === undefined || pattern === null || pattern === '') return {};
  const field = `${at}.validate.pattern`;
  const problem =
    typeof pattern !== 'string' || pattern.length > 200
      ? 'must be a regular expression of at most 200 characters'
      : patternProblem(pattern);
  if (!problem) return { pattern: pattern as string };
  if (mode === 'save') throw new BadInputError(`${field} is not a usable regular expression: ${problem}`, { field });
  return { patternProblem: `${field}: ${problem}` };
}

function toField(c: Record<string, any>, at: string, mode: Mode): FormField {
  if (typeof c.key !== 'string' || !/^[\w.-]{1,100}$/.test(c.key))
    throw new BadInputError(`${at}: an input component needs a key (letters, digits, _ . -)`, { field: 'schema' });
  const v = isObject(c.validate) ? c.validate : {};
  const values = Array.isArray(c.values) ? c.values.map((o: any) => String(isObject(o) ? o.value : o)) : undefined;
  return {
    key: c.key,
    type: c.type,
    label: typeof c.label === 'string' ? c.label : c.key,
    required: v.required === true,
    minLength: Number.isInteger(v.minLength) ? v.minLength : undefined,
    maxLength: Number.isInteger(v.maxLength)
      ? v.maxLength
      : c.type === 'textarea'
        ? DEFAULT_MAX.textarea
        : DEFAULT_MAX.other,
    min: typeof v.min === 'number' ? v.min : undefined,
    max: typeof v.max === 'number' ? v.max : undefined,
    ...checkPattern(v.pattern, at, mode),
    validationType: v.validationType === 'email' || v.validationType === 'phone' ? v.validationType : undefined,
    values,
  };
}

function collect(components: unknown, at: string, out: FormField[], mode: Mode): void {
  if (!Array.isArray(components)) throw new BadInputError(`${at}.components must be a list`, { field: 'schema' });
  components.forEach((c, i) => {
    const here = `${at}.components[${i}]`;
    if (!isObject(c) || typeof c.type !== 'string')
      throw new BadInputError(`${here}: a component needs a type`, { field: 'schema' });
    if (CONTAINER_TYPES.has(c.type)) return c.components ? collect(c.components, here, out, mode) : undefined;
    if (INPUT_TYPES.has(c.type)) out.push(toField(c, here, mode));
  });
}

/**
 * The value-carrying fields of a form-js schema (groups flattened); BAD_USER_INPUT when it is not one.
 * A schema being saved must have usable patterns; a `stored` one (read for a submission) keeps going
 * with an unusable pattern left out and reported on its field (`patternProblem`).
 */
export function formFields(schema: unknown, mode: Mode = 'save'): FormField[] {
  if (!isObject(schema))
    throw new BadInputError('schema must be a form-js schema (a JSON object with components)', { field: 'schema' });
  const fields: FormField[] = [];
  collect(schema.components, 'schema', fields, mode);
  const keys = fields.map((f) => f.key);
  const dup = keys.find((k, i) => keys.indexOf(k) !== i);
  if (dup) throw new BadInputError(`schema: key ${dup} is used twice`, { field: 'schema' });
  if (!fields.length) throw new BadInputError('schema has no input fields', { field: 'schema' });
  return fields;
}

/** Why a stored form's patterns cannot all run (each unusable pattern, by its path), or null. */
export function formProblem(schema: unknown): string | null {
  let fields: FormField[];
  try {
    fields = formFields(schema, 'stored');
  } catch (err) {
    if (err instanceof BadInputError) return err.message;
    throw err;
  }
  const problems = fields.flatMap((f) => (f.patternProblem ? [f.patternProblem] : []));
  return problems.length ? problems.join('; ') : null;
}
