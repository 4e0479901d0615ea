import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far a webhook's timestamp may be from now before the request is refused as a replay. */
export const CTI_SIGNATURE_TOLERANCE_MS = 5 * 60_000;

/** The signature header value for a body sent at `timestamp` (ms): `sha256=<hex of HMAC(secret, timestamp + "." + body)>`. */
export function signCtiBody(secret: string, timestamp: number, body: string | Buffer): string {
  return 'sha256=' + createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
}

/**
 * Checks a webhook request: the signature must match the body and timestamp, and the timestamp must be
 * recent (a captured request cannot be replayed later). Returns the reason when it fails.
 */
export function verifyCtiSignature(
  secret: string,
  body: Buffer,
  timestampHeader: string | undefined,
  signatureHeader: string | undefined,
  now: number,
): string | null {
  if (!timestampHeader || !signatureHeader) return 'X-Crossdesk-Timestamp and X-Crossdesk-Signature are required';
  const timestamp = Number(timestampHeader);
  if (!Number.isFinite(timestamp)) return 'X-Crossdesk-Timestamp must be epoch milliseconds';
  if (Math.abs(now - timestamp) > CTI_SIGNATURE_TOLERANCE_MS) return 'the timestamp is too far from now';
  const expected = Buffer.from(signCtiBody(secret, timestamp, body));
  const given = Buffer.from(signatureHeader);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'the signature does not match';
  return null;
}
