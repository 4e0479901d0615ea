/**
 * What the task form starts with and what completing it sends. form-js returns every field, including
 * those hidden by conditions; hidden ones are left out, and only the form's own keys are sent.
 */
/** A form-js component as far as this app reads it (its key and children); the rest is form-js's. */
export interface FormComponent {
  key?: unknown;
  components?: FormComponent[];
  [other: string]: unknown;
}

/** A form-js schema, as the designer saves it and the server stores it. */
export interface FormSchema {
  components?: FormComponent[];
  [other: string]: unknown;
}

export function formKeysOf(schema: FormSchema): string[] {
  const keys: string[] = [];
  const walk = (components: FormComponent[] = []) => {
    for (const c of components) {
      if (typeof c.key === 'string') keys.push(c.key);
      if (Array.isArray(c.components)) walk(c.components);
    }
  };
  walk(schema.components);
  return keys;
}

/** The instance variables the form shows: those the form has fields for. */
export function initialFormData(schema: FormSchema, variables: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of formKeysOf(schema)) if (key in variables) out[key] = variables[key];
  return out;
}

/** The variables to complete with: submitted values of the form's keys, without undefined ones. */
export function completionVariables(schema: FormSchema, submitted: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of formKeysOf(schema)) if (submitted[key] !== undefined) out[key] = submitted[key];
  return out;
}

/** Whether a form-js submit result has validation errors. */
export function hasErrors(errors: Record<string, unknown[]> | undefined): boolean {
  return Object.values(errors ?? {}).some((list) => Array.isArray(list) && list.length > 0);
}
