import { Channel } from '../../models/index.ts';
import type { EngineContext } from '../context.ts';
import type { AgentView, RoutingDecision } from './matching.ts';
import { pickAgent } from './matching.ts';
import type { offerTask as OfferTask } from './offers.ts';
import type { pauseForLiveWork as PauseForLiveWork } from './pausing.ts';
import type { RouterAgent, RouterState } from './router-state.ts';
import type { IndexedTask } from './task-index.ts';

type Hold = (view: AgentView, channel: Channel, interruptible: boolean) => boolean;

/** What placement does to the database (injected so that the router's choices can be tested alone). */
export interface PlacementEffects {
  offerTask: typeof OfferTask;
  pauseForLiveWork?: typeof PauseForLiveWork;
}

async function offer(ctx: EngineContext, state: RouterState, entry: IndexedTask, agentId: string, decision: RoutingDecision, fx: PlacementEffects): Promise<boolean> {
  const done = await fx.offerTask(ctx, entry.task, agentId, decision);
  if (done) state.noteOffer(entry, agentId);
  return Boolean(done);
}

/** As the agent would look with its interruptible work paused. */
const withPausedWork = (view: RouterAgent): AgentView => ({ agent: view.agent, load: { ...view.load, active: 0, byChannel: { ...view.load.byChannel } } });

/**
 * Finds the best agent for a new (or returned) task and offers it. A call that finds nobody free may
 * take an agent whose active work is all interruptible: that work is paused first. Returns true when
 * the task was offered.
 */
export async function placeTask(ctx: EngineContext, state: RouterState, entry: IndexedTask, hold: Hold, fx: PlacementEffects): Promise<boolean> {
  const now = ctx.clock.now();
  const policy = { declinedBy: entry.declinedBy, heldForLive: hold, interruptible: entry.task.interruptible };
  const decision = pickAgent(entry.req, state.agents.values(), now, policy);
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
  return offer(ctx, state, entry, viaPause.chosen, { ...viaPause, paused: paused.map((t) => t.id), effectivePriority: decision.effectivePriority }, fx);
}

/** Offers an agent whose load dropped the best waiting tasks it may take, until its capacity is used. */
export async function fillAgent(ctx: EngineContext, state: RouterState, agentId: string, hold: () => Hold, fx: PlacementEffects): Promise<number> {
  let offered = 0;
  for (let guard = 0; guard < 100; guard += 1) {
    const view = state.agents.get(agentId);
    if (!view) return offered;
    const now = ctx.clock.now();
    const held = hold();
    const best = state.index.bestFor(view, now, (e) => !held(view, e.task.channel, e.task.interruptible));
    if (!best) return offered;
    const decision: RoutingDecision = {
      rule: 'best-effective-priority', chosen: agentId, at: now, effectivePriority: best.score,
      considered: [{ agentId, idleSince: view.agent.idleSince }], excludedCounts: {},
    };
    if (!(await offer(ctx, state, best.entry, agentId, decision, fx))) {
      await state.reloadAgents(ctx, [agentId]);
      await state.reloadTasks(ctx, [best.entry.task.id]);
      continue;
    }
    offered += 1;
  }
  return offered;
}
