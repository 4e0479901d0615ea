/**
 * What the server and the web modeler must agree on about BPMN, in one place both import: the
 * `crossdesk:` moddle descriptor and the bpmnlint rule list. The layer rule (eslint.config.js) lets
 * engine/ and web/ import this folder, and this folder imports nothing of either (nor Node's modules:
 * it is bundled into the browser too).
 */
export { crossdeskModdle } from './moddle.ts';
export { BPMNLINT_CONFIG, effectiveLintRules, LINT_RULE_CHANGES, type LintSeverity } from './lint-rules.ts';
