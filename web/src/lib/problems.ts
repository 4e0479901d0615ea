/** A deployment problem as BPMN_INVALID carries it in `extensions.problems`. */
export interface Problem {
  elementId: string;
  rule: string;
  message: string;
  category?: string;
}

/**
 * Splits problems into those on elements drawn in the diagram (shown as overlays) and the rest
 * (shown in the problems list): process-level rules name the process or the definitions.
 */
export function placeProblems(
  problems: readonly Problem[],
  drawn: (id: string) => boolean,
): { onElements: Map<string, Problem[]>; elsewhere: Problem[] } {
  const onElements = new Map<string, Problem[]>();
  const elsewhere: Problem[] = [];
  for (const p of problems) {
    if (p.elementId && drawn(p.elementId)) onElements.set(p.elementId, [...(onElements.get(p.elementId) ?? []), p]);
    else elsewhere.push(p);
  }
  return { onElements, elsewhere };
}

/** Escapes text for an overlay's HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A new diagram: one executable process with a start event, under a fresh id. */
export function newDiagramXml(processId: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:crossdesk="http://crossdesk.dev/schema/bpmn/1.0" id="Definitions_${processId}" targetNamespace="http://crossdesk.dev/bpmn">
  <bpmn:process id="${processId}" name="New process" isExecutable="true">
    <bpmn:startEvent id="start" name="Start" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_${processId}">
    <bpmndi:BPMNPlane id="Plane_${processId}" bpmnElement="${processId}">
      <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="180" y="160" width="36" height="36" /></bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;
}
