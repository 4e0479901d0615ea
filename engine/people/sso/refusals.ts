import { ForbiddenAddressError } from '../../core/outbound/index.ts';
import { ErrorCode, SsoRefusedError, type SsoRefusalCode } from '../../core/errors/index.ts';

/** The errors along a cause chain (openid-client wraps oauth4webapi's, which carry the failed claim in `cause`). */
function chain(err: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 6; e = (e as { cause?: unknown }).cause, depth++)
    found.push(e as Record<string, unknown>);
  return found;
}

const CLAIM_CODES: Record<string, SsoRefusalCode> = {
  iss: ErrorCode.OIDC_WRONG_ISSUER,
  aud: ErrorCode.OIDC_WRONG_AUDIENCE,
  azp: ErrorCode.OIDC_WRONG_AUDIENCE,
  nonce: ErrorCode.OIDC_NONCE_MISMATCH,
  exp: ErrorCode.OIDC_TOKEN_EXPIRED,
  iat: ErrorCode.OIDC_TOKEN_EXPIRED,
};

const MESSAGES: Record<SsoRefusalCode, string> = {
  OIDC_WRONG_ISSUER: 'the ID token was issued by another provider than the configured issuer',
  OIDC_WRONG_AUDIENCE: 'the ID token was issued for another client',
  OIDC_NONCE_MISMATCH: 'the ID token belongs to another sign-in (its nonce does not match: a replayed token)',
  OIDC_TOKEN_EXPIRED: 'the ID token has expired (or was issued too long ago)',
  OIDC_BAD_SIGNATURE: "the ID token's signature does not verify with the provider's keys",
  OIDC_TOKEN_INVALID: 'the ID token failed a check',
  OIDC_PROVIDER_ERROR: 'the identity provider refused the sign-in',
  OIDC_PROVIDER_UNAVAILABLE: 'the identity provider could not be reached',
  OIDC_STATE_INVALID: 'this sign-in is unknown, was already used or expired: start it again',
  OIDC_NOT_CONFIGURED: 'single sign-on is not configured on this server',
  OIDC_NO_ROLE: 'the identity provider vouched for you, but nothing gives you a role in Crossdesk: ask an admin',
  OIDC_USER_INACTIVE: 'your Crossdesk user is deactivated',
};

/** A refusal with its standard message, and what was found, for the log (never for the browser). */
export const refusal = (code: SsoRefusalCode, detail?: string) =>
  new SsoRefusedError(code, detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code]);

/**
 * Turns what openid-client threw while checking the provider's answer into a refusal with a stable code:
 * which claim failed (issuer, audience, nonce, expiry), a bad signature, an error the provider answered
 * (invalid_grant, a reused code), or a provider that could not be reached or was refused by the address policy.
 */
export function classifyOidcError(err: unknown): SsoRefusedError {
  const errors = chain(err);
  for (const e of errors) {
    const claim = typeof e.claim === 'string' ? e.claim : undefined;
    if (claim && CLAIM_CODES[claim]) return refusal(CLAIM_CODES[claim], `claim ${claim}`);
  }
  const messages = errors.map((e) => String(e.message ?? '')).join(' | ');
  if (
    /signature verification failed|OAUTH_KEY_SELECTION_FAILED/.test(messages) ||
    errors.some((e) => e.code === 'OAUTH_KEY_SELECTION_FAILED')
  )
    return refusal(ErrorCode.OIDC_BAD_SIGNATURE);
  if (errors.some((e) => e instanceof ForbiddenAddressError))
    return refusal(ErrorCode.OIDC_PROVIDER_UNAVAILABLE, messages.slice(0, 300));
  const answered = errors.find((e) => typeof e.error === 'string');
  if (answered) return refusal(ErrorCode.OIDC_PROVIDER_ERROR, String(answered.error).slice(0, 100));
  if (
    errors.some(
      (e) => e.name === 'TypeError' || /fetch failed|ECONNREFUSED|timeout|aborted/i.test(String(e.message ?? '')),
    )
  )
    return refusal(ErrorCode.OIDC_PROVIDER_UNAVAILABLE, messages.slice(0, 300));
  return refusal(ErrorCode.OIDC_TOKEN_INVALID, messages.slice(0, 300));
}
