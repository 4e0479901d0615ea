import { createHash, randomBytes, randomInt, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCb) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;

/** Hashes a password with scrypt and a random salt (`scrypt$salt$hash`, base64url). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, 32);
  return `scrypt$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

/**
 * A valid hash that no password matches (its input was never a password). Users that do not exist or
 * have no password are checked against it, so every failed sign-in costs the same scrypt run and
 * timing does not tell which user ids exist.
 */
const NO_PASSWORD = 'scrypt$Y3Jvc3NkZXNrLWR1bW15IQ$tiswAVOAfQ-c5BUzD2iMTnljtdx-eM_6mLhudRwlerU';

/** Checks a password against a stored hash in constant time; no hash (or a malformed one) never matches. */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parts = (stored ?? '').split('$');
  const usable = parts.length === 3 && parts[0] === 'scrypt' && Boolean(parts[1]) && Boolean(parts[2]);
  const [, salt, hash] = (usable ? (stored as string) : NO_PASSWORD).split('$');
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), expected.length);
  return timingSafeEqual(actual, expected) && usable;
}

/**
 * Tokens are long random secrets, so a fast hash is enough to store them safely (no dictionary to
 * guard against), and lookups by hash stay one indexed query per request.
 */
export function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A new API token secret. */
export function newTokenSecret(): string {
  return `cdk_${randomBytes(24).toString('base64url')}`;
}

// No 0/O, 1/l/I: a one-time password is read out or typed from a screen.
const OTP_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A server-generated one-time password: four groups of five characters (about 99 bits), e.g.
 * `k7mqa-x3vte-9hw2c-pdn4s`. It works until the user changes it at their next sign-in.
 */
export function newOneTimePassword(): string {
  const chars = Array.from({ length: 20 }, () => OTP_ALPHABET[randomInt(OTP_ALPHABET.length)]);
  return [0, 5, 10, 15].map((at) => chars.slice(at, at + 5).join('')).join('-');
}
