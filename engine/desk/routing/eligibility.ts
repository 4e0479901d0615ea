import type { AgentRecord, Channel, SkillRequirement } from '../../../models/index.ts';

/** What eligibility reads of a waiting task (its effective requirements, after escalation). */
export interface Requirements {
  channel: Channel;
  skills: readonly SkillRequirement[];
  candidateGroups: readonly string[];
  candidateUsers: readonly string[];
  /** Sites whose agents may take it (null: any site), after escalation. */
  sites: readonly string[] | null;
}

/** Why an agent cannot take a task. */
export const Exclusion = {
  MISSING_SKILL: 'MISSING_SKILL',
  SKILL_TOO_LOW: 'SKILL_TOO_LOW',
  NOT_A_CANDIDATE: 'NOT_A_CANDIDATE',
  NOT_AVAILABLE: 'NOT_AVAILABLE',
  NO_CAPACITY: 'NO_CAPACITY',
  ON_LIVE_WORK: 'ON_LIVE_WORK',
  HELD_FOR_LIVE_WORK: 'HELD_FOR_LIVE_WORK',
  REJECTED_BEFORE: 'REJECTED_BEFORE',
  /** The agent works at a site the task is not (yet) open to. */
  OTHER_SITE: 'OTHER_SITE',
} as const;
export type Exclusion = (typeof Exclusion)[keyof typeof Exclusion];

/** The first reason the agent's skills or candidacy rule the task out, or null when they qualify. */
export function qualification(
  agent: Pick<AgentRecord, 'id' | 'groups' | 'skills' | 'siteId'>,
  req: Requirements,
): { reason: Exclusion; detail?: string } | null {
  if (!siteAllows(req.sites, agent.siteId)) return { reason: Exclusion.OTHER_SITE, detail: agent.siteId ?? 'no site' };
  for (const need of req.skills) {
    const has = agent.skills.find((s) => s.name === need.name);
    if (!has) return { reason: Exclusion.MISSING_SKILL, detail: need.name };
    if (has.level < need.level)
      return { reason: Exclusion.SKILL_TOO_LOW, detail: `${need.name} ${has.level} < ${need.level}` };
  }
  const named = req.candidateGroups.length > 0 || req.candidateUsers.length > 0;
  if (named && !req.candidateUsers.includes(agent.id) && !req.candidateGroups.some((g) => agent.groups.includes(g)))
    return { reason: Exclusion.NOT_A_CANDIDATE };
  return null;
}

/**
 * How well the agent fits: the mean proficiency on the required skills (higher first); 0 for a task
 * that requires none, so that longest idle decides.
 */
export function skillFit(agent: Pick<AgentRecord, 'skills'>, req: Pick<Requirements, 'skills'>): number {
  if (req.skills.length === 0) return 0;
  const sum = req.skills.reduce((acc, need) => acc + (agent.skills.find((s) => s.name === need.name)?.level ?? 0), 0);
  return sum / req.skills.length;
}

/** Whether an agent of `siteId` may take work open to `sites` (null: any site; an agent of no site only then). */
export function siteAllows(sites: readonly string[] | null, siteId: string | null): boolean {
  return sites === null || (siteId !== null && sites.includes(siteId));
}
