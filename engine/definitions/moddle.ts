import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';

const require = createRequire(import.meta.url);
const camunda = require('camunda-bpmn-moddle/resources/camunda.json');
const crossdesk = require('./crossdesk-moddle.json');

/**
 * Moddle extension descriptors the engine understands (`camunda:` and `crossdesk:` attributes).
 *
 * crossdesk-moddle.json declares the routing attributes of human tasks (`skills`, `queue`, `sla`,
 * `businessValue`, `interruptible`, `channel` on user and manual tasks), `correlationKey` on
 * message catchers and `raisePriority` on boundary events (escalation-rules.ts says where it acts). All are Strings: expressions are allowed, and a Boolean would turn `interruptible="yes"`
 * into false instead of a lint error. `crossdesk:topic` is deliberately not declared: Camunda's
 * descriptor owns `topic` on service, send and business-rule tasks, and moddle then refuses to read
 * any of those tasks; it stays an unknown attribute, read by normalize.ts.
 */
export const moddleExtensions = { camunda, crossdesk };

/** A BPMN moddle that knows the Camunda and Crossdesk extensions. */
export function makeModdle(): BpmnModdle {
  return new BpmnModdle(moddleExtensions);
}
