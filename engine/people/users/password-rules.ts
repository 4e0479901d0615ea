import { BadInputError } from '../../core/errors/index.ts';

/** The shortest password changePassword accepts, in characters. */
export const MIN_PASSWORD_LENGTH = 10;
/** The longest: scrypt takes any length, but a megabyte "password" is an attack on the server. */
export const MAX_PASSWORD_LENGTH = 256;
/** zxcvbn's score (0-4) a new password needs: 3 is "safely unguessable", over 10^8 guesses. */
export const MIN_PASSWORD_SCORE = 3;

const refuse = (message: string, fields: Record<string, unknown> = {}) =>
  new BadInputError(message, { field: 'newPassword', ...fields });

/**
 * The minimum strength rule for a password a user picks: 10 to 256 characters, and hard to guess by
 * zxcvbn's estimate (score 3 of 4, at least 10^8 guesses) counting common passwords, keyboard walks,
 * repeats, dates and the user's own id, name and mail address. No composition rules (NIST SP 800-63B):
 * a long phrase of words passes, `Password1!` does not. Throws BAD_USER_INPUT naming `newPassword`
 * with zxcvbn's warning and suggestions.
 */
export async function checkPasswordStrength(password: string, userInputs: readonly string[]): Promise<void> {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH)
    throw refuse(`the new password needs at least ${MIN_PASSWORD_LENGTH} characters`, { rule: 'length' });
  if (length > MAX_PASSWORD_LENGTH)
    throw refuse(`the new password may have at most ${MAX_PASSWORD_LENGTH} characters`, { rule: 'length' });
  // Loaded on first use: the dictionaries take memory a server that never changes a password need not hold.
  const [{ ZxcvbnFactory }, common, en] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]);
  const zxcvbn = new ZxcvbnFactory({
    translations: en.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary },
  });
  const inputs = userInputs.flatMap((input) => [input, ...input.split(/[\s@._-]+/)]).filter((i) => i.length > 2);
  const result = zxcvbn.check(password, inputs);
  if (result.score >= MIN_PASSWORD_SCORE) return;
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
  throw refuse(`the new password is too easy to guess${advice ? `: ${advice}` : ''}`, {
    rule: 'strength',
    score: result.score,
    suggestions: result.feedback.suggestions,
  });
}
