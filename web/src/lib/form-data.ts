/**
 * What the task form starts with and what completing it sends. form-js returns every field, including
 * those hidden by conditions; hidden ones are left out, and only the form's own keys are sent.
 */
export function formKeysOf(schema: { components?: any[] }): string[] {
  const keys: string[] = [];
  const walk = (components: any[] = []) => {
    for (const c of components) {
      if (typeof c.key === 'string') keys.push(c.key);
      if (Array.isArray(c.components)) walk(c.components);
    }
  };
  walk(schema.components);
  return keys;
}

/** The instance variables the form shows: those the form has fields for. */
export function initialFormData(
  schema: { components?: any[] },
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of formKeysOf(schema)) if (key in variables) out[key] = variables[key];
  return out;
}

/** The variables to complete with: submitted values of the form's keys, without undefined ones. */
export function completionVariables(
  schema: { components?: any[] },
  submitted: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of formKeysOf(schema)) if (submitted[key] !== undefined) out[key] = submitted[key];
  return out;
}

/** Whether a form-js submit result has validation errors. */
export function hasErrors(errors: Record<string, unknown[]> | undefined): boolean {
  return Object.values(errors ?? {}).some((list) => Array.isArray(list) && list.length > 0);
}
