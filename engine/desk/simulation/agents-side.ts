import { Presence, TaskState, type AgentRecord } from '../../../models/index.ts';
import type { MemoryRoutingStore } from '../routing/index.ts';
import type { Tally } from './tally.ts';

/** What the simulation keeps of one agent beside its row in the store. */
export interface SimAgent {
  id: string;
  /** The shift in ms into the day. */
  shift: { start: number; end: number };
  /** Tasks it works on now (accepted, not paused, not finished). */
  active: number;
  busySince: number;
  /** Tasks it paused for a call, to resume when it is free again. */
  paused: Set<string>;
  /** Its shift is over: it takes nothing new and logs off when its work is done. */
  leaving: boolean;
  /** On a break: it takes nothing new; work in hand is finished, paused work waits for the break's end. */
  onBreak: boolean;
  /** When the break really began (the call in hand finished); null while working. */
  breakFrom: number | null;
}

/**
 * The agents' side of the day: presence as the engine's setPresence sets it (available with its idle
 * time when free, paused work resumed then, offline after the shift), and the busy time behind occupancy.
 */
export function makeAgentsSide(
  store: MemoryRoutingStore,
  tally: Tally,
  now: () => number,
  resume: (agent: SimAgent, taskId: string) => void,
) {
  const setPresence = async (id: string, presence: Presence) => {
    const [row] = await store.agents([id]);
    const at = now();
    const agent: AgentRecord = { ...row.agent, presence, presenceSince: at, version: row.agent.version + 1 };
    if (presence === Presence.AVAILABLE) agent.idleSince = at;
    if (presence === Presence.AVAILABLE) agent.missedOffers = 0;
    if (presence === Presence.OFFLINE) agent.idleSince = null;
    store.putAgent(agent);
  };
  /** The agent's last active task ended: it resumes paused work, or is free, or logs off. */
  async function freed(agent: SimAgent): Promise<void> {
    if (agent.active > 0) return;
    if (agent.leaving) return setPresence(agent.id, Presence.OFFLINE);
    if (agent.onBreak) {
      agent.breakFrom = now();
      return setPresence(agent.id, Presence.AWAY);
    }
    const toResume = [...agent.paused].filter((id) => {
      const t = store.task(id);
      return t?.state === TaskState.PAUSED && t.assigneeId === agent.id;
    });
    agent.paused.clear();
    await setPresence(agent.id, toResume.length ? Presence.BUSY : Presence.AVAILABLE);
    for (const id of toResume) resume(agent, id);
  }
  return {
    setPresence,
    startWork(agent: SimAgent) {
      if (agent.active++ === 0) agent.busySince = now();
    },
    stopWork(agent: SimAgent) {
      agent.active -= 1;
      if (agent.active === 0) tally.busy(agent.busySince, now(), agent.shift);
    },
    freed,
    /** The break begins: AWAY at once, so the router offers nothing new; a call in hand is finished. */
    async startBreak(agent: SimAgent) {
      if (agent.leaving) return;
      agent.onBreak = true;
      if (agent.active === 0) agent.breakFrom = now();
      await setPresence(agent.id, Presence.AWAY);
    },
    /** The break is over: back to work, paused work first. */
    async endBreak(agent: SimAgent) {
      if (!agent.onBreak) return;
      agent.onBreak = false;
      if (agent.breakFrom !== null) tally.offWork(agent.breakFrom, now());
      agent.breakFrom = null;
      if (agent.leaving) return;
      if (agent.active > 0) return setPresence(agent.id, Presence.AVAILABLE);
      await freed(agent);
    },
    async endShift(agent: SimAgent) {
      agent.leaving = true;
      await setPresence(agent.id, agent.active > 0 ? Presence.AWAY : Presence.OFFLINE);
    },
    /** Closes the busy time of agents still working when the day ends. */
    close(agents: Iterable<SimAgent>) {
      for (const a of agents) if (a.active > 0) tally.busy(a.busySince, now(), a.shift);
    },
  };
}
