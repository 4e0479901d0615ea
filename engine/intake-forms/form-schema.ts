import { BadInputError } from '../errors/index.ts';

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
  pattern?: string;
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

function toField(c: Record<string, any>, at: string): FormField {
  if (typeof c.key !== 'string' || !/^[\w.-]{1,100}$/.test(c.key))
    throw new BadInputError(`${at}: an input component needs a key (letters, digits, _ . -)`, { field: 'schema' });
  const v = isObject(c.validate) ? c.validate : {};
  if (v.pattern !== undefined) {
    if (typeof v.pattern !== 'string' || v.pattern.length > 200)
      throw new BadInputError(`${at}: validate.pattern must be at most 200 characters`, { field: 'schema' });
    try {
      new RegExp(v.pattern);
    } catch {
      throw new BadInputError(`${at}: validate.pattern is not a regular expression`, { field: 'schema' });
    }
  }
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
    pattern: v.pattern,
    validationType: v.validationType === 'email' || v.validationType === 'phone' ? v.validationType : undefined,
    values,
  };
}

function collect(components: unknown, at: string, out: FormField[]): void {
  if (!Array.isArray(components)) throw new BadInputError(`${at}.components must be a list`, { field: 'schema' });
  components.forEach((c, i) => {
    const here = `${at}.components[${i}]`;
    if (!isObject(c) || typeof c.type !== 'string')
      throw new BadInputError(`${here}: a component needs a type`, { field: 'schema' });
    if (CONTAINER_TYPES.has(c.type)) return c.components ? collect(c.components, here, out) : undefined;
    if (INPUT_TYPES.has(c.type)) out.push(toField(c, here));
  });
}

/** The value-carrying fields of a form-js schema (groups flattened); BAD_USER_INPUT when it is not one. */
export function formFields(schema: unknown): FormField[] {
  if (!isObject(schema))
    throw new BadInputError('schema must be a form-js schema (a JSON object with components)', { field: 'schema' });
  const fields: FormField[] = [];
  collect(schema.components, 'schema', fields);
  const keys = fields.map((f) => f.key);
  const dup = keys.find((k, i) => keys.indexOf(k) !== i);
  if (dup) throw new BadInputError(`schema: key ${dup} is used twice`, { field: 'schema' });
  if (!fields.length) throw new BadInputError('schema has no input fields', { field: 'schema' });
  return fields;
}
