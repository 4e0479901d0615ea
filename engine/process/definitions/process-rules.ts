import * as Elements from 'bpmn-elements';
import { runningProcesses } from './prune.ts';
import { eventKinds, flowElements, processes } from './walk.ts';

type Add = (elementId: string, rule: string, message: string) => void;

const STARTABLE = new Set([
  undefined,
  'bpmn:MessageEventDefinition',
  'bpmn:TimerEventDefinition',
  'bpmn:SignalEventDefinition',
]);

/**
 * The serializer finds each type's behaviour by its local name in bpmn-elements, and throws without
 * one; data object references it maps to a dummy itself.
 */
const RUNNABLE = new Set([...Object.keys(Elements), 'DataObjectReference']);

/** Start events of a process the runtime can start it by: none, message, timer or signal. */
function startable(process: any): boolean {
  return (process.flowElements ?? []).some(
    (e: any) => e.$type === 'bpmn:StartEvent' && eventKinds(e).length <= 1 && STARTABLE.has(eventKinds(e)[0]),
  );
}

/**
 * `crossdesk/complex-gateway` and `crossdesk/unsupported-element`: a flow element (or artifact)
 * bpmn-elements has no behaviour for, in a process that runs (the executable one, or one it calls).
 * Documentation pools are left out of the runtime copy (prune.ts), so what they hold does not matter.
 */
function unsupported(process: any, add: Add): void {
  for (const el of [...flowElements(process), ...(process.artifacts ?? [])]) {
    const type = String(el.$type);
    if (type === 'bpmn:ComplexGateway') add(el.id, 'crossdesk/complex-gateway', 'complex gateways are not supported');
    else if (!RUNNABLE.has(type.replace(/^bpmn:/, '')))
      add(el.id ?? process.id, 'crossdesk/unsupported-element', `${type} is not supported by the runtime`);
  }
}

/**
 * Rules over whole processes: `crossdesk/no-executable-process` (on the first process, or the
 * definitions), `crossdesk/no-start-event`, `crossdesk/call-activity-target` (a call activity must call
 * a process of the same file), `crossdesk/complex-gateway` and `crossdesk/unsupported-element`.
 */
export function runProcessRules(definitions: any, add: Add): void {
  const all = processes(definitions);
  const executable = all.filter((p) => p.isExecutable);
  if (!executable.length)
    add(
      all[0]?.id ?? definitions.id ?? 'definitions',
      'crossdesk/no-executable-process',
      'no process is marked executable (isExecutable="true")',
    );
  const callable = new Set(all.map((p) => p.id));
  for (const p of runningProcesses(definitions)) unsupported(p, add);
  for (const p of executable) {
    if (!startable(p))
      add(
        p.id,
        'crossdesk/no-start-event',
        'the executable process has no start event to start it by (none, message, timer or signal)',
      );
    for (const el of flowElements(p)) {
      if (el.$type === 'bpmn:CallActivity' && !callable.has(el.calledElement))
        add(
          el.id,
          'crossdesk/call-activity-target',
          `call activity calls "${el.calledElement}", which is not a process in this file`,
        );
    }
  }
}
