import type { AgentRecord, Channel, SkillRequirement, UserGroups } from '../../../models/index.ts';

/** What a task asks of whoever takes it: skills at a level, candidacy and a channel. */
export interface TaskNeeds {
  channel: Channel;
  skills: readonly SkillRequirement[];
  candidateGroups: readonly string[];
  candidateUsers: readonly string[];
  /** Sites whose agents may take it (null or left out: any site). */
  sites?: readonly string[] | null;
}

/** A requirement that nobody in the workforce meets, most fundamental first. */
export const CoverageGap = {
  /** No agent has this skill at this level (or at all). */
  NO_AGENT_HAS_SKILL: 'NO_AGENT_HAS_SKILL',
  /** Each skill is held by someone, but no single agent holds them all at their levels. */
  NO_AGENT_HAS_ALL_SKILLS: 'NO_AGENT_HAS_ALL_SKILLS',
  /** Nobody with the skills is among the named candidate groups or users. */
  NO_CANDIDATE: 'NO_CANDIDATE',
  /** The qualified agents all have capacity 0 on the task's channel. */
  NO_CHANNEL_CAPACITY: 'NO_CHANNEL_CAPACITY',
} as const;
export type CoverageGap = (typeof CoverageGap)[keyof typeof CoverageGap];

/** One unmet requirement: `requirement` is its data (e.g. `spanish:5`), `message` says it in English. */
export interface Gap {
  code: CoverageGap;
  requirement: string;
  message: string;
}

/** How many agents meet one required skill, and the best level anyone has. */
export interface SkillCoverage {
  name: string;
  level: number;
  agents: number;
  bestLevel: number | null;
}

/** Who could ever take a task, and what nobody meets. */
export interface Coverage {
  gaps: Gap[];
  skills: SkillCoverage[];
  /** Agents with every skill at level, candidates where the task names any, with room for its channel. */
  qualified: AgentRecord[];
  /** Users without an agent record who may claim it from their inbox (only tasks that need no skill). */
  claimers: string[];
}

const skillText = (s: SkillRequirement) => `${s.name}:${s.level}`;

function meets(agent: Pick<AgentRecord, 'skills'>, need: SkillRequirement): boolean {
  return agent.skills.some((s) => s.name === need.name && s.level >= need.level);
}

function skillCoverage(agents: readonly AgentRecord[], need: SkillRequirement): SkillCoverage {
  let count = 0;
  let best: number | null = null;
  for (const agent of agents) {
    const has = agent.skills.find((s) => s.name === need.name);
    if (!has) continue;
    best = Math.max(best ?? 0, has.level);
    if (has.level >= need.level) count++;
  }
  return { name: need.name, level: need.level, agents: count, bestLevel: best };
}

/** `group backoffice`, `groups a or b`, `user lena`: the candidates a task names. */
export function describeCandidates(needs: Pick<TaskNeeds, 'candidateGroups' | 'candidateUsers'>): string {
  const parts: string[] = [];
  const list = (kind: string, items: readonly string[]) =>
    items.length && parts.push(`${kind}${items.length > 1 ? 's' : ''} ${items.join(' or ')}`);
  list('group', needs.candidateGroups);
  list('user', needs.candidateUsers);
  return parts.join(' or ');
}

/**
 * Checks a task's requirements against the whole workforce, whatever anyone's presence: which
 * requirement nobody meets (the first such finding stops the check, since later ones depend on it),
 * and who could take the task once present.
 */
export function taskCoverage(agents: readonly AgentRecord[], users: readonly UserGroups[], needs: TaskNeeds): Coverage {
  const skills = needs.skills.map((need) => skillCoverage(agents, need));
  const missing = skills.filter((s) => s.agents === 0);
  const none = { skills, qualified: [], claimers: [] };
  if (missing.length)
    return {
      ...none,
      gaps: missing.map((s) => ({
        code: CoverageGap.NO_AGENT_HAS_SKILL,
        requirement: skillText(s),
        message: `no agent has ${skillText(s)}${s.bestLevel === null ? '' : ` (the highest level is ${s.name}:${s.bestLevel})`}`,
      })),
    };
  const skilled = agents.filter((a) => needs.skills.every((need) => meets(a, need)));
  const all = needs.skills.map(skillText);
  if (needs.skills.length > 0 && skilled.length === 0)
    return {
      ...none,
      gaps: [
        {
          code: CoverageGap.NO_AGENT_HAS_ALL_SKILLS,
          requirement: all.join(' '),
          message: `no agent has ${all.join(' and ')} together`,
        },
      ],
    };
  const named = needs.candidateGroups.length > 0 || needs.candidateUsers.length > 0;
  const isCandidate = (id: string, groups: readonly string[]) =>
    !named || needs.candidateUsers.includes(id) || needs.candidateGroups.some((g) => groups.includes(g));
  const candidates = skilled.filter((a) => isCandidate(a.id, a.groups));
  const agentIds = new Set(agents.map((a) => a.id));
  // Claiming a task that needs skills takes an agent record with them; one that needs none, only candidacy.
  const claimers =
    needs.skills.length > 0
      ? []
      : users.filter((u) => !agentIds.has(u.id) && isCandidate(u.id, u.groups)).map((u) => u.id);
  if (candidates.length === 0 && claimers.length === 0) {
    const who = describeCandidates(needs);
    return {
      ...none,
      gaps: [
        {
          code: CoverageGap.NO_CANDIDATE,
          requirement: [...needs.candidateGroups, ...needs.candidateUsers].join(', '),
          message: all.length ? `no agent with ${all.join(' and ')} is in ${who}` : `nobody is in ${who}`,
        },
      ],
    };
  }
  const qualified = candidates.filter((a) => (a.capacity[needs.channel] ?? 0) > 0);
  if (qualified.length === 0 && claimers.length === 0)
    return {
      ...none,
      gaps: [
        {
          code: CoverageGap.NO_CHANNEL_CAPACITY,
          requirement: needs.channel,
          message: `no qualified agent takes ${needs.channel} work (their ${needs.channel} capacity is 0)`,
        },
      ],
    };
  return { gaps: [], skills, qualified, claimers };
}
