import { isIsoDuration, parseTimeCycle } from '../../core/clock/index.ts';
import { isExpression, validateExpression } from '../../core/expressions/index.ts';
import type { Report, RuleContext } from './rule.ts';

/** Attributes the runtime evaluates as expressions when they hold one (camunda: and crossdesk:). */
const EXPRESSION_ATTRS = [
  'assignee',
  'candidateUsers',
  'candidateGroups',
  'dueDate',
  'followUpDate',
  'priority',
  'formKey',
  'skills',
  'queue',
  'site',
  'sla',
  'businessValue',
  'channel',
  'correlationKey',
];

function checkExpression(text: unknown, what: string, report: Report): void {
  if (!isExpression(text)) return;
  const err = validateExpression(text);
  if (err) report('crossdesk/invalid-expression', `${what} "${text}": ${err.message}`);
}

/**
 * `crossdesk/invalid-expression`: every `${...}` and `=FEEL` expression must parse, in conditions,
 * Camunda and Crossdesk attributes and timer values. A condition must be an expression: bpmn-elements
 * reads plain text as a truthy string, so `amount > 100` without `${}` would always be taken.
 * `crossdesk/script-condition`: a condition in a script language needs scripts enabled.
 */
export function checkExpressions(el: any, report: Report, context: RuleContext): void {
  for (const name of EXPRESSION_ATTRS) checkExpression(el[name], name, report);
  for (const def of el.eventDefinitions ?? []) {
    for (const kind of ['timeDate', 'timeCycle', 'timeDuration'])
      checkExpression(def[kind]?.body?.trim(), kind, report);
    checkExpression(def.condition?.body?.trim(), 'condition', report);
  }
  const condition = el.$type === 'bpmn:SequenceFlow' ? el.conditionExpression : null;
  if (!condition) return;
  if (condition.language) {
    if (!context.allowScripts)
      report(
        'crossdesk/script-condition',
        `a ${condition.language} condition is a script, and scripts are disabled (CROSSDESK_ALLOW_SCRIPTS)`,
      );
    return;
  }
  const body = String(condition.body ?? '').trim();
  if (isExpression(body)) checkExpression(body, 'condition', report);
  else report('crossdesk/invalid-expression', `condition "${body}" is not an expression; write it as \${...} or =FEEL`);
}

function timerProblem(kind: string, text: string): string | null {
  if (kind === 'timeCycle') return parseTimeCycle(text) ? null : 'a valid ISO-8601 repeating interval (R3/PT1H)';
  if (kind === 'timeDate') return Number.isNaN(Date.parse(text)) ? 'a valid ISO-8601 date-time' : null;
  return isIsoDuration(text) ? null : 'a valid ISO-8601 duration (PT15M)';
}

/** `crossdesk/invalid-timer`: a static timer value the scheduler cannot read. */
export function checkTimers(el: any, report: Report): void {
  for (const def of el.eventDefinitions ?? []) {
    if (def.$type !== 'bpmn:TimerEventDefinition') continue;
    const kind = def.timeCycle ? 'timeCycle' : def.timeDate ? 'timeDate' : 'timeDuration';
    const text = String(def[kind]?.body ?? '').trim();
    if (isExpression(text)) continue;
    const expected = timerProblem(kind, text);
    if (expected) report('crossdesk/invalid-timer', `${kind} "${text}" is not ${expected}`);
  }
}
