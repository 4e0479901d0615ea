import { isIsoDuration, parseTimeCycle } from '../clock/index.ts';
import { isExpression, validateExpression } from '../expressions/index.ts';
import type { Problem } from './problem.ts';
import { eventKinds, flowElements, processes } from './walk.ts';

type Rule = (el: any, report: (rule: string, message: string) => void, options: { allowScripts: boolean }) => void;

const EXPRESSION_ATTRS = ['assignee', 'candidateUsers', 'candidateGroups', 'dueDate', 'followUpDate', 'priority', 'formKey', 'skills', 'queue', 'sla', 'businessValue'];

const checkExpression = (text: unknown, what: string, report: (rule: string, message: string) => void) => {
  if (!isExpression(text)) return;
  const err = validateExpression(text);
  if (err) report('crossdesk/invalid-expression', `${what}: ${err.message}`);
};

/** What the runtime cannot execute or would execute wrongly; each rule reports on the element concerned. */
const RULES: Rule[] = [
  (el, report) => {
    if (el.$type === 'bpmn:InclusiveGateway' && (el.incoming?.length ?? 0) > 1) report('crossdesk/inclusive-join', 'an inclusive gateway cannot join flows here; join with a parallel or exclusive gateway');
  },
  (el, report) => {
    for (const def of el.eventDefinitions ?? []) {
      if (def.$type !== 'bpmn:TimerEventDefinition') continue;
      const [kind, value] = def.timeCycle ? ['timeCycle', def.timeCycle.body] : def.timeDate ? ['timeDate', def.timeDate.body] : ['timeDuration', def.timeDuration?.body];
      const text = String(value ?? '').trim();
      if (isExpression(text)) continue;
      const ok = kind === 'timeCycle' ? parseTimeCycle(text) !== null : kind === 'timeDate' ? !Number.isNaN(Date.parse(text)) : isIsoDuration(text);
      if (!ok) report('crossdesk/invalid-timer', `${kind} "${text}" is not a valid ISO-8601 ${kind === 'timeCycle' ? 'repeating interval (R3/PT1H)' : kind === 'timeDate' ? 'date-time' : 'duration'}`);
    }
  },
  (el, report) => {
    if (el.$type === 'bpmn:ComplexGateway') report('crossdesk/complex-gateway', 'complex gateways are not supported');
  },
  (el, report) => {
    if (el.$type !== 'bpmn:SubProcess' || !el.triggeredByEvent) return;
    const typed = (el.flowElements ?? []).filter((e: any) => e.$type === 'bpmn:StartEvent').some((s: any) => eventKinds(s).some((k) => k === 'bpmn:MessageEventDefinition' || k === 'bpmn:TimerEventDefinition'));
    if (typed) report('crossdesk/event-subprocess-start', 'event sub-processes started by a message or timer are not supported');
  },
  (el, report, options) => {
    if (el.$type === 'bpmn:ScriptTask' && !options.allowScripts) report('crossdesk/script-task', 'script tasks are disabled (set CROSSDESK_ALLOW_SCRIPTS=true to allow them; unsafe)');
  },
  (el, report) => {
    if (el.$type === 'bpmn:ServiceTask' && el.type === 'external' && !el.topic) report('crossdesk/external-topic', 'an external service task needs camunda:topic');
    const implemented = el.type === 'external' || el.topic || el.$attrs?.['crossdesk:topic'] || el.$attrs?.['crossdesk:handler'] || el.implementation;
    if (el.$type === 'bpmn:ServiceTask' && !implemented) report('crossdesk/service-implementation', 'a service task needs work to do: an external topic (crossdesk:topic or camunda:type="external" camunda:topic) or a built-in handler (crossdesk:handler)');
  },
  (el, report) => {
    if (el.$type === 'bpmn:SequenceFlow' && el.conditionExpression?.body) checkExpression(el.conditionExpression.body.trim(), 'condition', report);
    for (const name of EXPRESSION_ATTRS) checkExpression(el[name], name, report);
  },
  (el, report) => {
    if (el.$type !== 'bpmn:UserTask' && el.$type !== 'bpmn:ManualTask') return;
    if (el.skills && !isExpression(el.skills) && !String(el.skills).split(/[\s,]+/).filter(Boolean).every((s) => /^[\w.-]+(:([1-9]|10))?$/.test(s))) {
      report('crossdesk/invalid-routing', `crossdesk:skills "${el.skills}" must list name:level with levels 1-10, e.g. "billing:3 spanish:2"`);
    }
    if (el.sla && !isExpression(el.sla) && !isIsoDuration(el.sla)) report('crossdesk/invalid-routing', `crossdesk:sla "${el.sla}" must be an ISO-8601 duration such as PT4H`);
    const value = Number(el.businessValue);
    if (el.businessValue && !isExpression(el.businessValue) && !(value >= 0 && value <= 100)) report('crossdesk/invalid-routing', 'crossdesk:businessValue must be a number from 0 to 100');
    if (el.interruptible && !/^(true|false)$/.test(String(el.interruptible))) report('crossdesk/invalid-routing', 'crossdesk:interruptible must be true or false');
  },
];

function processRules(definitions: any, report: (elementId: string, rule: string, message: string) => void): void {
  const all = processes(definitions);
  const executable = all.filter((p) => p.isExecutable);
  if (!executable.length) report(all[0]?.id ?? definitions.id ?? 'definitions', 'crossdesk/no-executable-process', 'no process is marked executable (isExecutable="true")');
  const callable = new Set(all.map((p) => p.id));
  for (const p of executable) {
    const starts = (p.flowElements ?? []).filter((e: any) => e.$type === 'bpmn:StartEvent');
    if (!starts.length) report(p.id, 'crossdesk/no-start-event', 'the executable process has no start event');
    for (const el of flowElements(p)) {
      if (el.$type === 'bpmn:CallActivity' && !callable.has(el.calledElement)) report(el.id, 'crossdesk/call-activity-target', `call activity calls "${el.calledElement}", which is not a process in this file`);
    }
  }
}

/** Runs Crossdesk's own rules over a moddle root. */
export function runCrossdeskRules(definitions: any, options: { allowScripts: boolean }): Problem[] {
  const problems: Problem[] = [];
  const add = (elementId: string, rule: string, message: string) => problems.push({ elementId, rule, message, category: 'error' });
  processRules(definitions, add);
  for (const p of processes(definitions)) {
    for (const el of flowElements(p)) for (const rule of RULES) rule(el, (r, m) => add(el.id, r, m), options);
  }
  return problems;
}
