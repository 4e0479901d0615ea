import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';
import { crossdeskModdle } from '../../../bpmn-shared/index.ts';

const require = createRequire(import.meta.url);
const camunda = require('camunda-bpmn-moddle/resources/camunda.json');

/**
 * Moddle extension descriptors the engine understands (`camunda:` and `crossdesk:` attributes; the
 * Crossdesk descriptor is shared with the web modeler, bpmn-shared/moddle.ts says what it declares).
 */
export const moddleExtensions = { camunda, crossdesk: crossdeskModdle };

/** A BPMN moddle that knows the Camunda and Crossdesk extensions. */
export function makeModdle(): BpmnModdle {
  return new BpmnModdle(moddleExtensions);
}
