import { fromJson, type Db } from './db.ts';

/** Instance states as stored. */
export const InstanceState = { ACTIVE: 'ACTIVE', COMPLETED: 'COMPLETED', CANCELLED: 'CANCELLED' } as const;
export type InstanceState = (typeof InstanceState)[keyof typeof InstanceState];

/** A process instance as queries see it (without the engine's serialized state). */
export interface InstanceRecord {
  id: string;
  definitionId: string;
  definitionKey: string;
  businessKey: string | null;
  state: InstanceState;
  variables: Record<string, unknown>;
  activeElementIds: string[];
  version: number;
  startedBy: string | null;
  startedAt: number;
  updatedAt: number;
  endedAt: number | null;
  endReason: string | null;
}

/**
 * What a stored instance waits on, as of its last command: execution ids of its tasks and timers, and
 * its subscription keys. A command diffs its run against this instead of querying three tables.
 */
export interface WaitSummary {
  tasks: string[];
  subscriptions: string[];
  timers: string[];
  /** Execution ids of service tasks handed to outside workers. */
  external: string[];
}

/** An instance loaded for a command: with the engine state to recover from. */
export interface InstanceWithState extends InstanceRecord {
  engineState: unknown;
  waiting: WaitSummary;
}

/** Filter of instance lists. */
export interface InstanceFilter {
  state?: InstanceState;
  definitionKey?: string;
  definitionId?: string;
  businessKey?: string;
}

const COLUMNS = [
  'id',
  'definition_id',
  'definition_key',
  'business_key',
  'state',
  'variables',
  'active_element_ids',
  'version',
  'started_by',
  'started_at',
  'updated_at',
  'ended_at',
  'end_reason',
];

const toInstance = (r: any): InstanceRecord => ({
  id: r.id,
  definitionId: r.definition_id,
  definitionKey: r.definition_key,
  businessKey: r.business_key ?? null,
  state: r.state,
  variables: fromJson(r.variables, {}),
  activeElementIds: fromJson(r.active_element_ids, []),
  version: Number(r.version),
  startedBy: r.started_by ?? null,
  startedAt: Number(r.started_at),
  updatedAt: Number(r.updated_at),
  endedAt: r.ended_at === null || r.ended_at === undefined ? null : Number(r.ended_at),
  endReason: r.end_reason ?? null,
});

const toRow = (i: Partial<InstanceWithState>) => {
  const row: Record<string, unknown> = {};
  if (i.state !== undefined) row.state = i.state;
  if (i.variables !== undefined) row.variables = JSON.stringify(i.variables);
  if (i.activeElementIds !== undefined) row.active_element_ids = JSON.stringify(i.activeElementIds);
  if (i.engineState !== undefined) row.engine_state = i.engineState === null ? null : JSON.stringify(i.engineState);
  if (i.waiting !== undefined) row.waiting = JSON.stringify(i.waiting);
  if (i.updatedAt !== undefined) row.updated_at = i.updatedAt;
  if (i.endedAt !== undefined) row.ended_at = i.endedAt;
  if (i.endReason !== undefined) row.end_reason = i.endReason;
  return row;
};

/** Stores a new instance. */
export async function insertInstance(db: Db, i: InstanceWithState): Promise<void> {
  await db('process_instances').insert({
    ...toRow(i),
    id: i.id,
    definition_id: i.definitionId,
    definition_key: i.definitionKey,
    business_key: i.businessKey,
    version: i.version,
    started_by: i.startedBy,
    started_at: i.startedAt,
  });
}

/** One instance for queries. */
export async function findInstance(db: Db, id: string): Promise<InstanceRecord | undefined> {
  const row = await db('process_instances').select(COLUMNS).where({ id }).first();
  return row ? toInstance(row) : undefined;
}

/** Instances by ids (batched loading). */
export async function findInstances(db: Db, ids: readonly string[]): Promise<InstanceRecord[]> {
  if (ids.length === 0) return [];
  return (
    await db('process_instances')
      .select(COLUMNS)
      .whereIn('id', [...ids])
  ).map(toInstance);
}

/** One instance with its engine state, for a command to act on. */
export async function loadInstanceState(db: Db, id: string): Promise<InstanceWithState | undefined> {
  const row = await db('process_instances')
    .select([...COLUMNS, 'engine_state', 'waiting'])
    .where({ id })
    .first();
  if (!row) return undefined;
  return {
    ...toInstance(row),
    engineState: fromJson(row.engine_state, null),
    waiting: { tasks: [], subscriptions: [], timers: [], external: [], ...fromJson(row.waiting, {}) },
  };
}

/**
 * Writes a command's result if nobody else wrote the instance since it was loaded: the version column
 * must still be `expectedVersion`. Returns false when another command won.
 */
export async function updateInstanceIfVersion(
  db: Db,
  id: string,
  expectedVersion: number,
  changes: Partial<InstanceWithState>,
): Promise<boolean> {
  const count = await db('process_instances')
    .where({ id, version: expectedVersion })
    .update({ ...toRow(changes), version: expectedVersion + 1 });
  return count === 1;
}

function applyFilter(q: any, f: InstanceFilter) {
  if (f.state) q.where('state', f.state);
  if (f.definitionKey) q.where('definition_key', f.definitionKey);
  if (f.definitionId) q.where('definition_id', f.definitionId);
  if (f.businessKey) q.where('business_key', f.businessKey);
  return q;
}

/** A page of instances, newest first, and the total count under the filter. */
export async function listInstances(
  db: Db,
  filter: InstanceFilter,
  offset: number,
  limit: number,
): Promise<{ rows: InstanceRecord[]; total: number }> {
  const rows = await applyFilter(db('process_instances').select(COLUMNS), filter)
    .orderBy([
      { column: 'started_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .offset(offset)
    .limit(limit);
  const [{ n }] = await applyFilter(db('process_instances').count({ n: '*' }), filter);
  return { rows: rows.map(toInstance), total: Number(n) };
}

/** Ids of active instances (used by restart recovery checks and benchmarks). */
export async function countInstances(db: Db, state?: InstanceState): Promise<number> {
  const q = db('process_instances').count({ n: '*' });
  if (state) q.where({ state });
  const [{ n }] = await q;
  return Number(n);
}
