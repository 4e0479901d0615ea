import type { Actor, TaskFilter as EngineTaskFilter } from '../../engine/index.ts';
import type { TaskFilter } from '../generated/resolvers-types.ts';

/** The engine's task filter for the API's; `eligible` and `mine` are relative to the viewer. */
export function taskFilter(actor: Actor, f: TaskFilter | null | undefined): EngineTaskFilter {
  if (!f) return {};
  return {
    states: f.states?.length ? f.states : f.state ? [f.state] : undefined,
    assigneeId: f.mine ? actor.userId : (f.assignee ?? undefined),
    unassigned: f.unassigned ?? undefined,
    candidateGroup: f.candidateGroup ?? undefined,
    candidateUser: f.candidateUser ?? undefined,
    eligibleFor: f.eligible ? { userId: actor.userId, groups: actor.groups } : undefined,
    definitionKey: f.processKey ?? undefined,
    instanceId: f.processInstanceId ?? undefined,
    queue: f.queue ?? undefined,
    dueBefore: f.dueBefore ?? undefined,
    text: f.text?.trim() || undefined,
  };
}
