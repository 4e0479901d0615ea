import { checkEscalation } from './escalation-rules.ts';
import { checkEventReferences } from './event-rules.ts';
import { checkExpressions, checkTimers } from './expression-rules.ts';
import type { Problem } from './problem.ts';
import { runProcessRules } from './process-rules.ts';
import { checkRouting, checkTaskAttributes } from './routing-rules.ts';
import type { Rule, RuleContext } from './rule.ts';
import { eventKinds, flowElements, processes } from './walk.ts';

const TYPED_EVENT_STARTS = new Set(['bpmn:MessageEventDefinition', 'bpmn:TimerEventDefinition']);

/** `crossdesk/inclusive-join`: the runtime cannot wait for "all flows that were taken". */
const inclusiveJoin: Rule = (el, report, { incoming }) => {
  if (el.$type === 'bpmn:InclusiveGateway' && (incoming.get(el.id) ?? 0) > 1)
    report(
      'crossdesk/inclusive-join',
      'an inclusive gateway cannot join flows here; join with a parallel or exclusive gateway',
    );
};

/** `crossdesk/event-subprocess-start`: message and timer starts of event sub-processes are not run. */
const eventSubprocessStart: Rule = (el, report) => {
  if (el.$type !== 'bpmn:SubProcess' || !el.triggeredByEvent) return;
  const starts = (el.flowElements ?? []).filter((e: any) => e.$type === 'bpmn:StartEvent');
  if (starts.some((s: any) => eventKinds(s).some((k) => TYPED_EVENT_STARTS.has(k))))
    report('crossdesk/event-subprocess-start', 'event sub-processes started by a message or timer are not supported');
};

/** `crossdesk/script-task`: scripts run arbitrary code in the server, so they are opt-in. */
const scriptTask: Rule = (el, report, { allowScripts }) => {
  if (el.$type === 'bpmn:ScriptTask' && !allowScripts)
    report(
      'crossdesk/script-task',
      'script tasks are disabled (set CROSSDESK_ALLOW_SCRIPTS=true to allow them; unsafe)',
    );
};

/**
 * `crossdesk/external-topic`: external work without a topic no worker could fetch.
 * `crossdesk/service-implementation`: a service task with nothing to do (Java delegates do not run here).
 */
const serviceTask: Rule = (el, report) => {
  if (el.$type !== 'bpmn:ServiceTask') return;
  const short = el.$attrs?.['crossdesk:topic'] || el.$attrs?.['crossdesk:handler'];
  if (el.type === 'external' && !el.topic && !short)
    report('crossdesk/external-topic', 'an external service task needs camunda:topic');
  if (el.type !== 'external' && !el.topic && !short && !el.implementation) {
    report(
      'crossdesk/service-implementation',
      'a service task needs work to do: an external topic (crossdesk:topic, or camunda:type="external" with camunda:topic) or a built-in handler (crossdesk:handler)',
    );
  }
};

const RULES: Rule[] = [
  inclusiveJoin,
  eventSubprocessStart,
  scriptTask,
  serviceTask,
  checkExpressions,
  checkTimers,
  checkRouting,
  checkTaskAttributes,
  checkEscalation,
  checkEventReferences,
];

function countIncoming(process: any): Map<string, number> {
  const incoming = new Map<string, number>();
  for (const el of flowElements(process)) {
    const target = el.$type === 'bpmn:SequenceFlow' ? el.targetRef?.id : undefined;
    if (target) incoming.set(target, (incoming.get(target) ?? 0) + 1);
  }
  return incoming;
}

/**
 * Runs Crossdesk's own rules over a moddle root: what the runtime cannot execute, or would execute
 * other than drawn. Element rules check executable processes only (other pools are documentation);
 * see process-rules.ts for the rules over whole processes. Every finding is an error.
 */
export function runCrossdeskRules(definitions: any, options: { allowScripts: boolean }): Problem[] {
  const problems: Problem[] = [];
  const add = (elementId: string, rule: string, message: string) =>
    problems.push({ elementId, rule, message, category: 'error' });
  runProcessRules(definitions, add);
  for (const p of processes(definitions).filter((e) => e.isExecutable)) {
    const context: RuleContext = { allowScripts: options.allowScripts, incoming: countIncoming(p) };
    for (const el of flowElements(p)) for (const rule of RULES) rule(el, (r, m) => add(el.id, r, m), context);
  }
  return problems;
}
