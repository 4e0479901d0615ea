/**
 * Where a task's form comes from, by its `formKey`: the server stores no forms, so form schemas ship
 * with the web app (`web/src/forms/<formKey>.form.json`, built into their own chunks), and the form
 * designer keeps drafts in this browser (`crossdesk.forms.<key>`), which take precedence so a designer
 * can try a form before committing it.
 */
const bundled = import.meta.glob<{ default: object }>('../forms/*.form.json');

const DRAFT_PREFIX = 'crossdesk.forms.';

/** Form keys known to this app: bundled ones and this browser's drafts. */
export function formKeys(): string[] {
  const keys = new Set(Object.keys(bundled).map((p) => p.replace(/^.*\/(.+)\.form\.json$/, '$1')));
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (k?.startsWith(DRAFT_PREFIX)) keys.add(k.slice(DRAFT_PREFIX.length));
  }
  return [...keys].sort();
}

/** The form schema for a key, or null when there is none. */
export async function loadForm(key: string): Promise<any | null> {
  const draft = localStorage.getItem(DRAFT_PREFIX + key);
  if (draft) return JSON.parse(draft);
  const load = bundled[`../forms/${key}.form.json`];
  return load ? structuredClone((await load()).default) : null;
}

/** Keeps a designer's form in this browser. */
export function saveDraft(key: string, schema: object): void {
  localStorage.setItem(DRAFT_PREFIX + key, JSON.stringify(schema));
}
