import type { Db } from './db.ts';
import { WAIT_COLUMNS } from './facts-repo.ts';

/**
 * Report SQL over the rollups (docs/reports.md). Intervals start at local times of a time zone: a
 * bucket's interval is `((bucket + offset) / interval) * interval - offset` (integer division), where the
 * offset is the zone's UTC offset at that bucket, given as segments that end at a daylight-saving change.
 */
export interface ReportRange {
  from: number;
  to: number;
  intervalMs: number;
  /** The zone's offset (ms) until `until` (exclusive); the last one has `until` null. */
  offsets: readonly { until: number | null; offsetMs: number }[];
}

/** Narrowing: null means everything. Sites: '' stands for "no site". */
export interface QueueSelection {
  queues: readonly string[] | null;
  channels: readonly string[] | null;
  sites: readonly string[] | null;
}

const int = (n: number) => {
  if (!Number.isSafeInteger(n)) throw new Error(`not an integer: ${n}`);
  return String(n);
};

/** The SQL of a bucket's interval start (every number checked to be an integer). */
export function intervalStartSql(range: ReportRange, column = 'bucket'): string {
  const last = range.offsets[range.offsets.length - 1];
  const offset =
    range.offsets.length === 1
      ? int(last.offsetMs)
      : `(CASE ${range.offsets
          .slice(0, -1)
          .map((o) => `WHEN ${column} < ${int(o.until as number)} THEN ${int(o.offsetMs)}`)
          .join(' ')} ELSE ${int(last.offsetMs)} END)`;
  const i = int(range.intervalMs);
  return `(((${column} + ${offset}) / ${i}) * ${i} - ${offset})`;
}

export const QUEUE_SUMS = [
  'offered',
  'answered',
  'answered_within',
  'abandoned',
  'abandoned_short',
  'abandoned_within',
  'completed',
  'completed_within',
  'ended',
  'wait_ms',
  'handled',
  'handle_ms',
  'hold_ms',
  'transfers_in',
  'transfers_out',
  'escalations',
  ...WAIT_COLUMNS,
];

/** A queue x channel x interval of summed rollups (`start` is the interval's start). */
export type QueueSums = { queue: string; channel: string; start: number; [sum: string]: any };

function selectQueues(q: any, s: QueueSelection) {
  if (s.queues) q.whereIn('queue', s.queues);
  if (s.channels) q.whereIn('channel', s.channels);
  if (s.sites) q.whereIn('site_id', s.sites);
  return q;
}

const toNumbers = (r: any, extra: string[]) => {
  for (const c of [...QUEUE_SUMS, ...extra]) r[c] = Number(r[c] ?? 0);
  return r;
};

/** Summed queue rollups per queue, channel and interval, at most `limit` rows, in start order. */
export async function queueIntervalSums(
  db: Db,
  range: ReportRange,
  s: QueueSelection,
  limit: number,
): Promise<QueueSums[]> {
  const start = intervalStartSql(range);
  const q = db('queue_rollups')
    .select('queue', 'channel', db.raw(`${start} AS start`))
    .where('bucket', '>=', range.from)
    .where('bucket', '<', range.to)
    .groupBy('queue', 'channel', 'start')
    .orderBy([{ column: 'start' }, { column: 'queue' }, { column: 'channel' }])
    .limit(limit);
  for (const c of QUEUE_SUMS) q.sum({ [c]: c });
  return (await selectQueues(q, s)).map((r: any) => toNumbers(r, ['start']));
}

/** What each queue x channel held before `before`: arrivals and transfers in, less ends and transfers out. */
export async function backlogBefore(db: Db, before: number, s: QueueSelection): Promise<Map<string, number>> {
  const q = db('queue_rollups')
    .select('queue', 'channel', db.raw('SUM(offered + transfers_in - transfers_out - ended) AS backlog'))
    .where('bucket', '<', before)
    .groupBy('queue', 'channel');
  const rows = await selectQueues(q, s);
  return new Map(rows.map((r: any) => [`${r.queue}|${r.channel}`, Number(r.backlog ?? 0)]));
}

/** Agents by id narrowing; null means every agent. */
const selectAgents = (q: any, agents: readonly string[] | null) => (agents ? q.whereIn('agent_id', agents) : q);

