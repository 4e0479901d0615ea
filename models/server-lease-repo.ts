import { isUniqueViolation, type Db } from './db.ts';

/** Who holds a server lease (the SQLite file's one server process). */
export interface ServerLeaseRecord {
  name: string;
  nodeId: string;
  host: string;
  pid: number;
  heartbeatAt: number;
}

const toLease = (r: any): ServerLeaseRecord => ({
  name: r.name,
  nodeId: r.node_id,
  host: r.host,
  pid: Number(r.pid),
  heartbeatAt: Number(r.heartbeat_at),
});

export async function findServerLease(db: Db, name: string): Promise<ServerLeaseRecord | undefined> {
  const row = await db('server_lease').where({ name }).first();
  return row ? toLease(row) : undefined;
}

/**
 * Takes the lease when it is still as `seen` left it (absent, or held by the same holder with the same
 * heartbeat): one conditional statement, so of two processes that both judged the lease free only one
 * gets it. Answers whether this one did.
 */
export async function takeServerLease(
  db: Db,
  lease: ServerLeaseRecord,
  seen: ServerLeaseRecord | undefined,
): Promise<boolean> {
  const row = { node_id: lease.nodeId, host: lease.host, pid: lease.pid, heartbeat_at: lease.heartbeatAt };
  if (!seen) {
    try {
      await db('server_lease').insert({ name: lease.name, ...row });
      return true;
    } catch (err) {
      if (isUniqueViolation(err)) return false;
      throw err;
    }
  }
  const changed = await db('server_lease')
    .where({ name: lease.name, node_id: seen.nodeId, pid: seen.pid, heartbeat_at: seen.heartbeatAt })
    .update(row);
  return changed === 1;
}

/** Renews the holder's heartbeat; false when the lease is no longer this holder's. */
export async function renewServerLease(db: Db, name: string, nodeId: string, at: number): Promise<boolean> {
  return (await db('server_lease').where({ name, node_id: nodeId }).update({ heartbeat_at: at })) === 1;
}

/** Gives the lease up (clean shutdown). */
export async function releaseServerLease(db: Db, name: string, nodeId: string): Promise<void> {
  await db('server_lease').where({ name, node_id: nodeId }).delete();
}
