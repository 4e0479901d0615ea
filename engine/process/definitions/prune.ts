import * as Elements from 'bpmn-elements';
import { flowElements, processes } from './walk.ts';

/**
 * Root elements the runtime reads. Anything else at the root (`globalTask`, `globalUserTask`,
 * `itemDefinition`, `resource`, `interface`, `partnerRole`, ...) only describes the model; the
 * serializer would look for a behaviour of that name and throw, so the runtime copy leaves it out.
 */
const RUNTIME_ROOTS = new Set(['bpmn:Process', 'bpmn:Collaboration', 'bpmn:Error', 'bpmn:DataStore']);
const keepsRoot = (el: any) => RUNTIME_ROOTS.has(el.$type) || String(el.$type).replace(/^bpmn:/, '') in Elements;

/** The process a message-flow end belongs to, when the runtime can deliver to it; else undefined. */
function endProcess(ref: any): any {
  if (!ref) return undefined;
  if (ref.$type === 'bpmn:Participant') return ref.processRef;
  // The serializer looks message-flow ends up among a process's own flow elements only.
  return ref.$parent?.$type === 'bpmn:Process' ? ref.$parent : undefined;
}

/**
 * Message flows the runtime acts on: between processes that run (the executable one, or one it
 * calls). bpmn-engine starts the target process of any message flow it conveys, so a flow into a
 * documentation pool would run that pool; flows to black-box pools or into sub-processes would crash
 * the serializer. Either way they mean nothing to the runtime, which correlates messages by name.
 */
function runtimeMessageFlows(collaboration: any, running: Set<any>): any[] {
  return (collaboration.messageFlows ?? []).filter((flow: any) => {
    const [from, to] = [endProcess(flow.sourceRef), endProcess(flow.targetRef)];
    return running.has(from) && running.has(to);
  });
}

/** Processes that run: the executable one and those its call activities call. */
export function runningProcesses(definitions: any): Set<any> {
  const all = processes(definitions);
  const called = new Set(
    all.flatMap((p) =>
      flowElements(p)
        .filter((e) => e.$type === 'bpmn:CallActivity')
        .map((e) => e.calledElement),
    ),
  );
  return new Set(all.filter((p) => p.isExecutable || called.has(p.id)));
}

/**
 * Prepares a linted model for the runtime's serializer by leaving out what has no runtime meaning
 * and would only make serialization fail or run what nobody meant to run: descriptive root elements,
 * documentation pools (bpmn-engine starts a non-executable process whose start event matches a
 * message or signal the running one throws), performer/potentialOwner resources without an
 * assignment expression, and message flows that do not connect running processes. Only the
 * serialized runtime copy changes; the stored XML keeps everything.
 */
export function pruneForRuntime(definitions: any): void {
  const running = runningProcesses(definitions);
  definitions.rootElements = (definitions.rootElements ?? []).filter(
    (el: any) => keepsRoot(el) && (el.$type !== 'bpmn:Process' || running.has(el)),
  );
  for (const p of running) {
    // The serializer searches every process's flow elements for message-flow ends.
    p.flowElements ??= [];
    for (const el of [p, ...flowElements(p)]) {
      if (el.resources) el.resources = el.resources.filter((r: any) => r.resourceAssignmentExpression);
    }
  }
  for (const c of definitions.rootElements.filter((e: any) => e.$type === 'bpmn:Collaboration'))
    c.messageFlows = runtimeMessageFlows(c, running);
}
