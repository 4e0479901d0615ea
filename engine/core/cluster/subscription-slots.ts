import {
  clearSubscriptionSlots,
  isPostgres,
  releaseSubscriptionSlot,
  takeSubscriptionSlot,
} from '../../../models/index.ts';
import type { EngineContext } from '../context/index.ts';
import { newId } from '../ids/index.ts';

/** Open subscriptions per user counted across the nodes of one database (CROSSDESK_MAX_SUBSCRIPTIONS). */
export interface SubscriptionSlots {
  /** Takes one of `key`'s `max` slots; the slot's id, or null when all are taken. */
  take(key: string, max: number): Promise<string | null>;
  /** Gives a slot back. */
  release(slotId: string): Promise<void>;
}

/**
 * Shared slots on PostgreSQL, null on SQLite (one server: its memory is the whole count). A slot names its
 * node; a node whose heartbeat is stale (CROSSDESK_NODE_STALE_SECONDS) stops counting, so a node that
 * died holding streams frees them within that long. Its old rows are deleted when it starts again.
 */
export function makeSubscriptionSlots(ctx: EngineContext): SubscriptionSlots | null {
  if (!isPostgres(ctx.db)) return null;
  const cleared = clearSubscriptionSlots(ctx.db, ctx.nodeId).catch((err) =>
    ctx.logger.warn('subscription slots of earlier processes not cleared', { err: String(err) }),
  );
  return {
    async take(key, max) {
      await cleared;
      const now = ctx.clock.now();
      const slot = { id: newId('ss'), nodeId: ctx.nodeId, userKey: key, openedAt: now };
      return (await takeSubscriptionSlot(ctx.db, slot, max, now - ctx.options.nodes.staleAfterMs)) ? slot.id : null;
    },
    release: (slotId) => releaseSubscriptionSlot(ctx.db, slotId),
  };
}
