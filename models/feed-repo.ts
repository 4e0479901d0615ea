import { fromJson, isPostgres, type Db } from './db.ts';

/**
 * A reader's place in the change feed: the last row it has read. On PostgreSQL rows are read in
 * (xid, id) order, so both are needed; on SQLite `xid` is null and the id alone orders them.
 */
export interface FeedPosition {
  readonly xid: string | null;
  readonly id: number;
}

/** One committed change as the feed recorded it (see models/feed-triggers.ts). */
export interface FeedRecord {
  readonly position: FeedPosition;
  /** The node whose connection wrote it (CROSSDESK_NODE_ID), null for writers without one. */
  readonly origin: string | null;
  readonly entity:
    'task' | 'reservation' | 'agent' | 'queue' | 'session' | 'user' | 'instance' | 'chat' | 'chatMessage';
  readonly entityId: string;
  /** I(nsert), U(pdate), or S (an agent's skills changed). */
  readonly op: 'I' | 'U' | 'S';
  readonly version: number | null;
  /** The state (task, reservation) or presence (agent) the row had before an update. */
  readonly prevState: string | null;
  /** The row as committed, in its column names (secrets left out). */
  readonly row: Record<string, unknown>;
  readonly at: number;
}

/** The channel of feed wake-ups on PostgreSQL (a hint only: readers poll as well). */
export const FEED_CHANNEL = 'crossdesk_feed';

export const FEED_START: FeedPosition = { xid: null, id: 0 };

function toRecord(r: any): FeedRecord {
  return {
    position: { xid: r.xid ?? null, id: Number(r.id) },
    origin: r.origin ?? null,
    entity: r.entity,
    entityId: r.entity_id,
    op: r.op,
    version: r.version === null || r.version === undefined ? null : Number(r.version),
    prevState: r.prev_state ?? null,
    row: fromJson(r.payload, {}),
    at: Number(r.at),
  };
}

const COLUMNS = 'id, origin, entity, entity_id, op, version, prev_state, payload, at';

/**
 * Up to `limit` records after `after`, in commit order. PostgreSQL hands out ids at insert, not at
 * commit: a slow transaction's row can appear below rows already read. So a reader takes only rows of
 * transactions older than the oldest one still running (below the snapshot's xmin: all of those have
 * ended, so no row can appear among them later), ordered by (xid, id). On SQLite there is one writer at
 * a time and a transaction holds the write lock from its first statement (BEGIN IMMEDIATE, see
 * sqlite-client.ts) to its commit, so ids are taken in commit order and the id alone is safe.
 */
export async function readFeed(db: Db, after: FeedPosition, limit: number): Promise<FeedRecord[]> {
  if (!isPostgres(db)) {
    const rows = await db('change_feed').select(db.raw(COLUMNS)).where('id', '>', after.id).orderBy('id').limit(limit);
    return rows.map(toRecord);
  }
  const { rows } = await db.raw(
    `SELECT ${COLUMNS}, xid::text AS xid FROM change_feed
      WHERE (xid, id) > (?::xid8, ?) AND xid < pg_snapshot_xmin(pg_current_snapshot())
      ORDER BY xid, id LIMIT ?`,
    [after.xid ?? '0', after.id, limit],
  );
  return rows.map(toRecord);
}

/**
 * Whether records after `after` exist that readFeed does not hand out yet (PostgreSQL: their
 * transactions, or an older one anywhere on the server, are still running). Readers then look again
 * soon rather than at the next poll.
 */
export async function feedPending(db: Db, after: FeedPosition): Promise<boolean> {
  if (!isPostgres(db)) return false;
  const { rows } = await db.raw(
    `SELECT 1 FROM change_feed WHERE (xid, id) > (?::xid8, ?) AND xid >= pg_snapshot_xmin(pg_current_snapshot()) LIMIT 1`,
    [after.xid ?? '0', after.id],
  );
  return rows.length > 0;
}

/**
 * Where a new reader starts: after everything committed so far. On PostgreSQL, rows of transactions
 * still running may lie below that point in id order, so the start is the snapshot's xmin: a few rows
 * committed just before may be read, none is missed.
 */
export async function feedHead(db: Db): Promise<FeedPosition> {
  if (!isPostgres(db)) {
    const row = await db('change_feed').max('id as id').first();
    return { xid: null, id: Number(row?.id ?? 0) };
  }
  const { rows } = await db.raw('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xid');
  return { xid: rows[0].xid, id: 0 };
}

/** Wakes the readers of other nodes (PostgreSQL; after commit, never inside a command's transaction). */
export async function notifyFeed(db: Db, origin: string): Promise<void> {
  if (isPostgres(db)) await db.raw('SELECT pg_notify(?, ?)', [FEED_CHANNEL, origin]);
}

/** A registered reader's checkpoint. */
export interface FeedCheckpoint {
  readonly name: string;
  readonly durable: boolean;
  readonly position: FeedPosition;
  readonly updatedAt: number;
}

/** The checkpoint of `name`, if it is registered. */
export async function findFeedCheckpoint(db: Db, name: string): Promise<FeedCheckpoint | undefined> {
  const r = await db('feed_consumers').where({ name }).first();
  return (
    r && {
      name: r.name,
      durable: Boolean(r.durable),
      position: { xid: r.position_xid ?? null, id: Number(r.position_id) },
      updatedAt: Number(r.updated_at),
    }
  );
}

/** Registers `name` at `position` (its checkpoint), or moves its checkpoint there. */
export async function saveFeedCheckpoint(
  db: Db,
  name: string,
  position: FeedPosition,
  at: number,
  durable = false,
): Promise<void> {
  await db('feed_consumers')
    .insert({ name, durable, position_xid: position.xid, position_id: position.id, updated_at: at })
    .onConflict('name')
    .merge(['position_xid', 'position_id', 'updated_at']);
}

/** Removes a reader's checkpoint: pruning no longer waits for it. */
export async function deleteFeedCheckpoint(db: Db, name: string): Promise<boolean> {
  return (await db('feed_consumers').where({ name }).delete()) > 0;
}

/**
 * Deletes records older than `before` that every registered reader has read. A node's checkpoint
 * that has not moved since `lapsedBefore` is dropped first (node ids change when nodes restart);
 * durable checkpoints only go when they are unregistered. Returns the number of records deleted.
 */
export async function pruneFeed(db: Db, before: number, lapsedBefore: number): Promise<number> {
  await db('feed_consumers').where({ durable: false }).andWhere('updated_at', '<', lapsedBefore).delete();
  const pg = isPostgres(db);
  const slowest = await db('feed_consumers')
    .select('position_xid', 'position_id')
    .orderByRaw(pg ? 'position_xid::xid8, position_id' : 'position_id')
    .first();
  // The first record not old enough, in id order (`at` has no index: this scan stops at the first
  // young row, so it reads only the rows about to go); the clock may step back, which only keeps more.
  // With none young, the newest record stays anyway: on SQLite a new id is one more than the largest
  // present (no AUTOINCREMENT, migration 0031), so the largest must never go or an id could come back.
  const young = await db('change_feed').select('id').where('at', '>=', before).orderBy('id').first();
  const cut = young ?? (await db('change_feed').max('id as id').first());
  if (cut?.id == null) return 0;
  const old = db('change_feed').where('id', '<', Number(cut.id));
  if (!slowest) return old.delete();
  if (!pg) return old.andWhere('id', '<=', Number(slowest.position_id)).delete();
  return old
    .andWhereRaw('(xid, id) <= (?::xid8, ?)', [slowest.position_xid ?? '0', Number(slowest.position_id)])
    .delete();
}
