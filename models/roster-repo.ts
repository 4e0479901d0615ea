import { fromJson, type Db } from './db.ts';

/** A break inside a shift, local "HH:MM" times. */
export interface ShiftBreak {
  start: string;
  end: string;
}

/** One agent's shift on one local day of its site ("agent x shift per day"). */
export interface RosterShiftRecord {
  id: string;
  agentId: string;
  siteId: string | null;
  /** The queue the agent is planned on; null: counted for every queue of its site. */
  queue: string | null;
  /** Local date YYYY-MM-DD in the site's zone. */
  date: string;
  start: string;
  end: string;
  breaks: ShiftBreak[];
  /** The shift's instants (epoch ms), computed from the local times in the site's zone when saved. */
  startsAt: number;
  endsAt: number;
  updatedAt: number;
}

const toShift = (r: any): RosterShiftRecord => ({
  id: r.id,
  agentId: r.agent_id,
  siteId: r.site_id ?? null,
  queue: r.queue ?? null,
  date: r.date,
  start: r.start_time,
  end: r.end_time,
  breaks: fromJson(r.breaks, []),
  startsAt: Number(r.starts_at),
  endsAt: Number(r.ends_at),
  updatedAt: Number(r.updated_at),
});

/** Shifts overlapping [from, to) (epoch ms), optionally of one site, by start then agent; at most `limit`. */
export async function listRosterShifts(
  db: Db,
  range: { from: number; to: number; siteId?: string | null; limit: number },
): Promise<RosterShiftRecord[]> {
  const q = db('roster_shifts')
    .where('starts_at', '<', range.to)
    .where('ends_at', '>', range.from)
    .orderBy(['starts_at', 'agent_id'])
    .limit(range.limit);
  if (range.siteId) q.where('site_id', range.siteId);
  return (await q).map(toShift);
}

export async function findRosterShift(db: Db, id: string): Promise<RosterShiftRecord | undefined> {
  const row = await db('roster_shifts').where('id', id).first();
  return row ? toShift(row) : undefined;
}

/** Inserts or replaces the agent's shift of that date (one per agent and day). */
export async function saveRosterShift(db: Db, s: RosterShiftRecord): Promise<void> {
  await db('roster_shifts')
    .insert({
      id: s.id,
      agent_id: s.agentId,
      site_id: s.siteId,
      queue: s.queue,
      date: s.date,
      start_time: s.start,
      end_time: s.end,
      breaks: JSON.stringify(s.breaks),
      starts_at: s.startsAt,
      ends_at: s.endsAt,
      updated_at: s.updatedAt,
    })
    .onConflict(['agent_id', 'date'])
    .merge(['site_id', 'queue', 'start_time', 'end_time', 'breaks', 'starts_at', 'ends_at', 'updated_at']);
}

/** The shift of an agent on a local date, if any. */
export async function findShiftOf(db: Db, agentId: string, date: string): Promise<RosterShiftRecord | undefined> {
  const row = await db('roster_shifts').where({ agent_id: agentId, date }).first();
  return row ? toShift(row) : undefined;
}

export async function deleteRosterShift(db: Db, id: string): Promise<boolean> {
  return (await db('roster_shifts').where('id', id).delete()) > 0;
}
