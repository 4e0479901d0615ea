import type { CustomerRecord } from '../../../models/index.ts';

/** Shorter texts are not taken as personal values: "no", "1" or "yes" in a variable says nothing of anyone. */
const MIN_CHARS = 3;

/** Case variables the intake sets from the customer and the contact (caseVariables, join-case). */
export const PERSONAL_CASE_VARIABLES = [
  'customerName',
  'customerEmail',
  'customerPhone',
  'subject',
  'body',
  'lastContactSubject',
] as const;

function collect(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    if (value.trim().length >= MIN_CHARS) into.add(value.trim());
  } else if (Array.isArray(value)) for (const v of value) collect(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collect(v, into);
}

/**
 * The texts that identify a customer or came from them: the records' names, e-mails and phones, their
 * contacts' subjects and every text field of their attributes (web-form fields, mail headers). Values
 * equal to one of these, wherever a case copied them, are theirs.
 */
export function personalValues(
  customers: readonly CustomerRecord[],
  interactions: readonly { subject: string | null; attributes: Record<string, unknown> }[],
): Set<string> {
  const out = new Set<string>();
  for (const c of customers) collect([c.name, c.email, c.phone], out);
  for (const i of interactions) collect([i.subject, i.attributes], out);
  return out;
}

/** Where scrub looks: only inside objects held by `onlyUnder` (at any depth), and `keys` blanked whatever they hold. */
export interface ScrubOptions {
  onlyUnder?: string;
  keys?: readonly string[];
}

/**
 * A copy of `value` with every text equal to a personal value replaced by null, and texts held by one of
 * `keys` too; under `onlyUnder` (such as `variables` in an engine state) only inside objects held by
 * that key. Says whether anything changed.
 */
export function scrub(
  value: unknown,
  personal: ReadonlySet<string>,
  options: ScrubOptions = {},
): { value: unknown; changed: boolean } {
  let changed = false;
  const blank = (): null => {
    changed = true;
    return null;
  };
  const walk = (v: unknown, active: boolean, key: string | null): unknown => {
    if (typeof v === 'string') {
      if (!active) return v;
      if (personal.has(v.trim())) return blank();
      return key !== null && v !== '' && options.keys?.includes(key) ? blank() : v;
    }
    if (Array.isArray(v)) return v.map((x) => walk(x, active, null));
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, active || k === options.onlyUnder, k)]));
    return v;
  };
  const out = walk(value, options.onlyUnder === undefined, null);
  return { value: out, changed };
}
