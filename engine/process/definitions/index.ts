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
export { queryDefinitions, getDefinition } from './queries.ts';
export { buildRuntimeSource } from './runtime-source.ts';
export { resolve, toBool, toChannel, toInstant, toInt, toList, toSkills } from './task-attributes.ts';
export type { Problem } from './problem.ts';
export { elementNames } from './element-names.ts';
export { MAX_PRIORITY } from './escalation-rules.ts';
