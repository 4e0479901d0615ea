import { BadInputError } from '../../core/errors/index.ts';
import { normalizeEmail, normalizePhone } from '../customers/index.ts';
import { compileUserPattern, DEFAULT_PATTERN_LIMITS, type PatternLimits } from '../../core/patterns/index.ts';
import type { FormField } from '../../process/task-forms/index.ts';

/** One problem of a submission. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** A submission that does not fit its form; `problems` names every field at fault. */
export class FormInvalidError extends BadInputError {
  constructor(readonly problems: readonly FieldProblem[]) {
    super(
      `the form has ${problems.length} invalid field${problems.length === 1 ? '' : 's'}: ${problems.map((p) => p.field).join(', ')}`,
      { problems },
    );
  }
}

const empty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length);

function asBoolean(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && /^(true|on|1|yes)$/i.test(v)) return true;
  if (typeof v === 'string' && /^(false|off|0|no)$/i.test(v)) return false;
  return null;
}

type Checked = { ok: true; value: unknown } | { ok: false; message: string };
const ok = (value: unknown): Checked => ({ ok: true, value });
const bad = (message: string): Checked => ({ ok: false, message });

function checkText(f: FormField, v: unknown, limits: PatternLimits): Checked {
  if (typeof v !== 'string') return bad('must be text');
  const text = v.trim();
  if (text.length > f.maxLength) return bad(`must be at most ${f.maxLength} characters`);
  if (f.minLength !== undefined && text.length < f.minLength) return bad(`must be at least ${f.minLength} characters`);
  if (f.pattern) {
    // Checked before matching: a pattern runs on at most maxInputChars (a field may allow more text).
    if (text.length > limits.maxInputChars) return bad(`must be at most ${limits.maxInputChars} characters`);
    if (!compileUserPattern(f.pattern, {}, limits).testWhole(text)) return bad('has the wrong format');
  }
  try {
    if (f.validationType === 'email') normalizeEmail(text, f.key);
    if (f.validationType === 'phone') normalizePhone(text, f.key);
  } catch {
    return bad(`must be ${f.validationType === 'email' ? 'an e-mail address' : 'a phone number'}`);
  }
  if (f.values && !f.values.includes(text)) return bad(`must be one of ${f.values.join(', ')}`);
  return ok(text);
}

function checkValue(f: FormField, v: unknown, limits: PatternLimits): Checked {
  if (f.type === 'number') {
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    if (!Number.isFinite(n)) return bad('must be a number');
    if (f.min !== undefined && n < f.min) return bad(`must be at least ${f.min}`);
    if (f.max !== undefined && n > f.max) return bad(`must be at most ${f.max}`);
    return ok(n);
  }
  if (f.type === 'checkbox') {
    const b = asBoolean(v);
    return b === null ? bad('must be true or false') : ok(b);
  }
  if (f.type === 'checklist' || f.type === 'taglist') {
    const list = Array.isArray(v) ? v : [v];
    const wrong = list.some((x) => typeof x !== 'string' || (f.values && !f.values.includes(x)));
    return wrong ? bad(`must be values of ${f.values?.join(', ')}`) : ok(list);
  }
  return checkText(f, v, limits);
}

/**
 * Checks a submission against a form's fields: required fields present, types, lengths, ranges,
 * patterns (linear-time, on bounded text), e-mail/phone, allowed values. Returns the clean values of known fields only (anything
 * else is dropped, never stored); throws FormInvalidError naming every bad field.
 */
export function validateSubmission(
  fields: readonly FormField[],
  input: Record<string, unknown>,
  limits: PatternLimits = DEFAULT_PATTERN_LIMITS,
): Record<string, unknown> {
  const problems: FieldProblem[] = [];
  const values: Record<string, unknown> = {};
  for (const f of fields) {
    const raw = input[f.key];
    if (empty(raw) || (typeof raw === 'string' && !raw.trim())) {
      if (f.required) problems.push({ field: f.key, message: `${f.label} is required` });
      continue;
    }
    const checked = checkValue(f, raw, limits);
    if (checked.ok) values[f.key] = checked.value;
    else problems.push({ field: f.key, message: `${f.label} ${checked.message}` });
  }
  if (problems.length) throw new FormInvalidError(problems);
  return values;
}
