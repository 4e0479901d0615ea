import type { Db } from './db.ts';

/** What the staffing plan feeds the calculator for a queue besides its SLA (docs/planning.md). */
export interface QueuePlanningRecord {
  queue: string;
  shrinkage: number;
  maxOccupancy: number;
  /** Mean patience of callers, seconds; null: no Erlang A. */
  patienceSeconds: number | null;
  updatedAt: number;
}

export async function findQueuePlanning(db: Db, queue: string): Promise<QueuePlanningRecord | undefined> {
  const r = await db('queue_planning').where('queue', queue).first();
  if (!r) return undefined;
  return {
    queue: r.queue,
    shrinkage: Number(r.shrinkage),
    maxOccupancy: Number(r.max_occupancy),
    patienceSeconds: r.patience_seconds === null ? null : Number(r.patience_seconds),
    updatedAt: Number(r.updated_at),
  };
}

export async function saveQueuePlanning(db: Db, p: QueuePlanningRecord): Promise<void> {
  await db('queue_planning')
    .insert({
      queue: p.queue,
      shrinkage: p.shrinkage,
      max_occupancy: p.maxOccupancy,
      patience_seconds: p.patienceSeconds,
      updated_at: p.updatedAt,
    })
    .onConflict('queue')
    .merge(['shrinkage', 'max_occupancy', 'patience_seconds', 'updated_at']);
}

/**
 * Agents' logged-in spells from the telephony platform's agent events (AGENT_LOGIN .. AGENT_LOGOUT) that
 * overlap [from, to): the only presence history kept today. MERGE NOTE: switch to the analytics
 * presence facts when they exist.
 */
export async function loggedInSpells(
  db: Db,
  range: { from: number; to: number; lookbackMs: number },
): Promise<{ agentId: string; from: number; to: number }[]> {
  const rows = await db('cti_events')
    .select('agent_id', 'type', 'at')
    .whereNotNull('agent_id')
    .whereIn('type', ['AGENT_LOGIN', 'AGENT_READY', 'AGENT_NOT_READY', 'AGENT_LOGOUT'])
    .where('at', '>=', range.from - range.lookbackMs)
    .where('at', '<', range.to)
    .orderBy(['agent_id', 'at']);
  const spells: { agentId: string; from: number; to: number }[] = [];
  const open = new Map<string, number>();
  for (const r of rows) {
    const at = Number(r.at);
    if (r.type === 'AGENT_LOGOUT') {
      const since = open.get(r.agent_id);
      if (since !== undefined) spells.push({ agentId: r.agent_id, from: since, to: at });
      open.delete(r.agent_id);
    } else if (!open.has(r.agent_id)) open.set(r.agent_id, at);
  }
  for (const [agentId, since] of open) spells.push({ agentId, from: since, to: range.to });
  return spells.filter((s) => s.to > range.from);
}
