import type { EscalationStep, QueueRecord, SkillRequirement } from '../../../models/index.ts';

/** What escalation changes on a waiting task. */
export interface Escalatable {
  skills: SkillRequirement[];
  candidateGroups: string[];
  priority: number;
  queue: string | null;
  /** Sites whose agents may take it (null: any). */
  siteScope: string[] | null;
}

/** When the task's next escalation step falls due, or null when its queue has no further step. */
export function nextEscalationAt(
  task: { enqueuedAt: number; escalationLevel: number },
  queue: Pick<QueueRecord, 'escalation'> | undefined,
): number | null {
  const step = queue?.escalation[task.escalationLevel];
  return step ? task.enqueuedAt + step.afterSeconds * 1000 : null;
}

/**
 * The task after one escalation step: lower skill levels (not below 1), one more group, higher priority,
 * another queue, more sites (named ones, or any site).
 */
export function applyEscalationStep(task: Escalatable, step: EscalationStep): Escalatable {
  const lower = step.lowerSkillLevelBy ?? 0;
  return {
    skills: lower > 0 ? task.skills.map((s) => ({ name: s.name, level: Math.max(1, s.level - lower) })) : task.skills,
    candidateGroups:
      step.addGroup && !task.candidateGroups.includes(step.addGroup)
        ? [...task.candidateGroups, step.addGroup]
        : task.candidateGroups,
    priority: Math.min(1000, task.priority + (step.raisePriority ?? 0)),
    queue: step.moveToQueue || task.queue,
    siteScope: widenSites(task.siteScope, step),
  };
}

/** The site scope after a step: any site, or the current sites and the step's named ones (the same array when unchanged). */
export function widenSites(scope: string[] | null, step: EscalationStep): string[] | null {
  if (scope === null || step.widenToAllSites) return null;
  const more = (step.widenToSites ?? []).filter((s) => !scope.includes(s));
  return more.length ? [...scope, ...more] : scope;
}
