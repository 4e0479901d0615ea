import { Channel, Presence, type AgentLoad, type AgentRecord, type Capacity } from '../../../models/index.ts';
import { Exclusion } from './eligibility.ts';

/** The capacity an agent gets when none is given: one call, two chats, three mails, one back-office task, three at once. */
export const DEFAULT_CAPACITY: Capacity = { VOICE: 1, CHAT: 2, EMAIL: 3, BACKOFFICE: 1, total: 3 };

const LIVE: readonly Channel[] = [Channel.VOICE];

/** True when the agent is on a call (or wrapping one up): voice work is exclusive. */
export function onLiveWork(agent: Pick<AgentRecord, 'presence'>, load: AgentLoad): boolean {
  return agent.presence === Presence.WRAP_UP || LIVE.some((c) => load.byChannel[c] > 0);
}

/**
 * Why the agent cannot take one more task of `channel` now, or null when it can. Paused tasks keep
 * their channel slot (they come back to the same agent) but do not count towards the total.
 * `push` adds the router's conditions: the agent must be AVAILABLE (or BUSY with room left) and not on a call.
 * A call needs an agent with no active work (interruptible work is paused first, see blending).
 */
export function capacityExclusion(
  agent: Pick<AgentRecord, 'presence' | 'capacity'>,
  load: AgentLoad,
  channel: Channel,
  push: boolean,
): Exclusion | null {
  if (push && agent.presence !== Presence.AVAILABLE && agent.presence !== Presence.BUSY) return Exclusion.NOT_AVAILABLE;
  if (push && onLiveWork(agent, load)) return Exclusion.ON_LIVE_WORK;
  // A call takes the whole agent: paused work may wait, active work may not.
  if (channel === Channel.VOICE && load.active > 0) return Exclusion.NO_CAPACITY;
  if (load.byChannel[channel] >= agent.capacity[channel]) return Exclusion.NO_CAPACITY;
  if (load.active >= agent.capacity.total) return Exclusion.NO_CAPACITY;
  return null;
}