/** Handled work and offers per agent, channel and interval. */
export async function agentIntervalSums(db: Db, range: ReportRange, agents: readonly string[] | null) {
  const q = db('agent_rollups')
    .select('agent_id', 'channel', db.raw(`${intervalStartSql(range)} AS start`))
    .sum({ handled: 'handled', handle_ms: 'handle_ms', hold_ms: 'hold_ms', wrap_ms: 'wrap_ms' })
    .sum({ accepted: 'accepted', rejected: 'rejected', missed: 'missed' })
    .where('bucket', '>=', range.from)
    .where('bucket', '<', range.to)
    .groupBy('agent_id', 'channel', 'start');
  const rows = await selectAgents(q, agents);
  return rows.map((r: any) => ({
    agentId: r.agent_id as string,
    channel: r.channel as string,
    start: Number(r.start),
    handled: Number(r.handled),
    handleMs: Number(r.handle_ms),
    holdMs: Number(r.hold_ms),
    wrapMs: Number(r.wrap_ms),
    accepted: Number(r.accepted),
    rejected: Number(r.rejected),
    missed: Number(r.missed),
  }));
}

/** Closed presence time per agent, presence and interval. */
export async function presenceIntervalSums(db: Db, range: ReportRange, agents: readonly string[] | null) {
  const q = db('presence_rollups')
    .select('agent_id', 'presence', db.raw(`${intervalStartSql(range)} AS start`))
    .sum({ ms: 'ms' })
    .where('bucket', '>=', range.from)
    .where('bucket', '<', range.to)
    .groupBy('agent_id', 'presence', 'start');
  const rows = await selectAgents(q, agents);
  return rows.map((r: any) => ({
    agentId: r.agent_id as string,
    presence: r.presence as string,
    start: Number(r.start),
    ms: Number(r.ms),
  }));
}

/** Disposition codes per agent and interval. */
export async function dispositionIntervalSums(db: Db, range: ReportRange, agents: readonly string[] | null) {
  const q = db('disposition_rollups')
    .select('agent_id', 'code', db.raw(`${intervalStartSql(range)} AS start`))
    .sum({ count: 'count' })
    .where('bucket', '>=', range.from)
    .where('bucket', '<', range.to)
    .groupBy('agent_id', 'code', 'start');
  const rows = await selectAgents(q, agents);
  return rows
    .map((r: any) => ({
      agentId: r.agent_id as string,
      code: r.code as string,
      start: Number(r.start),
      count: Number(r.count),
    }))
    .filter((r: { count: number }) => r.count !== 0);
}

/** Service-level settings of queues (for the rule and the target beside each row). */
export async function queueReportSettings(db: Db) {
  const rows = await db('queues').select('name', 'service_level_rule', 'sla_target_percent', 'sla_seconds');
  return new Map(
    rows.map((r: any) => [
      r.name as string,
      {
        rule: r.service_level_rule as string | null,
        targetPercent: r.sla_target_percent == null ? null : Number(r.sla_target_percent),
      },
    ]),
  );
}

/**
 * The same queue figures straight from the facts (a GROUP BY over task_facts), for the benchmark beside
 * the rollups: offered by arrival, answered and handled by when they happened.
 */
export async function queueIntervalsFromFacts(db: Db, range: ReportRange, s: QueueSelection) {
  const arrived = db('task_facts')
    .select('queue', 'channel', db.raw(`${intervalStartSql(range, 'arrived_at')} AS start`))
    .count({ offered: '*' })
    .where('arrived_at', '>=', range.from)
    .where('arrived_at', '<', range.to)
    .groupBy('queue', 'channel', 'start');
  const ended = db('task_facts')
    .select('queue', 'channel', db.raw(`${intervalStartSql(range, 'ended_at')} AS start`))
    .sum({ handled: db.raw("CASE WHEN outcome = 'COMPLETED' THEN 1 ELSE 0 END") })
    .sum({ abandoned: db.raw("CASE WHEN outcome = 'ABANDONED' THEN 1 ELSE 0 END") })
    .sum({ handle_ms: 'handle_ms' })
    .where('ended_at', '>=', range.from)
    .where('ended_at', '<', range.to)
    .groupBy('queue', 'channel', 'start');
  if (s.queues) {
    arrived.whereIn('queue', s.queues);
    ended.whereIn('queue', s.queues);
  }
  const [a, e] = await Promise.all([arrived, ended]);
  return { arrived: a.length, ended: e.length, offered: a.reduce((n: number, r: any) => n + Number(r.offered), 0) };
}

/** Agents (with their user's site and groups) for a report's agent, group and site narrowing. */
export async function reportAgentsOf(db: Db): Promise<{ id: string; siteId: string | null; groups: string[] }[]> {
  const rows = await db('agents')
    .leftJoin('users', 'users.id', 'agents.id')
    .select('agents.id', 'users.site_id', 'users.groups');
  return rows.map((r: any) => {
    let groups: string[] = [];
    try {
      groups = r.groups ? JSON.parse(r.groups) : [];
    } catch {
      groups = [];
    }
    return { id: r.id as string, siteId: (r.site_id as string | null) ?? null, groups };
  });
}
