import type { MemoryRoutingStore, RoutingStore } from '../routing/index.ts';

/** An offer the router made, as the simulation needs it to have the agent accept. */
export interface OfferMade {
  reservationId: string;
  taskId: string;
  agentId: string;
}

/**
 * The routing store the router writes through in a simulation: the in-memory store, with the offers and
 * pauses it makes noted for the simulation's agents (in production the engine's events tell the agents'
 * desks; here the simulation drains these lists after each instant).
 */
export function makeListeningStore(memory: MemoryRoutingStore): {
  store: RoutingStore;
  offered: OfferMade[];
  pauses: { agentId: string; taskIds: string[] }[];
} {
  const offered: OfferMade[] = [];
  const pauses: { agentId: string; taskIds: string[] }[] = [];
  const store: RoutingStore = {
    ...memory,
    async offer(agentId, specs) {
      const done = await memory.offer(agentId, specs);
      for (const o of done ?? []) offered.push({ reservationId: o.reservation.id, taskId: o.task.id, agentId });
      return done;
    },
    async pauseForLiveWork(agentId, callTaskId) {
      const paused = await memory.pauseForLiveWork(agentId, callTaskId);
      if (paused?.length) pauses.push({ agentId, taskIds: paused.map((t) => t.id) });
      return paused;
    },
  };
  return { store, offered, pauses };
}
