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
 * Agents' present spells (any presence but OFFLINE) that overlap [from, to), from the reports' presence
 * facts (closed intervals) and each agent's open presence (docs/reports.md): whatever set the presence,
 * the desk's switch, a supervisor or the telephony platform's agent events.
 */
export async function presentSpells(
  db: Db,
  range: { from: number; to: number },
): Promise<{ agentId: string; from: number; to: number }[]> {
  const closed = await db('presence_facts')
    .select('agent_id', 'started_at', 'ended_at')
    .whereNot('presence', 'OFFLINE')
    .where('started_at', '<', range.to)
    .where('ended_at', '>', range.from);
  const open = await db('report_agent_presence')
    .select('agent_id', 'since')
    .whereNot('presence', 'OFFLINE')
    .where('since', '<', range.to);
  return [
    ...closed.map((r) => ({ agentId: r.agent_id, from: Number(r.started_at), to: Number(r.ended_at) })),
    ...open.map((r) => ({ agentId: r.agent_id, from: Number(r.since), to: range.to })),
  ];
}
