import { Channel, type TaskRecord } from '../../../models/index.ts';
import { type AgentView, type RoutingDecision, pickAgent } from './matching.ts';
import type { RouterAgent, RouterState } from './router-state.ts';
import type { Offered, RoutingStore } from './routing-store.ts';
import { siteRuleOf } from './site-rule.ts';
import type { IndexedTask } from './task-index.ts';

const siteRuleField = (task: TaskRecord, state: RouterState): { siteRule?: string } => {
  const siteRule = siteRuleOf(task, state.queues.get(task.queue ?? ''));
  return siteRule ? { siteRule } : {};
};

type Hold = (view: AgentView, channel: Channel, interruptible: boolean) => boolean;

/**
 * What placement writes through, and what it tells the router of its own writes (so the router need not
 * hear them back as events).
 */
export interface Placement {
  store: RoutingStore;
  clock: { now(): number };
  /** Offers made (their timeouts go on the agenda). */
  offered(offers: readonly Offered[]): void;
  /** An agent's work paused for a call (its load and the pause returns change). */
  paused(agentId: string, tasks: readonly TaskRecord[]): void;
}

async function offer(
  p: Placement,
  state: RouterState,
  entry: IndexedTask,
  agentId: string,
  decision: RoutingDecision,
): Promise<boolean> {
  const done = await p.store.offer(agentId, [{ task: entry.task, decision }]);
  if (!done) return false;
  state.noteOffer(entry, agentId);
  p.offered(done);
  return true;
}

/** As the agent would look with its interruptible work paused. */
const withPausedWork = (view: RouterAgent): AgentView => ({
  agent: view.agent,
  load: { ...view.load, active: 0, byChannel: { ...view.load.byChannel } },
});

/**
 * Finds the best agent for a new (or returned) task and offers it. A call that finds nobody free may
 * take an agent whose active work is all interruptible: that work is paused first. Returns true when
 * the task was offered.
 */
export async function placeTask(p: Placement, state: RouterState, entry: IndexedTask, hold: Hold): Promise<boolean> {
  const now = p.clock.now();
  const policy = { declinedBy: entry.declinedBy, heldForLive: hold, interruptible: entry.task.interruptible };
  const pool = state.poolFor(entry.req);
  const decision = pickAgent(entry.req, pool, now, policy);
  // Agents without the rarest required skill were not looked at one by one; they are counted.
  const skipped = state.agents.size - pool.length;
  if (skipped > 0) decision.excludedCounts.MISSING_SKILL = (decision.excludedCounts.MISSING_SKILL ?? 0) + skipped;
  decision.effectivePriority = state.scoreOf(entry, now);
  const siteRule = siteRuleOf(entry.task, state.queues.get(entry.task.queue ?? ''));
  if (siteRule) decision.siteRule = siteRule;
  if (decision.chosen) return offer(p, state, entry, decision.chosen, decision);
  if (entry.task.channel !== Channel.VOICE) return false;
  const pausable = [...state.agents.values()].filter((v) => v.pausable && v.load.active > 0).map(withPausedWork);
  const viaPause = pickAgent(entry.req, pausable, now, policy);
  if (!viaPause.chosen) return false;
  const paused = await p.store.pauseForLiveWork(viaPause.chosen, entry.task.id);
  if (!paused) return false;
  p.paused(viaPause.chosen, paused);
  const view = state.agents.get(viaPause.chosen) as RouterAgent;
  view.load.active = 0;
  return offer(p, state, entry, viaPause.chosen, {
    ...viaPause,
    paused: paused.map((t) => t.id),
    effectivePriority: decision.effectivePriority,
    ...(siteRule ? { siteRule } : {}),
  });
}

/**
 * Offers an agent whose load dropped the best waiting tasks it may take, up to its free capacity, in
 * one transaction. Returns how many were offered.
 */
export async function fillAgent(p: Placement, state: RouterState, agentId: string, hold: () => Hold): Promise<number> {
  let offered = 0;
  for (let round = 0; round < 20; round += 1) {
    const view = state.agents.get(agentId);
    if (!view) return offered;
    const picks = pickBatch(p.clock.now(), state, view, hold());
    if (picks.length === 0) return offered;
    const done = await p.store.offer(
      agentId,
      picks.map((pick) => ({
        task: pick.entry.task,
        decision: pick.decision,
        timeoutSeconds: state.queues.get(pick.entry.task.queue ?? '')?.reservationTimeoutSeconds,
      })),
    );
    if (done) {
      for (const pick of picks) state.noteOffer(pick.entry, agentId);
      p.offered(done);
      offered += done.length;
      continue;
    }
    // Someone else moved first: put the picks back as the database now has them and look again.
    await state.reloadAgents(p.store, [agentId]);
    await state.reloadTasks(
      p.store,
      picks.map((pick) => pick.entry.task.id),
      p.clock.now(),
    );
    if (picks.length === 1 && round > 3) return offered;
  }
  return offered;
}

/** The best tasks for the agent, best first, as many as its free capacity takes (the index is left as it was). */
function pickBatch(
  now: number,
  state: RouterState,
  view: RouterAgent,
  held: Hold,
): { entry: IndexedTask; decision: RoutingDecision }[] {
  const picks = state.index.bestManyFor(
    view,
    now,
    Math.max(1, view.agent.capacity.total - view.load.active),
    (e) => !held(view, e.task.channel, e.task.interruptible),
  );
  return picks.map((best) => ({
    entry: best.entry,
    decision: {
      rule: 'best-effective-priority',
      chosen: view.agent.id,
      at: now,
      effectivePriority: best.score,
      considered: [{ agentId: view.agent.id, idleSince: view.agent.idleSince }],
      excludedCounts: {},
      ...siteRuleField(best.entry.task, state),
    },
  }));
}
