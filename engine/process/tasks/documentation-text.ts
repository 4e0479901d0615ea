import { evaluateExpression } from '../../core/expressions/index.ts';

/**
 * A task's documentation with its `${...}` placeholders filled from the case variables, e.g. "Call the
 * customer on ${customerPhone}". Filled when read rather than stored filled, so the stored task holds
 * no customer data and a reader outside the read rules sees the placeholder, not the value. Text that
 * does not evaluate (an unknown variable, a typo) is shown as written.
 */
export function fillDocumentation(text: string, variables: Record<string, unknown>): string {
  if (!/[$#]\{/.test(text) || /^\s*=/.test(text)) return text;
  try {
    const filled = evaluateExpression(text, variables);
    return filled === null || filled === undefined ? text : String(filled);
  } catch {
    return text;
  }
}
