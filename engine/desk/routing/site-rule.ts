import type { QueueRecord, TaskRecord } from '../../../models/index.ts';

type SiteTask = Pick<TaskRecord, 'siteId' | 'siteScope' | 'escalationLevel'>;

/** The first escalation step from the task's level on that widens its sites, if any. */
function nextWidening(task: SiteTask, queue: Pick<QueueRecord, 'escalation'> | undefined) {
  const steps = queue?.escalation ?? [];
  for (let i = task.escalationLevel; i < steps.length; i += 1)
    if (steps[i].widenToAllSites || steps[i].widenToSites?.length) return steps[i];
  return null;
}

/**
 * The site rule of a routing decision, in words: whose agents may take the task now, why, and when that
 * widens ("agents of lyon (the task's site); any site after 30 s waiting"). Undefined for work of no site.
 * Made once per decision, never per candidate.
 */
export function siteRuleOf(task: SiteTask, queue: Pick<QueueRecord, 'escalation'> | undefined): string | undefined {
  if (task.siteId === null && task.siteScope === null) return undefined;
  const own = task.siteId ? `the task's site is ${task.siteId}` : 'the task has no site';
  const scope = task.siteScope;
  const now =
    scope === null
      ? `any site (${own}, widened by escalation)`
      : scope.length === 1 && scope[0] === task.siteId
        ? `agents of ${task.siteId} only (the task's site)`
        : `agents of ${scope.join(', ')} (${own}, widened by escalation)`;
  const step = scope === null ? null : nextWidening(task, queue);
  if (!step) return now;
  const to = step.widenToAllSites ? 'any site' : `also ${(step.widenToSites ?? []).join(', ')}`;
  return `${now}; ${to} after ${step.afterSeconds} s waiting`;
}
