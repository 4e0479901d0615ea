import { randomInt } from 'node:crypto';

// Crockford's base32 without I, L, O, U: nothing a customer can misread when quoting it on the phone.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const REFERENCE_IN_TEXT = /\[(CASE-[0-9A-HJKMNP-TV-Z]{8})\]/i;

/**
 * A new case reference, `CASE-` and eight base32 characters (about 10^12 values, so references are
 * drawn at random rather than counted: no shared counter to contend on). It is the case's business key.
 */
export function newCaseReference(): string {
  let ref = 'CASE-';
  for (let i = 0; i < 8; i++) ref += ALPHABET[randomInt(ALPHABET.length)];
  return ref;
}

/** The case reference quoted in a text as `[CASE-XXXXXXXX]` (how our replies tag their subject), or null. */
export function findCaseReference(text: string | null | undefined): string | null {
  const found = REFERENCE_IN_TEXT.exec(text ?? '');
  return found ? found[1].toUpperCase() : null;
}

/** A reply subject: `Re: ` once, and the case reference tag once. */
export function replySubject(subject: string | null, caseRef: string | null): string {
  const base = subject?.trim() || 'Your request';
  const re = /^re:/i.test(base) ? base : `Re: ${base}`;
  return caseRef && !findCaseReference(re) ? `${re} [${caseRef}]` : re;
}
