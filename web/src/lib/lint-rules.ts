/**
 * The bpmnlint rules the modeler checks while drawing: bpmnlint's `recommended` set with the same
 * severities the server applies on deployment (engine/definitions/bpmnlint.ts; a unit test keeps the
 * two in step). Crossdesk's own deployment rules run on the server only; their findings come back from
 * deployProcess as BPMN_INVALID problems and are shown on the diagram too.
 */
export const RECOMMENDED: Record<string, 'error' | 'warn'> = {
  'ad-hoc-sub-process': 'error',
  'conditional-flows': 'error',
  'end-event-required': 'error',
  'event-based-gateway': 'error',
  'event-sub-process-typed-start-event': 'error',
  'fake-join': 'warn',
  global: 'warn',
  'label-required': 'error',
  'link-event': 'error',
  'no-bpmndi': 'error',
  'no-complex-gateway': 'error',
  'no-disconnected': 'error',
  'no-duplicate-sequence-flows': 'error',
  'no-gateway-join-fork': 'error',
  'no-implicit-split': 'error',
  'no-implicit-end': 'error',
  'no-implicit-start': 'error',
  'no-inclusive-gateway': 'warn',
  'no-overlapping-elements': 'warn',
  'single-blank-start-event': 'error',
  'single-event-definition': 'error',
  'start-event-required': 'error',
  'sub-process-blank-start-event': 'error',
  'superfluous-gateway': 'warn',
  'superfluous-label': 'warn',
  'superfluous-termination': 'warn',
};

/** The server's changes to `recommended`. */
export const SERVER_OVERRIDES: Record<string, 'error' | 'warn' | 'off'> = {
  'label-required': 'warn',
  'no-bpmndi': 'warn',
  'no-gateway-join-fork': 'warn',
  'no-implicit-split': 'warn',
  'no-complex-gateway': 'off',
  'no-inclusive-gateway': 'off',
};

/** The effective rule severities (rules turned off are left out). */
export function effectiveRules(): Record<string, 'error' | 'warn'> {
  const out: Record<string, 'error' | 'warn'> = {};
  for (const [name, level] of Object.entries({ ...RECOMMENDED, ...SERVER_OVERRIDES }))
    if (level !== 'off') out[name] = level;
  return out;
}
