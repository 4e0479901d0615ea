import type { Report } from './rule.ts';

const CATCHING = new Set(['bpmn:StartEvent', 'bpmn:IntermediateCatchEvent', 'bpmn:BoundaryEvent']);
const SERVICE_LIKE = new Set(['bpmn:SendTask', 'bpmn:BusinessRuleTask']);

/**
 * `crossdesk/signal-ref`: a signal event without a signal. Thrown, it reaches nobody; caught, no
 * `broadcastSignal(name)` can ever name it, so its instance would wait forever (BPMN requires the
 * reference in executable processes).
 */
function signalRef(el: any, def: any, report: Report): void {
  if (def.$type === 'bpmn:SignalEventDefinition' && !def.signalRef)
    report('crossdesk/signal-ref', `this signal event names no signal (signalRef): it would ${verb(el)} nothing`);
}

/**
 * `crossdesk/message-ref`: a message event or receive task without a message. Caught, no
 * `correlateMessage(name)` can reach it; thrown, it says nothing anyone can receive.
 */
function messageRef(el: any, def: any, report: Report): void {
  if (def.$type === 'bpmn:MessageEventDefinition' && !def.messageRef)
    report('crossdesk/message-ref', `this message event names no message (messageRef): it would ${verb(el)} nothing`);
}

/**
 * `crossdesk/conditional-event`: conditions of conditional events are evaluated once, on entry, and
 * never again, so a false one would wait forever. (A process's own conditional start event is
 * reported as `crossdesk/no-start-event` when it is the only one.)
 */
function conditional(el: any, def: any, report: Report): void {
  if (def.$type !== 'bpmn:ConditionalEventDefinition') return;
  if (el.$type === 'bpmn:StartEvent' && el.$parent?.$type === 'bpmn:Process') return;
  report(
    'crossdesk/conditional-event',
    'conditional events are not supported: nothing would re-evaluate the condition',
  );
}

const verb = (el: any) => (CATCHING.has(el.$type) ? 'wait for' : 'send');

/**
 * Event definitions and message-like tasks that would deploy, then get stuck or fail at run time:
 * every gap is refused at deployment, on its element.
 */
export function checkEventReferences(el: any, report: Report): void {
  for (const def of el.eventDefinitions ?? []) {
    signalRef(el, def, report);
    messageRef(el, def, report);
    conditional(el, def, report);
  }
  if (el.$type === 'bpmn:ReceiveTask' && !el.messageRef)
    report('crossdesk/message-ref', 'this receive task names no message (messageRef): it would wait for nothing');
  const external =
    el.type === 'external' || el.topic || el.$attrs?.['crossdesk:topic'] || el.$attrs?.['crossdesk:handler'];
  if (SERVICE_LIKE.has(el.$type) && !external && !el.implementation)
    report(
      'crossdesk/service-implementation',
      `a ${el.$type === 'bpmn:SendTask' ? 'send' : 'business rule'} task needs work to do: an external topic (crossdesk:topic, or camunda:type="external" with camunda:topic) or a built-in handler (crossdesk:handler)`,
    );
}
