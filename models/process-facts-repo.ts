import type { Knex } from 'knex';
import { fromJson, type Db } from './db.ts';

/** One process instance as the reports keep it (written at its start, completed at its end). */
export interface InstanceFact {
  instanceId: string;
  definitionKey: string;
  definitionVersion: number;
  businessKey: string | null;
  state: string;
  startedAt: number;
  endedAt: number | null;
  durationMs: number | null;
  incidents: number;
  slaBreachElementId: string | null;
  slaBreachedAt: number | null;
}

/** One visit of one element by an ended instance. */
export interface ElementFact {
  instanceId: string;
  executionId: string;
  definitionKey: string;
  elementId: string;
  elementType: string;
  enteredAt: number;
  leftAt: number;
  waitingMs: number;
  workingMs: number;
  totalMs: number;
  instanceEndedAt: number;
}

/** One bucket of a day's time histogram (process_time_rollups), added to what is there. */
export interface RollupCell {
  definitionKey: string;
  day: number;
  elementId: string;
  metric: string;
  bucket: number;
  n: number;
  sumMs: number;
}

/** What an ended instance left behind that its facts are made of. */
export interface InstanceTrail {
  definitionVersion: number;
  history: { type: string; elementId: string | null; at: number; data: Record<string, unknown> | null }[];
  tasks: {
    executionId: string;
    elementId: string;
    createdAt: number;
    answeredAt: number | null;
    completedAt: number | null;
    slaBreachedAt: number | null;
  }[];
}

const TRAIL_TYPES = ['element.started', 'element.completed', 'incident.created'];

/** An instance's history entries and tasks that make its facts (`startOnly`: its definition version only). */
export async function readInstanceTrail(
  db: Db,
  instanceId: string,
  definitionId: string,
  options: { startOnly?: boolean } = {},
): Promise<InstanceTrail> {
  const definition = await db('process_definitions').where('id', definitionId).first('version');
  if (options.startOnly) return { definitionVersion: Number(definition?.version ?? 0), history: [], tasks: [] };
  const [history, tasks] = await Promise.all([
    db('history')
      .where('instance_id', instanceId)
      .whereIn('type', TRAIL_TYPES)
      .orderBy('id')
      .select('type', 'element_id', 'at', 'data'),
    db('tasks')
      .where('instance_id', instanceId)
      .select(
        'execution_id',
        'element_id',
        'created_at',
        db.raw('COALESCE(answered_at, claimed_at) AS answered_at'),
        'completed_at',
        'sla_breached_at',
      ),
  ]);
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    definitionVersion: Number(definition?.version ?? 0),
    history: history.map((h: any) => ({
      type: h.type,
      elementId: h.element_id,
      at: Number(h.at),
      data: fromJson(h.data, null),
    })),
    tasks: tasks.map((t: any) => ({
      executionId: t.execution_id,
      elementId: t.element_id,
      createdAt: Number(t.created_at),
      answeredAt: num(t.answered_at),
      completedAt: num(t.completed_at),
      slaBreachedAt: num(t.sla_breached_at),
    })),
  };
}

const instanceRow = (f: InstanceFact) => ({
  instance_id: f.instanceId,
  definition_key: f.definitionKey,
  definition_version: f.definitionVersion,
  business_key: f.businessKey,
  state: f.state,
  started_at: f.startedAt,
  ended_at: f.endedAt,
  duration_ms: f.durationMs,
  incidents: f.incidents,
  sla_breach_element_id: f.slaBreachElementId,
  sla_breached_at: f.slaBreachedAt,
});

/**
 * Records a start, and counts it in its day's histogram (metric `started`); a start recorded before
 * (or an end) stays as it is and is not counted again. Call inside a transaction.
 */
export async function recordInstanceStart(db: Db, fact: InstanceFact, day: number): Promise<void> {
  const known = await db('process_instance_facts').where('instance_id', fact.instanceId).first('instance_id');
  if (known) return;
  await db('process_instance_facts').insert(instanceRow(fact));
  await addRollups(db, [
    { definitionKey: fact.definitionKey, day, elementId: '', metric: 'started', bucket: 0, n: 1, sumMs: 0 },
  ]);
}

/** True when the instance's end is recorded already (its element facts and rollups with it). */
export async function instanceEndRecorded(db: Db, instanceId: string): Promise<boolean> {
  const row = await db('process_instance_facts')
    .where('instance_id', instanceId)
    .whereNotNull('ended_at')
    .first('instance_id');
  return row !== undefined;
}

/**
 * Records an end with its element visits and adds them to the day histograms. Call inside one
 * transaction after `instanceEndRecorded` said false: the rollups add, so they must be added once.
 */
export async function recordInstanceEnd(
  trx: Knex.Transaction,
  fact: InstanceFact,
  elements: readonly ElementFact[],
  cells: readonly RollupCell[],
): Promise<void> {
  const started = await trx('process_instance_facts').where('instance_id', fact.instanceId).first('instance_id');
  if (!started) await recordInstanceStart(trx, fact, Math.floor(fact.startedAt / 86_400_000) * 86_400_000);
  await trx('process_instance_facts').where('instance_id', fact.instanceId).update(instanceRow(fact));
  const rows = elements.map((e) => ({
    instance_id: e.instanceId,
    execution_id: e.executionId,
    definition_key: e.definitionKey,
    element_id: e.elementId,
    element_type: e.elementType,
    entered_at: e.enteredAt,
    left_at: e.leftAt,
    waiting_ms: e.waitingMs,
    working_ms: e.workingMs,
    total_ms: e.totalMs,
    instance_ended_at: e.instanceEndedAt,
  }));
  for (let i = 0; i < rows.length; i += 100)
    await trx('process_element_facts')
      .insert(rows.slice(i, i + 100))
      .onConflict(['instance_id', 'execution_id'])
      .ignore();
  await addRollups(trx, cells);
}

/** Adds cells to the day histograms (bulk loads and the applier). */
export async function addRollups(db: Db, cells: readonly RollupCell[]): Promise<void> {
  const rows = cells.map((c) => ({
    definition_key: c.definitionKey,
    day: c.day,
    element_id: c.elementId,
    metric: c.metric,
    bucket: c.bucket,
    n: c.n,
    sum_ms: c.sumMs,
  }));
  for (let i = 0; i < rows.length; i += 100)
    await db('process_time_rollups')
      .insert(rows.slice(i, i + 100))
      .onConflict(['definition_key', 'day', 'element_id', 'metric', 'bucket'])
      .merge({
        n: db.raw('process_time_rollups.n + excluded.n'),
        sum_ms: db.raw('process_time_rollups.sum_ms + excluded.sum_ms'),
      });
}
