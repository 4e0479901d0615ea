/**
 * Sign-in sessions and the throttling of password guesses (configured by the CROSSDESK_SESSION_* and
 * CROSSDESK_SIGNIN_* settings; docs/api.md explains the numbers).
 */
export interface SessionSettings {
  /** How long a token from signIn lives. */
  readonly tokenTtlMs: number;
  /** A sign-in token unused this long stops working. */
  readonly idleTimeoutMs: number;
  /** Consecutive failures per (user id, client address) before the back-off starts. */
  readonly freeFailures: number;
  /** The longest back-off between two attempts of one (user id, client address), in seconds. */
  readonly backoffMaxSeconds: number;
  /** Failed sign-ins per user id per hour from addresses the user has not signed in from lately. */
  readonly userFailuresPerHour: number;
  /** Failed sign-ins per client address per hour, whatever the user id. */
  readonly addressFailuresPerHour: number;
  /** False: signIn with a password is refused for everyone, admins included (CROSSDESK_LOCAL_PASSWORDS). */
  readonly localPasswords: boolean;
  /** The identity provider's display name when single sign-on is configured (the web app's button); else null. */
  readonly ssoProviderName: string | null;
}

export const DEFAULT_SESSION_SETTINGS: SessionSettings = {
  tokenTtlMs: 12 * 3600_000,
  idleTimeoutMs: 60 * 60_000,
  freeFailures: 5,
  backoffMaxSeconds: 900,
  userFailuresPerHour: 50,
  addressFailuresPerHour: 100,
  localPasswords: true,
  ssoProviderName: null,
};
