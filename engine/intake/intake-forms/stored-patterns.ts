import { listIntakeForms, listRules } from '../../../models/index.ts';
import { ruleProblem } from '../classification/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { formProblem } from '../../process/task-forms/index.ts';

/** A stored rule or form whose pattern cannot run here. */
export interface StoredPatternProblem {
  kind: 'classification-rule' | 'intake-form';
  id: string;
  problem: string;
}

/**
 * Start-up check of every stored user pattern (rules saved before patterns ran on RE2, forms from a
 * database copied in): each one RE2 cannot compile is logged as a warning and stays disabled (the rule
 * is skipped, the form field is checked without its pattern), and shows as `problem` on its rule or
 * form. Never throws for a pattern: a bad one must not keep the server from starting.
 */
export async function reportStoredPatternProblems(ctx: EngineContext): Promise<StoredPatternProblem[]> {
  const found: StoredPatternProblem[] = [];
  for (const rule of await listRules(ctx.db)) {
    const problem = ruleProblem(rule);
    if (problem) found.push({ kind: 'classification-rule', id: rule.id, problem });
  }
  for (const form of await listIntakeForms(ctx.db)) {
    const problem = formProblem(form.schema);
    if (problem) found.push({ kind: 'intake-form', id: form.formKey, problem });
  }
  for (const p of found) ctx.logger.warn(`${p.kind} ${p.id} is disabled: ${p.problem}`, { ...p });
  return found;
}
