import type { SerializableContext } from 'moddle-context-serializer';
import { listActiveUserGroups, listAgents, listGroups } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { isExpression } from '../../core/expressions/index.ts';
import { toChannel, toList, toSkills } from '../../process/definitions/index.ts';
import { taskCoverage, type CoverageGap, type TaskNeeds } from './coverage.ts';

/** Something that would keep a deployed version's tasks waiting, though the model itself is valid. */
export interface DeployWarning {
  elementId: string;
  /** The element's name as modelled (may hold an expression), or null. */
  elementName: string | null;
  rule: string;
  code: CoverageGap | typeof UNKNOWN_GROUP;
  /** The unmet requirement as data, e.g. `spanish:5`. */
  requirement: string;
  message: string;
}

export const NO_AGENT_RULE = 'crossdesk/no-agent-qualifies';
export const UNKNOWN_GROUP_RULE = 'crossdesk/unknown-group';
/** A candidate group that is no group record (createGroup): a typo, or a group deleted since. */
export const UNKNOWN_GROUP = 'UNKNOWN_GROUP';

const literal = (value: unknown): boolean => value !== undefined && value !== null && !isExpression(value);

/**
 * The requirements a user task states literally, or null when it cannot be judged ahead of time (an
 * assignee goes straight to that person). Expressions are known only when the task is created: an
 * expression in the skills leaves the skills out, one in the candidates leaves candidacy out.
 */
export function staticNeeds(behaviour: Record<string, unknown>): TaskNeeds | null {
  if (behaviour.assignee) return null;
  const candidatesKnown = [behaviour.candidateGroups, behaviour.candidateUsers].every((v) => !v || literal(v));
  return {
    channel: toChannel(literal(behaviour.channel) ? behaviour.channel : null),
    skills: literal(behaviour.skills) ? toSkills(behaviour.skills) : [],
    candidateGroups: candidatesKnown ? toList(behaviour.candidateGroups) : [],
    candidateUsers: candidatesKnown ? toList(behaviour.candidateUsers) : [],
  };
}

/**
 * Warnings for deployed versions, checked against the workforce as it is now (agents, their skills,
 * groups and capacity): every user task whose requirements nobody meets would wait silently, and every
 * candidate group that is no group record is named.
 * Batched: the workforce is read once for all `definitionIds`.
 */
export async function definitionWarnings(
  ctx: EngineContext,
  definitionIds: readonly string[],
): Promise<Map<string, DeployWarning[]>> {
  const out = new Map<string, DeployWarning[]>();
  if (definitionIds.length === 0) return out;
  const [agents, users, groups] = await Promise.all([
    listAgents(ctx.db),
    listActiveUserGroups(ctx.db),
    listGroups(ctx.db),
  ]);
  const known = new Set(groups.map((g) => g.id));
  for (const id of definitionIds) {
    const source = (await ctx.sources.get(ctx.db, id)) as SerializableContext;
    const warnings: DeployWarning[] = [];
    for (const activity of source.getActivities()) {
      if (activity.type !== 'bpmn:UserTask') continue;
      const needs = staticNeeds(activity.behaviour ?? {});
      if (!needs) continue;
      const element = { elementId: activity.id ?? '', elementName: (activity.name as string | undefined) ?? null };
      for (const group of needs.candidateGroups)
        if (!known.has(group))
          warnings.push({
            ...element,
            rule: UNKNOWN_GROUP_RULE,
            code: UNKNOWN_GROUP,
            requirement: group,
            message: `group ${group} does not exist (create it, or fix the name)`,
          });
      for (const gap of taskCoverage(agents, users, needs).gaps)
        warnings.push({
          ...element,
          rule: NO_AGENT_RULE,
          ...gap,
        });
    }
    out.set(id, warnings);
  }
  return out;
}
