/** Every flow element of a process, descending into sub-processes. */
export function flowElements(container: any): any[] {
  const out: any[] = [];
  for (const el of container?.flowElements ?? []) {
    out.push(el);
    if (el.flowElements) out.push(...flowElements(el));
  }
  return out;
}

/** The processes of a definitions root. */
export function processes(definitions: any): any[] {
  return (definitions.rootElements ?? []).filter((e: any) => e.$type === 'bpmn:Process');
}

/** The event definition types of an event (`bpmn:MessageEventDefinition`, ...). */
export function eventKinds(event: any): string[] {
  return (event.eventDefinitions ?? []).map((d: any) => d.$type);
}
