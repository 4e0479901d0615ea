/**
 * Hash routes (`#/inbox?view=mine`): every page has a deep link, and the server needs nothing but
 * index.html for them. Pure functions so they can be unit-tested without a browser.
 */

/** Page names; each has a role that may see it (see navigation.ts). */
export const Page = {
  signIn: 'sign-in',
  home: 'home',
  inbox: 'inbox',
  task: 'task',
  modeler: 'modeler',
  forms: 'forms',
  definitions: 'definitions',
  instances: 'instances',
  instance: 'instance',
  agent: 'agent',
  supervisor: 'supervisor',
  password: 'password',
  customers: 'customers',
  customer: 'customer',
  interaction: 'interaction',
  rules: 'rules',
  intakeForms: 'intake-forms',
  people: 'people',
  planning: 'planning',
  heatMap: 'heat-map',
  reports: 'reports',
} as const;
export type Page = (typeof Page)[keyof typeof Page];

/** A parsed location: the page, its path parameter (an id) and query parameters. */
export interface Route {
  page: Page;
  id?: string;
  query: Record<string, string>;
}

const PAGES = new Set<string>(Object.values(Page));

/** Parses `#/page/id?x=1` (the leading `#` is optional). Unknown pages go home. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path, search = ''] = raw.split('?', 2);
  const [name = '', ...rest] = path.split('/').filter(Boolean);
  const query: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(search)) query[k] = v;
  const page = (PAGES.has(name) ? name : Page.home) as Page;
  const id = rest.length ? rest.map(decodeURIComponent).join('/') : undefined;
  return id === undefined ? { page, query } : { page, id, query };
}

/** The hash for a route; empty query values are left out. */
export function routeHash(page: Page, id?: string, query: Record<string, string | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') search.set(k, v);
  const qs = search.toString();
  return `#/${page}${id ? `/${encodeURIComponent(id)}` : ''}${qs ? `?${qs}` : ''}`;
}
