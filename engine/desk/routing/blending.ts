import { Channel, Presence, type QueueRecord } from '../../../models/index.ts';
import { qualification, type Requirements } from './eligibility.ts';
import { agentsNeeded } from './erlang-c.ts';
import type { AgentView } from './matching.ts';

/** What the router observes of one live (voice) queue. */
export interface LiveQueueState {
  queue: QueueRecord;
  /** Arrival times within the window. */
  arrivals: number[];
  /** Exponentially weighted average handle time, seconds. */
  ahtSeconds: number;
  /** The requirements of its latest call: who can serve it. */
  req: Requirements | null;
}

/** How far back arrivals count towards the observed rate. */
export const ARRIVAL_WINDOW_MS = 15 * 60_000;

/** Records an arrival and drops those out of the window. */
export function recordArrival(state: LiveQueueState, at: number): void {
  state.arrivals.push(at);
  while (state.arrivals.length && state.arrivals[0] < at - ARRIVAL_WINDOW_MS) state.arrivals.shift();
}

/** Folds a completed call's handle time into the average. */
export function recordHandleTime(state: LiveQueueState, seconds: number): void {
  state.ahtSeconds = 0.8 * state.ahtSeconds + 0.2 * seconds;
}

/** Agents the queue needs by Erlang C at its observed load, beyond those already on its calls. */
export function reserveNeeded(state: LiveQueueState, onCalls: number, now: number): number {
  const recent = state.arrivals.filter((t) => t >= now - ARRIVAL_WINDOW_MS).length;
  const perHour = (recent * 3_600_000) / ARRIVAL_WINDOW_MS;
  const needed = agentsNeeded(perHour, state.ahtSeconds, state.queue.slaTargetPercent, state.queue.slaSeconds);
  return Math.max(0, needed - onCalls);
}

const canServe = (view: AgentView, req: Requirements | null) =>
  view.agent.capacity.VOICE > 0 && (!req || !qualification(view.agent, req));
const free = (view: AgentView) => view.agent.presence === Presence.AVAILABLE && view.load.active === 0;

/**
 * The blending policy: keep enough free agents for each voice queue to hold its service-level target
 * (Erlang C at the observed arrival rate and handle time) and release the rest to back-office work.
 * Returns a predicate telling whether an agent must be kept for live work; such an agent may still take
 * interruptible back-office tasks (they are paused when a call needs it).
 */
export function makeHoldPolicy(
  live: Iterable<LiveQueueState>,
  views: Iterable<AgentView>,
  now: number,
): (view: AgentView, channel: Channel, interruptible: boolean) => boolean {
  const tight: LiveQueueState[] = [];
  // Copied only when there are live queues: a start fills every agent, each with a policy of its own.
  let all: AgentView[] | null = null;
  for (const state of live) {
    all ??= [...views];
    const serving = all.filter((v) => canServe(v, state.req));
    const reserve = reserveNeeded(state, serving.filter((v) => v.load.byChannel.VOICE > 0).length, now);
    if (reserve === 0) continue;
    const freeAgents = serving.filter(free).length;
    if (freeAgents <= reserve) tight.push(state);
  }
  return (view, channel, interruptible) => {
    if (channel === Channel.VOICE || interruptible || tight.length === 0) return false;
    return tight.some((state) => canServe(view, state.req));
  };
}
