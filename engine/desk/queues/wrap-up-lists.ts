import type { CannedResponse } from '../../../models/index.ts';
import { BadInputError } from '../../core/errors/index.ts';

/** Codes a queue may list; each is what reports group by, so it stays short and plain. */
export const MAX_DISPOSITION_CODES = 50;
const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
export const MAX_CANNED_RESPONSES = 50;
const MAX_TITLE = 100;
const MAX_TEXT = 4000;

/** A queue's disposition codes: distinct, 1-100 letters, digits, _ . - each, at most 50. */
export function checkDispositionCodes(codes: readonly string[]): string[] {
  if (codes.length > MAX_DISPOSITION_CODES)
    throw new BadInputError(`at most ${MAX_DISPOSITION_CODES} disposition codes`, { field: 'dispositionCodes' });
  const seen = new Set<string>();
  return codes.map((raw, i) => {
    const code = String(raw).trim();
    if (!CODE.test(code))
      throw new BadInputError(`dispositionCodes[${i}] must be 1-100 letters, digits, _ . - (starting with one)`, {
        field: 'dispositionCodes',
      });
    if (seen.has(code))
      throw new BadInputError(`disposition code ${code} is listed twice`, { field: 'dispositionCodes' });
    seen.add(code);
    return code;
  });
}

/** A queue's canned responses: a title (1-100 characters, distinct) and a text (1-4000 characters) each. */
export function checkCannedResponses(list: readonly CannedResponse[]): CannedResponse[] {
  if (list.length > MAX_CANNED_RESPONSES)
    throw new BadInputError(`at most ${MAX_CANNED_RESPONSES} canned responses`, { field: 'cannedResponses' });
  const seen = new Set<string>();
  return list.map((r, i) => {
    const title = String(r.title ?? '').trim();
    const text = String(r.text ?? '');
    if (!title || title.length > MAX_TITLE || !text.trim() || text.length > MAX_TEXT)
      throw new BadInputError(
        `cannedResponses[${i}] needs a title of 1-${MAX_TITLE} and a text of 1-${MAX_TEXT} characters`,
        { field: 'cannedResponses' },
      );
    if (seen.has(title))
      throw new BadInputError(`canned response ${title} is listed twice`, { field: 'cannedResponses' });
    seen.add(title);
    return { title, text };
  });
}
