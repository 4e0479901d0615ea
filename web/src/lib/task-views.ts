/**
 * Inbox views: what the expert picked (scope, queue, process, due, text, sort) and how that becomes the
 * server's TaskFilter. Saved views live in the browser's storage under one key.
 */
import type { TaskFilter } from '../generated/graphql.ts';
import type { KeyValueStore } from './session.ts';

export const OPEN_STATES = ['QUEUED', 'RESERVED', 'ASSIGNED', 'PAUSED'] as const;

/** Which tasks a view starts from. */
export const Scope = { eligible: 'eligible', mine: 'mine', all: 'all' } as const;
export type Scope = (typeof Scope)[keyof typeof Scope];

export const SORTS = ['PRIORITY', 'DUE', 'CREATED', 'CREATED_DESC'] as const;
export type Sort = (typeof SORTS)[number];

/** The inbox's filter controls. Empty strings mean "any". */
export interface InboxView {
  scope: Scope;
  queue: string;
  processKey: string;
  /** A date (YYYY-MM-DD): tasks due before its end. */
  dueBefore: string;
  text: string;
  sort: Sort;
}

export const DEFAULT_VIEW: InboxView = {
  scope: Scope.eligible,
  queue: '',
  processKey: '',
  dueBefore: '',
  text: '',
  sort: 'PRIORITY',
};

/** The GraphQL TaskFilter for a view; only open tasks are listed. */
export function toTaskFilter(view: InboxView): TaskFilter {
  const filter: TaskFilter = { states: [...OPEN_STATES], sort: view.sort };
  if (view.scope === Scope.eligible) filter.eligible = true;
  if (view.scope === Scope.mine) filter.mine = true;
  if (view.queue.trim()) filter.queue = view.queue.trim();
  if (view.processKey.trim()) filter.processKey = view.processKey.trim();
  if (view.text.trim()) filter.text = view.text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(view.dueBefore))
    filter.dueBefore = new Date(`${view.dueBefore}T23:59:59.999Z`).toISOString();
  return filter;
}

/** A view as deep-link query parameters (defaults left out), and back. */
export function viewToQuery(view: InboxView): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(view)) if (v !== DEFAULT_VIEW[k as keyof InboxView]) out[k] = String(v);
  return out;
}

export function viewFromQuery(query: Record<string, string>): InboxView {
  const scope = Object.values(Scope).includes(query.scope as Scope) ? (query.scope as Scope) : DEFAULT_VIEW.scope;
  const sort = SORTS.includes(query.sort as Sort) ? (query.sort as Sort) : DEFAULT_VIEW.sort;
  return {
    scope,
    sort,
    queue: query.queue ?? '',
    processKey: query.processKey ?? '',
    dueBefore: query.dueBefore ?? '',
    text: query.text ?? '',
  };
}

/** A named, saved view. */
export interface SavedView {
  name: string;
  view: InboxView;
}

const KEY = 'crossdesk.inbox.views';

export function loadViews(store: KeyValueStore): SavedView[] {
  try {
    const list = JSON.parse(store.getItem(KEY) ?? '[]');
    return Array.isArray(list)
      ? list
          .filter((v) => typeof v?.name === 'string')
          .map((v) => ({ name: v.name, view: { ...DEFAULT_VIEW, ...v.view } }))
      : [];
  } catch {
    return [];
  }
}

/** Saves a view under its name, replacing one of the same name; returns the new list. */
export function saveView(store: KeyValueStore, saved: SavedView): SavedView[] {
  const list = [...loadViews(store).filter((v) => v.name !== saved.name), saved].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  store.setItem(KEY, JSON.stringify(list));
  return list;
}

export function deleteView(store: KeyValueStore, name: string): SavedView[] {
  const list = loadViews(store).filter((v) => v.name !== name);
  store.setItem(KEY, JSON.stringify(list));
  return list;
}
