import type { Db } from './db.ts';

/** One server process of a cluster as its heartbeats left it. */
export interface NodeRecord {
  id: string;
  host: string;
  pid: number;
  role: string;
  /** The leader term this node last knew (0: none yet). */
  leaderTerm: number;
  version: string;
  startedAt: number;
  lastSeenAt: number;
}

const toNode = (r: any): NodeRecord => ({
  id: r.id,
  host: r.host,
  pid: Number(r.pid),
  role: r.role,
  leaderTerm: Number(r.leader_term),
  version: r.version,
  startedAt: Number(r.started_at),
  lastSeenAt: Number(r.last_seen_at),
});

/** Writes a node's heartbeat: its row is created on the first one and updated on the next. */
export async function upsertNode(db: Db, node: NodeRecord): Promise<void> {
  await db('nodes')
    .insert({
      id: node.id,
      host: node.host,
      pid: node.pid,
      role: node.role,
      leader_term: node.leaderTerm,
      version: node.version,
      started_at: node.startedAt,
      last_seen_at: node.lastSeenAt,
    })
    .onConflict('id')
    .merge(['host', 'pid', 'role', 'leader_term', 'version', 'last_seen_at']);
}

/** Every node row, most recently seen first. */
export async function listNodes(db: Db): Promise<NodeRecord[]> {
  return (await db('nodes').orderBy([{ column: 'last_seen_at', order: 'desc' }, 'id'])).map(toNode);
}

/** Deletes nodes not seen since `before`; answers how many. */
export async function pruneNodes(db: Db, before: number): Promise<number> {
  return db('nodes').where('last_seen_at', '<', before).delete();
}

/** Deletes one node's row (a clean shutdown). */
export async function deleteNode(db: Db, id: string): Promise<void> {
  await db('nodes').where({ id }).delete();
}
