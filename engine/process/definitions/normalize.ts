import { flowElements, processes } from './walk.ts';

const EXTERNAL_CAPABLE = new Set(['bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:BusinessRuleTask']);

/**
 * Brings Crossdesk's short forms onto the attributes the runtime reads. `crossdesk:topic="x"` on a
 * service task means Camunda's `camunda:type="external" camunda:topic="x"` (the Camunda descriptor
 * already owns a `topic` property there, so Crossdesk's arrives as an unknown attribute);
 * `crossdesk:handler="email"` means the topic `builtin:email`, served by the built-in worker.
 */
export function normalizeModel(definitions: any): void {
  for (const process of processes(definitions)) {
    for (const el of flowElements(process)) {
      // A built-in handler is external work that the server's own worker takes (topic `builtin:<name>`).
      const handler = el.$attrs?.['crossdesk:handler'];
      const topic = el.$attrs?.['crossdesk:topic'] ?? (handler ? `builtin:${handler}` : undefined);
      if (EXTERNAL_CAPABLE.has(el.$type) && topic && !el.topic) {
        el.type = 'external';
        el.topic = topic;
      }
    }
  }
}
