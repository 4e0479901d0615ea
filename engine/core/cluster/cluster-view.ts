import { listNodes } from '../../../models/index.ts';
import { Role, requireRole, type Actor } from '../access/index.ts';
import type { EngineContext } from '../context/index.ts';

/** A node as supervisors and integrators see it. */
export interface ClusterNodeView {
  id: string;
  host: string;
  startedAt: number;
  lastSeenAt: number;
  role: string;
  version: string;
  /** Not heard from for the stale setting: probably dead, pruned later. */
  stale: boolean;
}

export interface ClusterView {
  nodes: ClusterNodeView[];
  /** The highest leader term a live node reports (0: no election yet). */
  leaderTerm: number;
}

/** The nodes on this database with their heartbeats (supervisors and integrators). */
export async function viewCluster(ctx: EngineContext, actor: Actor): Promise<ClusterView> {
  requireRole(actor, Role.SUPERVISOR, Role.INTEGRATOR);
  const now = ctx.clock.now();
  const nodes = (await listNodes(ctx.db)).map((n) => ({
    id: n.id,
    host: n.host,
    startedAt: n.startedAt,
    lastSeenAt: n.lastSeenAt,
    role: n.role,
    version: n.version,
    stale: now - n.lastSeenAt > ctx.options.nodes.staleAfterMs,
    leaderTerm: n.leaderTerm,
  }));
  const leaderTerm = Math.max(0, ...nodes.filter((n) => !n.stale).map((n) => n.leaderTerm));
  return { nodes: nodes.map(({ leaderTerm: _term, ...node }) => node), leaderTerm };
}
