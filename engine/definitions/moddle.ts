import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';

const require = createRequire(import.meta.url);
const camunda = require('camunda-bpmn-moddle/resources/camunda.json');
const crossdesk = require('./crossdesk-moddle.json');

/** Moddle extension descriptors the engine understands (`camunda:` and `crossdesk:` attributes). */
export const moddleExtensions = { camunda, crossdesk };

/** A BPMN moddle that knows the Camunda and Crossdesk extensions. */
export function makeModdle(): BpmnModdle {
  return new BpmnModdle(moddleExtensions);
}
