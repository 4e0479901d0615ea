import { Channel, Presence, type AgentLoad, type AgentRecord } from '../../../models/index.ts';
import { capacityExclusion } from '../routing/index.ts';

/** What the estimate reads of a queue now. */
export interface WaitInputs {
  /** Tasks queued and not yet offered (an offered task already holds an agent's slot). */
  queued: number;
  /** Slots of the agents serving the queue: staffed (AVAILABLE, BUSY or WRAP_UP), qualified, with capacity on its channel. */
  slots: number;
  /** Of those, slots free to take work now. */
  freeSlots: number;
  /** Average handling time of the queue's work. */
  ahtSeconds: number;
}

/**
 * Estimated wait of the next arrival (seconds), or null when nobody serves the queue. With c slots
 * all busy and q contacts ahead, a new arrival waits for q + 1 slots to free up; slots free at rate
 * c / AHT, so it waits (q + 1) × AHT / c on average. Free slots take arrivals at once, so they cut the
 * line: EWT = max(0, q + 1 − free) × AHT / c. This is the exact expected wait of an M/M/c queue in its
 * current state (first come, first served), the state-dependent form of Erlang C: averaged over Erlang
 * C's state distribution it gives Erlang C's average speed of answer. Unlike the Erlang C average it
 * follows the queue as it is now (a burst raises it at once), which is what a caller or a supervisor
 * asks. It ignores abandons (callers leaving ahead shorten the wait) and priorities (a task of higher
 * effective priority may overtake): it is the estimate for a contact of ordinary priority.
 */
export function estimateWaitSeconds(i: WaitInputs): number | null {
  if (i.slots <= 0) return null;
  const ahead = i.queued + 1 - i.freeSlots;
  return ahead <= 0 ? 0 : (ahead * i.ahtSeconds) / i.slots;
}

const STAFFED: readonly Presence[] = [Presence.AVAILABLE, Presence.BUSY, Presence.WRAP_UP];

/** Slots (and free slots) that serving agents give a queue of `channel`, by the router's capacity rules. */
export function servingSlots(
  agents: readonly AgentRecord[],
  loads: ReadonlyMap<string, AgentLoad>,
  channel: Channel,
): { slots: number; freeSlots: number } {
  let slots = 0;
  let freeSlots = 0;
  for (const agent of agents) {
    if (!STAFFED.includes(agent.presence)) continue;
    const own = Math.min(agent.capacity[channel], agent.capacity.total);
    if (own <= 0) continue;
    slots += own;
    const load = loads.get(agent.id);
    if (!load || capacityExclusion(agent, load, channel, true)) continue;
    freeSlots +=
      channel === Channel.VOICE ? 1 : Math.min(own - load.byChannel[channel], agent.capacity.total - load.active);
  }
  return { slots, freeSlots };
}
