import { evaluateExpression } from '../../core/expressions/index.ts';
import type { WaitInfo } from './run-collector.ts';

/**
 * The key a message wait is correlated by: the element's `crossdesk:correlationKey` (an expression such
 * as `${caseId}`, resolved against the variables when the wait began), else the instance's business key.
 */
export function correlationKeyOf(wait: WaitInfo, businessKey: string | null): string | null {
  const explicit = wait.behaviour.correlationKey;
  if (!explicit) return businessKey;
  const value = evaluateExpression(String(explicit), wait.variables);
  return value === null || value === undefined || value === '' ? null : String(value);
}
