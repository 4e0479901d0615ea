// The bpmn.io packages ship JavaScript without type declarations.
declare module 'bpmn-js-properties-panel';
declare module 'bpmn-js-bpmnlint';
declare module 'bpmnlint/rules/*';
declare module 'camunda-bpmn-moddle/resources/camunda.json';
declare module 'camunda-bpmn-js-behaviors/lib/camunda-platform';
declare module '@bpmn-io/properties-panel';
declare module '@bpmn-io/properties-panel/preact';
