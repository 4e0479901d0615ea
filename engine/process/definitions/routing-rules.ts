import { isIsoDuration } from '../../core/clock/index.ts';
import { isExpression } from '../../core/expressions/index.ts';
import type { Channel } from '../../../models/index.ts';
import type { Report } from './rule.ts';

// `billing:3`; a skill without level is level 1, as the task builder reads it.
const SKILL = /^[\w.-]+(:([1-9]|10))?$/;
// Spelt out rather than imported so that validation loads no database code; `satisfies` keeps the
// list equal to the stored channels.
const CHANNELS = Object.keys({ VOICE: true, CHAT: true, EMAIL: true, BACKOFFICE: true } satisfies Record<
  Channel,
  true
>).map((c) => c.toLowerCase());
const HUMAN_TASKS = new Set(['bpmn:UserTask', 'bpmn:ManualTask']);

/** A static value (expressions are checked when evaluated, and by `crossdesk/invalid-expression`). */
const literal = (value: unknown): string | null =>
  value === undefined || value === null || value === '' || isExpression(value) ? null : String(value).trim();

function skillsProblem(skills: string): string | null {
  const bad = skills
    .split(/[\s,]+/)
    .filter(Boolean)
    .filter((s) => !SKILL.test(s));
  return bad.length
    ? `crossdesk:skills "${skills}" must list name:level with levels 1-10, e.g. "billing:3 spanish:2" (not ${bad.join(', ')})`
    : null;
}

/**
 * `crossdesk/invalid-routing`: the Crossdesk attributes of a human task, which the task builder would
 * otherwise refuse at run time (a stuck instance) or quietly read as a default.
 */
export function checkRouting(el: any, report: Report): void {
  if (!HUMAN_TASKS.has(el.$type)) return;
  const rule = 'crossdesk/invalid-routing';
  const skills = literal(el.skills);
  const skillsError = skills === null ? null : skillsProblem(skills);
  if (skillsError) report(rule, skillsError);
  const sla = literal(el.sla);
  if (sla !== null && !isIsoDuration(sla))
    report(rule, `crossdesk:sla "${sla}" must be an ISO-8601 duration such as PT4H, P1D or P1DT2H`);
  const value = literal(el.businessValue);
  if (value !== null && !(/^\d+(\.\d+)?$/.test(value) && Number(value) <= 100))
    report(rule, `crossdesk:businessValue "${value}" must be a number from 0 to 100 or an expression`);
  const interruptible = literal(el.interruptible);
  if (interruptible !== null && !/^(true|false)$/.test(interruptible))
    report(rule, `crossdesk:interruptible "${interruptible}" must be true or false`);
  const channel = literal(el.channel);
  if (channel !== null && !CHANNELS.includes(channel.toLowerCase()))
    report(rule, `crossdesk:channel "${channel}" must be one of ${CHANNELS.join(', ')}`);
}

const isInstant = (text: string) => isIsoDuration(text) || !Number.isNaN(Date.parse(text));

/**
 * `crossdesk/invalid-task-attribute`: Camunda task attributes with static values the task builder
 * refuses when the task is created, which would leave the instance stuck at that task.
 */
export function checkTaskAttributes(el: any, report: Report): void {
  if (el.$type !== 'bpmn:UserTask') return;
  const rule = 'crossdesk/invalid-task-attribute';
  const priority = literal(el.priority);
  if (priority !== null && !Number.isFinite(Number(priority)))
    report(rule, `camunda:priority "${priority}" must be a number or an expression`);
  for (const name of ['dueDate', 'followUpDate']) {
    const value = literal(el[name]);
    if (value !== null && !isInstant(value))
      report(rule, `camunda:${name} "${value}" must be an ISO-8601 date-time, a duration or an expression`);
  }
}
