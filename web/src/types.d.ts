// The bpmn.io packages ship JavaScript without type declarations.
declare module 'bpmn-js-properties-panel';
declare module 'bpmn-js-bpmnlint';
declare module 'bpmnlint/rules/*';
declare module 'bpmnlint/config/recommended' {
  const recommended: { rules: Record<string, string> };
  export default recommended;
}
declare module 'camunda-bpmn-moddle/resources/camunda.json';
declare module 'camunda-bpmn-js-behaviors/lib/camunda-platform';
declare module '@bpmn-io/properties-panel';
declare module '@bpmn-io/properties-panel/preact';
declare module 'bpmn-moddle' {
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    fromXML(xml: string, typeName?: string): Promise<{ rootElement: unknown; warnings: unknown[] }>;
  }
}
declare module 'bpmn-js-differ' {
  export function diff(
    oldDefinitions: unknown,
    newDefinitions: unknown,
  ): {
    _added: Record<string, unknown>;
    _removed: Record<string, unknown>;
    _changed: Record<string, { model: { name?: string } | undefined; attrs: Record<string, unknown> }>;
  };
}
