import { graphql } from '../generated/index.ts';
import type { FormSchema } from './form-data.ts';
import type { GraphQLClient } from './graphql-client.ts';

/**
 * Where a task's form comes from, by its `formKey`, first found wins: a draft the form designer keeps in
 * this browser (`crossdesk.forms.<key>`, so a designer can try a form before deploying it), the form
 * deployed on the server (`deployTaskForms`, or with its process), and the forms that ship with the web
 * app (`web/src/forms/<formKey>.form.json`, built into their own chunks) as a fallback.
 */
const bundled = import.meta.glob<{ default: FormSchema }>('../forms/*.form.json');

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
const TASK_FORM = graphql(`
  query TaskForm($key: String!) {
    taskForm(key: $key) {
      schema
    }
  }
`);

const DEPLOY_TASK_FORMS = graphql(`
  mutation DeployTaskForms($forms: [TaskFormInput!]!) {
    deployTaskForms(forms: $forms) {
      key
      version
    }
  }
`);

export async function loadForm(key: string, client?: GraphQLClient): Promise<FormSchema | null> {
  const draft = localStorage.getItem(DRAFT_PREFIX + key);
  if (draft) return JSON.parse(draft);
  if (client) {
    const { taskForm } = await client.request(TASK_FORM, { key });
    // The server only stores schemas that passed its form checks (engine/forms).
    if (taskForm) return taskForm.schema as FormSchema;
  }
  const load = bundled[`../forms/${key}.form.json`];
  return load ? structuredClone((await load()).default) : null;
}

/** Keeps a designer's form in this browser. */
export function saveDraft(key: string, schema: object): void {
  localStorage.setItem(DRAFT_PREFIX + key, JSON.stringify(schema));
}

/** Deploys a form to the server (designers) and drops this browser's draft of it; returns its version. */
export async function deployForm(client: GraphQLClient, key: string, schema: object): Promise<number> {
  const { deployTaskForms } = await client.request(DEPLOY_TASK_FORMS, { forms: [{ key, schema }] });
  localStorage.removeItem(DRAFT_PREFIX + key);
  return deployTaskForms[0].version;
}
