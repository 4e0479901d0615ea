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
