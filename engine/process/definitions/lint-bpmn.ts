import { runBpmnlint } from './bpmnlint.ts';
import { runCrossdeskRules } from './crossdesk-rules.ts';
import type { Problem } from './problem.ts';

/**
 * Lints a parsed model (the moddle root from `parseBpmn`) for deployment: bpmnlint's recommended
 * rules as configured in bpmnlint.ts, then Crossdesk's own rules. Returns every finding, errors
 * (which block deployment) and warnings. The tree is left as parsed, so it can still be serialized.
 */
export async function lintBpmn(definitions: any, options: { allowScripts: boolean }): Promise<Problem[]> {
  const linted = await runBpmnlint(definitions);
  return [...linted, ...runCrossdeskRules(definitions, options)];
}
