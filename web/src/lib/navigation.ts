import { Page } from './router.ts';

/** A role as the server names it. */
export const Role = {
  designer: 'designer',
  expert: 'expert',
  agent: 'agent',
  supervisor: 'supervisor',
  integrator: 'integrator',
  admin: 'admin',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

/** One entry of the main navigation: the page and the roles that see it (admin sees everything). */
export interface NavItem {
  page: Page;
  roles: Role[];
  /** Message key of the label. */
  label: string;
}

export const NAV_ITEMS: NavItem[] = [
  { page: Page.inbox, roles: [Role.expert, Role.agent, Role.supervisor], label: 'nav.inbox' },
  { page: Page.agent, roles: [Role.agent], label: 'nav.agent' },
  { page: Page.supervisor, roles: [Role.supervisor], label: 'nav.supervisor' },
  { page: Page.instances, roles: [Role.supervisor, Role.designer], label: 'nav.instances' },
  { page: Page.definitions, roles: [Role.designer, Role.supervisor], label: 'nav.definitions' },
  { page: Page.modeler, roles: [Role.designer], label: 'nav.modeler' },
  { page: Page.forms, roles: [Role.designer], label: 'nav.forms' },
  { page: Page.customers, roles: [Role.expert, Role.agent, Role.supervisor], label: 'nav.customers' },
  { page: Page.rules, roles: [Role.designer, Role.supervisor], label: 'nav.rules' },
  { page: Page.intakeForms, roles: [Role.designer, Role.supervisor], label: 'nav.intakeForms' },
  { page: Page.reports, roles: [Role.supervisor], label: 'nav.reports' },
  { page: Page.planning, roles: [Role.supervisor], label: 'nav.planning' },
  { page: Page.people, roles: [Role.supervisor], label: 'nav.people' },
];

/** Whether a user with `roles` holds any of `wanted` (admin holds every role). */
export function hasAnyRole(roles: readonly string[], wanted: readonly string[]): boolean {
  return roles.includes(Role.admin) || wanted.some((r) => roles.includes(r));
}

/** The navigation entries a user with these roles sees. */
export function navFor(roles: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => hasAnyRole(roles, item.roles));
}

/** Pages reached from another page's links, not the navigation, and who may open them. */
const LINKED_PAGES: Partial<Record<Page, Role[]>> = {
  [Page.heatMap]: [Role.supervisor, Role.designer],
};

/** Pages open to everyone signed in (a task or instance reached by a link, changing one's password). */
const OPEN_PAGES = new Set<Page>([Page.home, Page.task, Page.instance, Page.password]);

/** Whether a user may open `page`; a deep link to a page the user may not see shows a notice instead. */
export function mayOpen(roles: readonly string[], page: Page): boolean {
  if (OPEN_PAGES.has(page)) return true;
  const linked = LINKED_PAGES[page];
  if (linked) return hasAnyRole(roles, linked);
  const item = NAV_ITEMS.find((i) => i.page === page);
  return !item || hasAnyRole(roles, item.roles);
}

/**
 * Where each role starts its day, in order of precedence: a user holding several roles (or admin,
 * who holds all) lands on the first that applies. Designers start from their processes (start,
 * edit, compare), agents at their desktop (presence, offers, calls), supervisors at the board.
 */
export const LANDING: readonly { role: Role; page: Page }[] = [
  { role: Role.supervisor, page: Page.supervisor },
  { role: Role.agent, page: Page.agent },
  { role: Role.expert, page: Page.inbox },
  { role: Role.designer, page: Page.definitions },
];

/** Where a user lands after signing in; a user with none of these roles (an integrator) gets the welcome page. */
export function homePage(roles: readonly string[]): Page {
  return LANDING.find((l) => hasAnyRole(roles, [l.role]))?.page ?? Page.home;
}
