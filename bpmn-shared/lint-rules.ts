/** A bpmnlint severity. */
export type LintSeverity = 'error' | 'warn' | 'off';

/**
 * Crossdesk's changes to bpmnlint's `recommended` rules, judged by one question: would the engine run
 * the model other than drawn, or not at all? Models come from Camunda Modeler or straight from the API.
 * The server lints deployments with them (engine/process/definitions/bpmnlint.ts) and the web modeler while
 * drawing (web/src/modeler/lint-config.ts), so a designer sees what a deployment will say.
 *
 * Errors (as recommended): `ad-hoc-sub-process`, `conditional-flows`, `end-event-required`,
 * `event-based-gateway`, `event-sub-process-typed-start-event`, `link-event`, `no-disconnected`,
 * `no-duplicate-sequence-flows`, `no-implicit-start` (bpmn-elements starts every activity without
 * incoming flows), `no-implicit-end` (almost always a forgotten flow), `single-blank-start-event`
 * (each blank start would start a token), `single-event-definition`, `start-event-required`,
 * `sub-process-blank-start-event`.
 *
 * Warnings instead of errors: `label-required` (labels are for readers), `no-bpmndi` (files deployed
 * over the API often have no diagram), `no-gateway-join-fork` and `no-implicit-split` (the engine
 * joins then forks, and takes every unconditional flow, as BPMN says).
 *
 * Off: `no-complex-gateway` and `no-inclusive-gateway`; `crossdesk/complex-gateway` and
 * `crossdesk/inclusive-join` say the same on the element, with the reason (inclusive splits run). Those
 * Crossdesk rules run on the server only; their findings come back from deployProcess as BPMN_INVALID
 * problems and the modeler shows them on the diagram.
 *
 * Warnings as recommended: `fake-join`, `global`, `no-overlapping-elements`, `superfluous-gateway`,
 * `superfluous-label`, `superfluous-termination`.
 */
export const LINT_RULE_CHANGES = {
  'label-required': 'warn',
  'no-bpmndi': 'warn',
  'no-gateway-join-fork': 'warn',
  'no-implicit-split': 'warn',
  'no-complex-gateway': 'off',
  'no-inclusive-gateway': 'off',
} as const satisfies Record<string, LintSeverity>;

/** The bpmnlint configuration (`.bpmnlintrc` shape) the server lints with. */
export const BPMNLINT_CONFIG = { extends: 'bpmnlint:recommended', rules: LINT_RULE_CHANGES } as const;

/**
 * The effective severities, for a linter that cannot resolve `extends` (the modeler's, whose rules are
 * bundled): `recommended` is bpmnlint's own list (`bpmnlint/config/recommended`), rules turned off are
 * left out.
 */
export function effectiveLintRules(recommended: Record<string, string>): Record<string, 'error' | 'warn'> {
  const out: Record<string, 'error' | 'warn'> = {};
  for (const [name, level] of Object.entries<string>({ ...recommended, ...LINT_RULE_CHANGES }))
    if (level === 'error' || level === 'warn') out[name] = level;
  return out;
}
