import type { Db } from './db.ts';

/** Summed histogram buckets of a range of days: what the process report is made of. */
export interface RollupSum {
  elementId: string;
  metric: string;
  bucket: number;
  n: number;
  sumMs: number;
}

/** The day histograms of `definitionKey` for the UTC days [fromDay, toDay), summed over the days. */
export async function sumRollups(db: Db, definitionKey: string, fromDay: number, toDay: number): Promise<RollupSum[]> {
  if (toDay <= fromDay) return [];
  const rows = await db('process_time_rollups')
    .where('definition_key', definitionKey)
    .where('day', '>=', fromDay)
    .where('day', '<', toDay)
    .groupBy('element_id', 'metric', 'bucket')
    .select('element_id', 'metric', 'bucket', db.raw('SUM(n) AS n'), db.raw('SUM(sum_ms) AS sum_ms'));
  return rows.map((r: any) => ({
    elementId: r.element_id,
    metric: r.metric,
    bucket: Number(r.bucket),
    n: Number(r.n),
    sumMs: Number(r.sum_ms),
  }));
}

/** Element visits of instances that ended in [from, to) (the part of a range no whole day covers). */
export async function elementFactsEnded(db: Db, definitionKey: string, from: number, to: number) {
  if (to <= from) return [];
  const rows = await db('process_element_facts')
    .where('definition_key', definitionKey)
    .where('instance_ended_at', '>=', from)
    .where('instance_ended_at', '<', to)
    .select('element_id', 'waiting_ms', 'working_ms', 'total_ms');
  return rows.map((r: any) => ({
    elementId: r.element_id as string,
    waitingMs: Number(r.waiting_ms),
    workingMs: Number(r.working_ms),
    totalMs: Number(r.total_ms),
  }));
}

/** Instances that ended in [from, to). */
export async function instanceFactsEnded(db: Db, definitionKey: string, from: number, to: number) {
  if (to <= from) return [];
  const rows = await db('process_instance_facts')
    .where('definition_key', definitionKey)
    .where('ended_at', '>=', from)
    .where('ended_at', '<', to)
    .select('state', 'duration_ms', 'incidents', 'sla_breach_element_id');
  return rows.map((r: any) => ({
    state: r.state as string,
    durationMs: Number(r.duration_ms),
    incidents: Number(r.incidents),
    slaBreachElementId: (r.sla_breach_element_id ?? null) as string | null,
  }));
}

/** Instances started in [from, to), counted per interval of `intervalMs` from `from` (one interval: all). */
export async function countStarted(db: Db, definitionKey: string, from: number, to: number, intervalMs: number) {
  return countPerInterval(db, definitionKey, 'started_at', from, to, intervalMs, false);
}

/** Instances completed in [from, to), per interval. */
export async function countCompleted(db: Db, definitionKey: string, from: number, to: number, intervalMs: number) {
  return countPerInterval(db, definitionKey, 'ended_at', from, to, intervalMs, true);
}

async function countPerInterval(
  db: Db,
  definitionKey: string,
  column: 'started_at' | 'ended_at',
  from: number,
  to: number,
  intervalMs: number,
  completedOnly: boolean,
): Promise<Map<number, number>> {
  // Cast: SQLite binds numbers as reals, so the division would not be whole.
  const slotSql = `CAST((${column} - ?) / ? AS BIGINT)`;
  const slot = db.raw(slotSql, [from, intervalMs]);
  const q = db('process_instance_facts')
    .where('definition_key', definitionKey)
    .where(column, '>=', from)
    .where(column, '<', to)
    .groupByRaw('1')
    .select({ slot }, db.raw('COUNT(*) AS n'));
  if (completedOnly) q.where('state', 'COMPLETED');
  const rows = await q;
  return new Map(rows.map((r: any) => [Math.floor(Number(r.slot)), Number(r.n)]));
}

/**
 * The same element figures straight from the visits, one GROUP BY (what the rollups spare: the
 * benchmark's comparison).
 */
export async function groupElementFacts(db: Db, definitionKey: string, from: number, to: number) {
  const rows = await db('process_element_facts')
    .where('definition_key', definitionKey)
    .where('instance_ended_at', '>=', from)
    .where('instance_ended_at', '<', to)
    .groupBy('element_id')
    .select(
      'element_id',
      db.raw('COUNT(*) AS n'),
      db.raw('AVG(waiting_ms) AS waiting'),
      db.raw('AVG(working_ms) AS working'),
      db.raw('AVG(total_ms) AS total'),
    );
  return rows.map((r: any) => ({
    elementId: r.element_id as string,
    n: Number(r.n),
    waitingMs: Number(r.waiting),
    workingMs: Number(r.working),
    totalMs: Number(r.total),
  }));
}
