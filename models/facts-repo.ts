import type { Db } from './db.ts';
import type { FeedPosition } from './feed-repo.ts';

/** Reporting facts and rollups (migration 0023-report-facts, docs/reports.md): written by the `reports` consumer only. */

/** Rollup buckets are 15 minutes (epoch ms of the start, UTC). */
export const BUCKET_MS = 15 * 60_000;
export const bucketOf = (at: number): number => at - (((at % BUCKET_MS) + BUCKET_MS) % BUCKET_MS);

/** Upper edges (seconds) of the wait histogram kept in queue rollups; one more bin holds longer waits. */
export const WAIT_BOUNDS = [5, 10, 20, 30, 60, 120, 300, 600, 1800, 3600] as const;
export const WAIT_COLUMNS = [...WAIT_BOUNDS.map((b) => `wait_le_${b}`), 'wait_over_3600'];
/** The histogram column a wait falls in. */
export function waitColumn(waitMs: number): string {
  const i = WAIT_BOUNDS.findIndex((b) => waitMs <= b * 1000);
  return WAIT_COLUMNS[i < 0 ? WAIT_COLUMNS.length - 1 : i];
}

/** One task as reporting knows it. */
export interface TaskFact {
  taskId: string;
  queue: string | null;
  channel: string | null;
  kind: string | null;
  live: boolean;
  siteId: string | null;
  skills: string | null;
  definitionKey: string | null;
  agentId: string | null;
  arrivedAt: number;
  answeredAt: number | null;
  waitMs: number | null;
  endedAt: number | null;
  outcome: string | null;
  handleMs: number | null;
  holdMs: number | null;
  wrapMs: number | null;
  slaDueAt: number | null;
  slaMet: boolean | null;
  disposition: string | null;
  transfers: number;
  escalations: number;
  escalationLevel: number;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

const factFromRow = (r: any): TaskFact => ({
  taskId: r.task_id,
  queue: r.queue ?? null,
  channel: r.channel ?? null,
  kind: r.kind ?? null,
  live: Boolean(r.live),
  siteId: r.site_id ?? null,
  skills: r.skills ?? null,
  definitionKey: r.definition_key ?? null,
  agentId: r.agent_id ?? null,
  arrivedAt: Number(r.arrived_at),
  answeredAt: num(r.answered_at),
  waitMs: num(r.wait_ms),
  endedAt: num(r.ended_at),
  outcome: r.outcome ?? null,
  handleMs: num(r.handle_ms),
  holdMs: num(r.hold_ms),
  wrapMs: num(r.wrap_ms),
  slaDueAt: num(r.sla_due_at),
  slaMet: r.sla_met === null || r.sla_met === undefined ? null : Boolean(r.sla_met),
  disposition: r.disposition ?? null,
  transfers: Number(r.transfers ?? 0),
  escalations: Number(r.escalations ?? 0),
  escalationLevel: Number(r.escalation_level ?? 0),
});

const factToRow = (f: TaskFact) => ({
  task_id: f.taskId,
  queue: f.queue,
  channel: f.channel,
  kind: f.kind,
  live: f.live,
  site_id: f.siteId,
  skills: f.skills,
  definition_key: f.definitionKey,
  agent_id: f.agentId,
  arrived_at: f.arrivedAt,
  answered_at: f.answeredAt,
  wait_ms: f.waitMs,
  ended_at: f.endedAt,
  outcome: f.outcome,
  handle_ms: f.handleMs,
  hold_ms: f.holdMs,
  wrap_ms: f.wrapMs,
  sla_due_at: f.slaDueAt,
  sla_met: f.slaMet,
  disposition: f.disposition,
  transfers: f.transfers,
  escalations: f.escalations,
  escalation_level: f.escalationLevel,
});

/** The facts of these tasks (those reporting has seen). */
export async function findTaskFacts(db: Db, ids: readonly string[]): Promise<Map<string, TaskFact>> {
  const found = new Map<string, TaskFact>();
  for (let i = 0; i < ids.length; i += 500)
    for (const r of await db('task_facts').whereIn('task_id', ids.slice(i, i + 500)))
      found.set(r.task_id, factFromRow(r));
  return found;
}

export async function saveTaskFact(db: Db, f: TaskFact): Promise<void> {
  const row = factToRow(f);
  await db('task_facts').insert(row).onConflict('task_id').merge();
}

/** Adds `deltas` to a rollup row (made at zero first): INSERT ... ON CONFLICT DO UPDATE col = col + new. */
async function addTo(db: Db, table: string, key: Record<string, unknown>, deltas: Record<string, number>) {
  const cols = Object.keys(deltas).filter((c) => deltas[c] !== 0);
  if (cols.length === 0) return;
  const merge = Object.fromEntries(cols.map((c) => [c, db.raw(`${table}.${c} + excluded.${c}`)]));
  await db(table)
    .insert({ ...key, ...deltas })
    .onConflict(Object.keys(key))
    .merge(merge);
}

export interface QueueRollupKey {
  bucket: number;
  queue: string;
  channel: string;
  siteId: string | null;
}
export const addQueueRollup = (db: Db, k: QueueRollupKey, deltas: Record<string, number>) =>
  addTo(db, 'queue_rollups', { bucket: k.bucket, queue: k.queue, channel: k.channel, site_id: k.siteId ?? '' }, deltas);
export const addAgentRollup = (db: Db, bucket: number, agentId: string, channel: string, d: Record<string, number>) =>
  addTo(db, 'agent_rollups', { bucket, agent_id: agentId, channel }, d);
export const addPresenceRollup = (db: Db, bucket: number, agentId: string, presence: string, ms: number) =>
  addTo(db, 'presence_rollups', { bucket, agent_id: agentId, presence }, { ms });
export const addDispositionRollup = (
  db: Db,
  bucket: number,
  agentId: string,
  queue: string,
  code: string,
  count: number,
) => addTo(db, 'disposition_rollups', { bucket, agent_id: agentId, queue, code }, { count });

/** An agent's open presence interval, as reporting last heard it. */
export interface OpenPresence {
  agentId: string;
  presence: string;
  reason: string | null;
  since: number;
}

export async function findOpenPresence(db: Db, agentId: string): Promise<OpenPresence | undefined> {
  const r = await db('report_agent_presence').where({ agent_id: agentId }).first();
  return r && { agentId: r.agent_id, presence: r.presence, reason: r.reason ?? null, since: Number(r.since) };
}

/** Every open presence interval (the reports add the part of them that falls in their range). */
export async function listOpenPresences(db: Db, agentIds?: readonly string[]): Promise<OpenPresence[]> {
  const q = db('report_agent_presence');
  if (agentIds) q.whereIn('agent_id', agentIds);
  return (await q).map((r: any) => ({
    agentId: r.agent_id,
    presence: r.presence,
    reason: r.reason ?? null,
    since: Number(r.since),
  }));
}

export async function saveOpenPresence(db: Db, p: OpenPresence): Promise<void> {
  await db('report_agent_presence')
    .insert({ agent_id: p.agentId, presence: p.presence, reason: p.reason, since: p.since })
    .onConflict('agent_id')
    .merge();
}

export async function insertPresenceFact(db: Db, p: OpenPresence, endedAt: number): Promise<void> {
  await db('presence_facts').insert({
    agent_id: p.agentId,
    presence: p.presence,
    reason: p.reason,
    started_at: p.since,
    ended_at: endedAt,
  });
}

/**
 * Gives a wrap-up's time to the task it followed: the last task the agent ended from `slackFrom` to `end`.
 * Returns that task's fact (null when there is none).
 */
export async function lastTaskEndedBy(db: Db, agentId: string, from: number, to: number): Promise<TaskFact | null> {
  const r = await db('task_facts')
    .where({ agent_id: agentId })
    .whereBetween('ended_at', [from, to])
    .orderBy('ended_at', 'desc')
    .first();
  return r ? factFromRow(r) : null;
}

/** The last feed position a consumer applied (in the transaction of what it applied). */
export async function findReportPosition(db: Db, consumer: string): Promise<FeedPosition | null> {
  const r = await db('report_positions').where({ consumer }).first();
  return r ? { xid: r.position_xid ?? null, id: Number(r.position_id) } : null;
}

export async function saveReportPosition(db: Db, consumer: string, p: FeedPosition): Promise<void> {
  await db('report_positions')
    .insert({ consumer, position_xid: p.xid, position_id: p.id })
    .onConflict('consumer')
    .merge();
}

/** True when `a` comes after `b` in commit order ((xid, id) on PostgreSQL, the id on SQLite). */
export function feedPositionAfter(a: FeedPosition, b: FeedPosition): boolean {
  if (a.xid !== null && b.xid !== null && a.xid !== b.xid) return BigInt(a.xid) > BigInt(b.xid);
  return a.id > b.id;
}

/** The live threshold and abandon grace of queues (ms), with defaults for queues nobody configured. */
export async function queueThresholds(
  db: Db,
  names: readonly string[],
  defaults: { thresholdSeconds: number; graceSeconds: number },
): Promise<Map<string, { thresholdMs: number; graceMs: number }>> {
  const found = new Map<string, { thresholdMs: number; graceMs: number }>();
  const rows = names.length
    ? await db('queues').select('name', 'sla_seconds', 'abandon_grace_seconds').whereIn('name', names)
    : [];
  for (const r of rows as any[])
    found.set(r.name, {
      thresholdMs: Number(r.sla_seconds ?? defaults.thresholdSeconds) * 1000,
      graceMs: Number(r.abandon_grace_seconds ?? defaults.graceSeconds) * 1000,
    });
  for (const n of names)
    if (!found.has(n))
      found.set(n, { thresholdMs: defaults.thresholdSeconds * 1000, graceMs: defaults.graceSeconds * 1000 });
  return found;
}
