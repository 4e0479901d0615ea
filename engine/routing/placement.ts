import { Channel } from '../../models/index.ts';
import type { EngineContext } from '../context.ts';
import type { AgentView, RoutingDecision } from './matching.ts';
import { pickAgent } from './matching.ts';
import type { offerTask as OfferTask, offerTasks as OfferTasks } from './offers.ts';
import type { pauseForLiveWork as PauseForLiveWork } from './pausing.ts';
import type { RouterAgent, RouterState } from './router-state.ts';
import type { IndexedTask } from './task-index.ts';

type Hold = (view: AgentView, channel: Channel, interruptible: boolean) => boolean;

/** What placement does to the database (injected so that the router's choices can be tested alone). */
export interface PlacementEffects {
  offerTask: typeof OfferTask;
  offerTasks: typeof OfferTasks;
  pauseForLiveWork?: typeof PauseForLiveWork;
}

async function offer(
  ctx: EngineContext,
  state: RouterState,
  entry: IndexedTask,
  agentId: string,
  decision: RoutingDecision,
  fx: PlacementEffects,
): Promise<boolean> {
  const done = await fx.offerTask(ctx, entry.task, agentId, decision);
  if (done) state.noteOffer(entry, agentId);
  return Boolean(done);
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
export async function placeTask(
  ctx: EngineContext,
  state: RouterState,
  entry: IndexedTask,
  hold: Hold,
  fx: PlacementEffects,
): Promise<boolean> {
  const now = ctx.clock.now();
  const policy = { declinedBy: entry.declinedBy, heldForLive: hold, interruptible: entry.task.interruptible };
  const pool = state.poolFor(entry.req);
  const decision = pickAgent(entry.req, pool, now, policy);
  // Agents without the rarest required skill were not looked at one by one; they are counted.
  const skipped = state.agents.size - pool.length;
  if (skipped > 0) decision.excludedCounts.MISSING_SKILL = (decision.excludedCounts.MISSING_SKILL ?? 0) + skipped;
  decision.effectivePriority = state.scoreOf(entry, now);
  if (decision.chosen) return offer(ctx, state, entry, decision.chosen, decision, fx);
  if (entry.task.channel !== Channel.VOICE || !fx.pauseForLiveWork) return false;
  const pausable = [...state.agents.values()].filter((v) => v.pausable && v.load.active > 0).map(withPausedWork);
  const viaPause = pickAgent(entry.req, pausable, now, policy);
  if (!viaPause.chosen) return false;
  const paused = await fx.pauseForLiveWork(ctx, viaPause.chosen, entry.task.id);
  if (!paused) return false;
  const view = state.agents.get(viaPause.chosen) as RouterAgent;
  view.load.active = 0;
  return offer(
    ctx,
    state,
    entry,
    viaPause.chosen,
    { ...viaPause, paused: paused.map((t) => t.id), effectivePriority: decision.effectivePriority },
    fx,
  );
}

/**
 * Offers an agent whose load dropped the best waiting tasks it may take, up to its free capacity, in
 * one transaction. Returns how many were offered.
 */
export async function fillAgent(
  ctx: EngineContext,
  state: RouterState,
  agentId: string,
  hold: () => Hold,
  fx: PlacementEffects,
): Promise<number> {
  let offered = 0;
  for (let round = 0; round < 20; round += 1) {
    const view = state.agents.get(agentId);
    if (!view) return offered;
    const picks = pickBatch(ctx, state, view, hold());
    if (picks.length === 0) return offered;
    const done = await fx.offerTasks(
      ctx,
      agentId,
      picks.map((p) => ({
        task: p.entry.task,
        decision: p.decision,
        timeoutSeconds: state.queues.get(p.entry.task.queue ?? '')?.reservationTimeoutSeconds,
      })),
    );
    if (done) {
      for (const p of picks) state.noteOffer(p.entry, agentId);
      offered += done.length;
      continue;
    }
    // Someone else moved first: put the picks back as the database now has them and look again.
    await state.reloadAgents(ctx, [agentId]);
    await state.reloadTasks(
      ctx,
      picks.map((p) => p.entry.task.id),
    );
    if (picks.length === 1 && round > 3) return offered;
  }
  return offered;
}

/** The best tasks for the agent, best first, as many as its free capacity takes (the index is left as it was). */
function pickBatch(
  ctx: EngineContext,
  state: RouterState,
  view: RouterAgent,
  held: Hold,
): { entry: IndexedTask; decision: RoutingDecision }[] {
  const now = ctx.clock.now();
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
    },
  }));
}
