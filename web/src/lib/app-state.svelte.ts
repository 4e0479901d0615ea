import { getContext } from 'svelte';
import { makeGraphQLClient, type GraphQLClient } from './graphql-client.ts';
import { formatDateTime, pickLocale, translate, type Locale } from './i18n.ts';
import { parseHash, routeHash, type Page, type Route } from './router.ts';
import { loadSession, passwordChanged, saveSession, type Session } from './session.ts';

const LOCALE_KEY = 'crossdesk.locale';

/** The app's shared state: session, locale, route and the GraphQL client. Made once in main.ts. */
export class AppState {
  session = $state<Session | null>(null);
  locale = $state<Locale>('en');
  route = $state<Route>(parseHash(''));
  readonly client: GraphQLClient;

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
    addEventListener('hashchange', () => (this.route = parseHash(location.hash)));
  }

  /** Translates a message key in the current locale. */
  t = (key: string, params?: Record<string, string | number>): string => translate(this.locale, key, params);
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

  /** Ends the session on the server too (its token stops working), then forgets it here. */
  async signOut(): Promise<void> {
    const token = this.session?.token;
    this.client.dispose();
    if (token) await this.client.request('mutation { signOut }').catch(() => undefined);
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
