import type { ChatSettings } from '../../core/context/index.ts';
import { BadInputError, CrossdeskError, ErrorCode } from '../../core/errors/index.ts';

// Control characters other than tab and line breaks have no place in a chat line (they can fake
// terminal output in logs and confuse renderers); refused rather than silently dropped.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A chat message's text: trimmed, not empty, within the size setting, no control characters. */
export function checkMessage(body: unknown, settings: ChatSettings): string {
  if (typeof body !== 'string' || !body.trim()) throw new BadInputError('the message is empty', { field: 'body' });
  const text = body.trim();
  if (text.length > settings.maxMessageChars)
    throw new CrossdeskError(
      ErrorCode.PAYLOAD_TOO_LARGE,
      `a chat message is at most ${settings.maxMessageChars} characters`,
      {
        field: 'body',
        maxChars: settings.maxMessageChars,
      },
    );
  if (CONTROL.test(text)) throw new BadInputError('the message holds control characters', { field: 'body' });
  return text;
}

/** An optional short text field (name); null when absent or blank. */
export function checkText(value: unknown, field: string, maxChars: number): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') throw new BadInputError(`${field} must be text`, { field });
  const text = value.trim();
  if (text.length > maxChars) throw new BadInputError(`${field} is at most ${maxChars} characters`, { field });
  if (CONTROL.test(text)) throw new BadInputError(`${field} holds control characters`, { field });
  return text || null;
}

/** The skill a chat asks for (the widget's `data-skill`): a plain skill name, or none. */
export function checkSkill(value: unknown): string | null {
  const skill = checkText(value, 'skill', 60);
  if (skill !== null && !/^[\w-]+$/.test(skill))
    throw new BadInputError('skill is a skill name (letters, digits, - and _)', { field: 'skill' });
  return skill;
}
