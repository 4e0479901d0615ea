/** Process definitions: validation of BPMN files and their deployment as versions. */
export {
  validateBpmn,
  type ProcessInfo,
  type StartEventInfo,
  type StartKind,
  type ValidationResult,
} from './validate.ts';
export { parseBpmn, type ParseResult } from './parse-bpmn.ts';
export { lintBpmn } from './lint-bpmn.ts';
export { runBpmnlint, BPMNLINT_CONFIG } from './bpmnlint.ts';
export { runCrossdeskRules } from './crossdesk-rules.ts';
export { serializeSourceContext, deserializeSourceContext } from './source-context.ts';
export { moddleExtensions, makeModdle } from './moddle.ts';
export { deployProcess, queryDefinitions, getDefinition, type DeployProcessInput } from './deploy-process.ts';
export type { Problem } from './problem.ts';
export { definitionWarnings, staticNeeds, NO_AGENT_RULE, type DeployWarning } from './deploy-warnings.ts';
export { elementNames } from './element-names.ts';
