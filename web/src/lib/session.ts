/** The signed-in user as the server describes it. */
export interface SessionUser {
  id: string;
  name: string;
  roles: string[];
  groups: string[];
}

/** A stored sign-in: the bearer token and who it belongs to. */
export interface Session {
  token: string;
  user: SessionUser;
  /** The password was reset: the token may only change it, so the app shows nothing else. */
  mustChangePassword?: boolean;
}

/** Minimal storage interface (localStorage in the browser, a Map in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const KEY = 'crossdesk.session';

/** Reads a stored session; anything malformed counts as signed out. */
export function loadSession(store: KeyValueStore): Session | null {
  try {
    const value = JSON.parse(store.getItem(KEY) ?? 'null');
    if (typeof value?.token === 'string' && typeof value?.user?.id === 'string' && Array.isArray(value.user.roles))
      return value;
  } catch {
    // A corrupt entry is the same as none.
  }
  return null;
}

/** Stores (or with null, forgets) the session. */
export function saveSession(store: KeyValueStore, session: Session | null): void {
  if (session) store.setItem(KEY, JSON.stringify(session));
  else store.removeItem(KEY);
}

/** The session after the user changed their password: a full session from then on. */
export function passwordChanged(session: Session): Session {
  return { ...session, mustChangePassword: false };
}

/** What the sign-in form shows when the server refused: throttled (with the wait) or plain wrong. */
export function signInRefusal(err: unknown): { key: 'signIn.failed' } | { key: 'signIn.throttled'; seconds: number } {
  const first = (err as { errors?: { extensions?: { code?: string; retryAfterSeconds?: unknown } }[] })?.errors?.[0];
  const seconds = first?.extensions?.retryAfterSeconds;
  if (first?.extensions?.code === 'RATE_LIMITED' && typeof seconds === 'number')
    return { key: 'signIn.throttled', seconds };
  return { key: 'signIn.failed' };
}

/** What /auth/oidc/callback handed the sign-in page in the URL fragment: a one-time code or a refusal's code. */
export type SsoReturn = { code: string } | { error: string } | null;

/** Reads `#/sign-in?sso_code=...` or `?sso_error=CODE`; anything else is no single sign-on return. */
export function ssoReturn(query: Record<string, string>): SsoReturn {
  if (query.sso_code && /^[\w-]{20,200}$/.test(query.sso_code)) return { code: query.sso_code };
  if (query.sso_error && /^[A-Z_]{1,60}$/.test(query.sso_error)) return { error: query.sso_error };
  return null;
}

/** The message for a single sign-on refusal (by its stable code). */
export function ssoRefusalMessage(
  code: string,
): { key: 'signIn.ssoNoRole' | 'signIn.ssoInactive' } | { key: 'signIn.ssoFailed'; code: string } {
  if (code === 'OIDC_NO_ROLE') return { key: 'signIn.ssoNoRole' };
  if (code === 'OIDC_USER_INACTIVE') return { key: 'signIn.ssoInactive' };
  return { key: 'signIn.ssoFailed', code };
}
