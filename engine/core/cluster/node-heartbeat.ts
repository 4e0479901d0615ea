import { hostname } from 'node:os';
import { deleteNode, pruneNodes, upsertNode } from '../../../models/index.ts';
import type { EngineContext, NodeSettings } from '../context/index.ts';
import type { ClusterRole } from './cluster-role.ts';

// State of one heartbeat loop: its timer, whether it stopped, and the beat in flight (stop waits for it).
// (Kept in the closure of startNodeHeartbeat; listed here as the file's mutable state.)

/** A running heartbeat: `beat()` writes one now (tests), `stop()` ends the loop and removes the row. */
export interface NodeHeartbeat {
  beat(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Writes this node's row in `nodes` now and every `heartbeatMs`: host, pid, role and term (read from
 * `cluster` at each beat), version; and removes nodes unseen for `pruneAfterMs`. A failed beat is logged
 * and the next one tries again (the database may be restarting).
 */
export async function startNodeHeartbeat(
  ctx: EngineContext,
  cluster: ClusterRole,
  parts: { version: string; host?: string },
): Promise<NodeHeartbeat> {
  const settings: NodeSettings = ctx.options.nodes;
  const startedAt = ctx.clock.now();
  const host = parts.host ?? hostname();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let inFlight: Promise<void> = Promise.resolve();
  const write = async () => {
    const now = ctx.clock.now();
    await upsertNode(ctx.db, {
      id: ctx.nodeId,
      host,
      pid: process.pid,
      role: cluster.role(),
      leaderTerm: cluster.term(),
      version: parts.version,
      startedAt,
      lastSeenAt: now,
    });
    await pruneNodes(ctx.db, now - settings.pruneAfterMs);
  };
  const beat = () => {
    inFlight = write().catch((err) => ctx.logger.warn('node heartbeat failed', { err: String(err) }));
    return inFlight;
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void beat().then(schedule), settings.heartbeatMs);
    timer.unref();
  };
  await write();
  schedule();
  return {
    beat,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
      // A node that leaves cleanly leaves the list at once; one that dies shows as stale, then is pruned.
      await deleteNode(ctx.db, ctx.nodeId).catch((err) =>
        ctx.logger.warn('node row not removed', { err: String(err) }),
      );
    },
  };
}
