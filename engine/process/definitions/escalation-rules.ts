import type { Report } from './rule.ts';
import { eventKinds } from './walk.ts';

const HUMAN_TASKS = new Set(['bpmn:UserTask', 'bpmn:ManualTask']);

/** Largest task priority (camunda:priority is read in 0-1000); a raise is capped there too. */
export const MAX_PRIORITY = 1000;

/**
 * `crossdesk/invalid-escalation`: `crossdesk:raisePriority` escalates a task that stays open, so it
 * belongs on a non-interrupting timer boundary event of a human task, with a whole number to add.
 * Anywhere else it would never act, which the author would only learn in production.
 */
export function checkEscalation(el: any, report: Report): void {
  if (el.$type !== 'bpmn:BoundaryEvent' || el.raisePriority === undefined) return;
  const rule = 'crossdesk/invalid-escalation';
  const raise = String(el.raisePriority).trim();
  if (!/^\d+$/.test(raise) || Number(raise) < 1 || Number(raise) > MAX_PRIORITY)
    report(rule, `crossdesk:raisePriority "${raise}" must be a whole number from 1 to ${MAX_PRIORITY}`);
  if (!eventKinds(el).includes('bpmn:TimerEventDefinition'))
    report(rule, 'crossdesk:raisePriority needs a timer boundary event');
  if (el.cancelActivity !== false)
    report(
      rule,
      'crossdesk:raisePriority needs a non-interrupting boundary event (cancelActivity="false"): an interrupting one ends the task it would raise',
    );
  if (!HUMAN_TASKS.has(el.attachedToRef?.$type))
    report(rule, 'crossdesk:raisePriority needs a boundary event on a user or manual task');
}
