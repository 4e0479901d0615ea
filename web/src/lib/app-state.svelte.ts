import { getContext } from 'svelte';
import { graphql } from '../generated/index.ts';
import { makeGraphQLClient, type GraphQLClient } from './graphql-client.ts';
import { formatDateTime, hasMessage, pickLocale, translate, type Locale } from './i18n.ts';
import { parseHash, routeHash, type Page, type Route } from './router.ts';
import { loadSession, passwordChanged, saveSession, type Session } from './session.ts';

const LOCALE_KEY = 'crossdesk.locale';

const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** A question the confirmation dialog asks; `resolve` gets the answer. */
export interface Confirmation {
  title: string;
  message: string;
  /** The label of the button that goes ahead. */
  confirm: string;
  /** Going ahead loses something (shown as a danger button). */
  danger?: boolean;
  resolve: (yes: boolean) => void;
}

/** Asked before the page changes; resolves false to stay (the modeler with unsaved edits). */
export type LeaveGuard = () => Promise<boolean>;

/** The app's shared state: session, locale, route and the GraphQL client. Made once in main.ts. */
export class AppState {
  session = $state<Session | null>(null);
  locale = $state<Locale>('en');
  route = $state<Route>(parseHash(''));
  /** The question on screen, if any (ConfirmDialog shows it). */
  confirmation = $state<Confirmation | null>(null);
  readonly client: GraphQLClient;
  private leaveGuard: LeaveGuard | null = null;

  constructor() {
    this.session = loadSession(localStorage);
    const stored = localStorage.getItem(LOCALE_KEY);
    this.locale = stored === 'en' || stored === 'zh-CN' ? stored : pickLocale(navigator.languages);
    this.route = parseHash(location.hash);
    this.client = makeGraphQLClient(
      '/graphql',
      () => this.session?.token ?? null,
      () => this.forget(),
    );
    addEventListener('hashchange', (e) => void this.followHash(e.oldURL, e.newURL));
  }

  // A guarded page may keep the user: the address goes back at once and changes only if they agree.
  private async followHash(oldUrl: string, newUrl: string): Promise<void> {
    if (this.leaveGuard) {
      history.replaceState(history.state, '', oldUrl);
      if (!(await this.mayLeave())) return;
      history.replaceState(history.state, '', newUrl);
    }
    this.route = parseHash(location.hash);
  }

  /** Translates a message key in the current locale. */
  t = (key: string, params?: Record<string, string | number>): string => translate(this.locale, key, params);
  /** Whether the catalogue has a key (history types, codes from a newer server may be missing). */
  has = (key: string): boolean => hasMessage(key);
  /** Formats an ISO instant in the current locale. */
  dt = (iso: string | null | undefined): string => formatDateTime(this.locale, iso);

  get roles(): string[] {
    return this.session?.user.roles ?? [];
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    localStorage.setItem(LOCALE_KEY, locale);
    document.documentElement.lang = locale;
  }

  signIn(session: Session): void {
    this.session = session;
    saveSession(localStorage, session);
  }

  /** Asks the user to confirm in the app's dialog; resolves true to go ahead. */
  confirm(question: Omit<Confirmation, 'resolve'>): Promise<boolean> {
    this.confirmation?.resolve(false);
    return new Promise((resolve) => {
      this.confirmation = {
        ...question,
        resolve: (yes) => {
          this.confirmation = null;
          resolve(yes);
        },
      };
    });
  }

  /** Lets a page hold the user back while it has something to lose; returns the function that lifts it. */
  guardLeaving(guard: LeaveGuard): () => void {
    this.leaveGuard = guard;
    return () => {
      if (this.leaveGuard === guard) this.leaveGuard = null;
    };
  }

  /** Whether the current page lets the user go (asks its guard); the guard is lifted when it does. */
  async mayLeave(): Promise<boolean> {
    const guard = this.leaveGuard;
    if (!guard) return true;
    if (!(await guard())) return false;
    if (this.leaveGuard === guard) this.leaveGuard = null;
    return true;
  }

  /** Ends the session on the server too (its token stops working), then forgets it here. */
  async signOut(): Promise<void> {
    const token = this.session?.token;
    this.client.dispose();
    if (token) await this.client.request(SIGN_OUT).catch(() => undefined);
    this.forget();
  }

  /** Forgets the session here (the server already refused its token). */
  forget(): void {
    this.client.dispose();
    this.session = null;
    saveSession(localStorage, null);
  }

  /** The user changed their password: a session that had to change it becomes a full one. */
  passwordChanged(): void {
    if (!this.session) return;
    this.session = passwordChanged(this.session);
    saveSession(localStorage, this.session);
  }

  go(page: Page, id?: string, query?: Record<string, string | undefined>): void {
    location.hash = routeHash(page, id, query);
  }
}

const KEY = Symbol('app');

/** The context map that hands the app state to the component tree (given to `mount`). */
export function appContext(app: AppState): Map<symbol, AppState> {
  // Handed once to `mount` and never changed, so it needs no reactivity.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  return new Map([[KEY, app]]);
}

/** The app state, from any component below the root. */
export function useApp(): AppState {
  return getContext<AppState>(KEY);
}
