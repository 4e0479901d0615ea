import type { AgentLoad, AgentRecord, Channel } from '../../../models/index.ts';
import { capacityExclusion } from './capacity.ts';
import { Exclusion, qualification, skillFit, type Requirements } from './eligibility.ts';

/** An agent as the router sees it: its record and the work it holds. */
export interface AgentView {
  agent: AgentRecord;
  load: AgentLoad;
}

/** One agent the router looked at for a task. */
export interface ConsideredAgent {
  agentId: string;
  /** Mean proficiency on the required skills. */
  fit?: number;
  idleSince?: number | null;
  excluded?: Exclusion;
  detail?: string;
}

/** A routing decision, as stored on the task and in history. */
export interface RoutingDecision {
  rule: 'best-skill-fit-then-longest-idle' | 'best-effective-priority' | 'pull' | 'cti-direct' | 'supervisor';
  chosen: string | null;
  at: number;
  effectivePriority?: number;
  considered: ConsideredAgent[];
  /** Agents ruled out, counted by reason (the list above keeps at most a sample). */
  excludedCounts: Partial<Record<Exclusion, number>>;
  paused?: string[];
  /** Whose site may take the task and when that widens (site-rule.ts); absent for work of no site. */
  siteRule?: string;
}

/** Extra exclusions the router applies (agents who declined the task, agents held for live work). */
export interface MatchPolicy {
  declinedBy?: ReadonlySet<string>;
  heldForLive?: (view: AgentView, channel: Channel, interruptible: boolean) => boolean;
  interruptible?: boolean;
}

const SAMPLE = 20;

/** Orders eligible agents: best skill fit, then longest idle (never idle counts as idle since now), then id. */
export function compareAgents(a: ConsideredAgent, b: ConsideredAgent, now: number): number {
  return (
    (b.fit ?? 0) - (a.fit ?? 0) || (a.idleSince ?? now) - (b.idleSince ?? now) || a.agentId.localeCompare(b.agentId)
  );
}

/**
 * Picks the agent for a task among `views`: eligible (skills at level, candidate, free capacity on the
 * task's channel, not excluded by policy), then best skill fit, then longest idle. Returns the decision
 * with every reason for exclusion counted.
 */
export function pickAgent(
  req: Requirements,
  views: Iterable<AgentView>,
  now: number,
  policy: MatchPolicy = {},
): RoutingDecision {
  const considered: ConsideredAgent[] = [];
  const excludedCounts: Partial<Record<Exclusion, number>> = {};
  let best: ConsideredAgent | null = null;
  for (const view of views) {
    const reason = exclusionOf(view, req, policy);
    if (reason) {
      excludedCounts[reason.reason] = (excludedCounts[reason.reason] ?? 0) + 1;
      if (considered.length < SAMPLE)
        considered.push({ agentId: view.agent.id, excluded: reason.reason, detail: reason.detail });
      continue;
    }
    const candidate = { agentId: view.agent.id, fit: skillFit(view.agent, req), idleSince: view.agent.idleSince };
    if (considered.length < SAMPLE) considered.push(candidate);
    if (!best || compareAgents(candidate, best, now) < 0) best = candidate;
  }
  if (best && !considered.includes(best)) considered.push(best);
  return {
    rule: 'best-skill-fit-then-longest-idle',
    chosen: best?.agentId ?? null,
    at: now,
    considered,
    excludedCounts,
  };
}

/** Why one agent cannot take the task now, or null. */
export function exclusionOf(
  view: AgentView,
  req: Requirements,
  policy: MatchPolicy,
): { reason: Exclusion; detail?: string } | null {
  if (policy.declinedBy?.has(view.agent.id)) return { reason: Exclusion.REJECTED_BEFORE };
  const q = qualification(view.agent, req);
  if (q) return q;
  const cap = capacityExclusion(view.agent, view.load, req.channel, true);
  if (cap) return { reason: cap };
  if (policy.heldForLive?.(view, req.channel, policy.interruptible ?? false))
    return { reason: Exclusion.HELD_FOR_LIVE_WORK };
  return null;
}
