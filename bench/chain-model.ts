/** A process of `tasks` user tasks in a row (BENCH_CHAIN): how a command's cost grows with model size. */
export function chainXml(tasks: number): string {
  const ids = Array.from({ length: tasks }, (_, i) => `t${i + 1}`);
  const nodes = ['start', ...ids, 'end'];
  const flows = nodes.slice(1).map((to, i) => ({ id: `f${i + 1}`, from: nodes[i], to }));
  const incoming = (id: string) =>
    flows.filter((f) => f.to === id).map((f) => `<bpmn:incoming>${f.id}</bpmn:incoming>`);
  const outgoing = (id: string) =>
    flows.filter((f) => f.from === id).map((f) => `<bpmn:outgoing>${f.id}</bpmn:outgoing>`);
  const body = [
    `<bpmn:startEvent id="start">${outgoing('start').join('')}</bpmn:startEvent>`,
    ...ids.map(
      (id) =>
        `<bpmn:userTask id="${id}" name="Step ${id}" camunda:candidateGroups="backoffice">${incoming(id).join('')}${outgoing(id).join('')}</bpmn:userTask>`,
    ),
    `<bpmn:endEvent id="end">${incoming('end').join('')}</bpmn:endEvent>`,
    ...flows.map((f) => `<bpmn:sequenceFlow id="${f.id}" sourceRef="${f.from}" targetRef="${f.to}" />`),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_chain" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="chain" name="Chain" isExecutable="true">
    ${body.join('\n    ')}
  </bpmn:process>
</bpmn:definitions>`;
}
