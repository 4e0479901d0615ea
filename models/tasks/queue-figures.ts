import type { Db } from '../db.ts';
import { OPEN_TASK_STATES, TaskKind, TaskState } from './task-types.ts';

/**
 * Kinds of task that are live contacts: a caller waits on the line (a chatter at the page), so each one
 * is either answered (counted at its answer time, against the queue's threshold) or abandoned. Other
 * work counts when it is completed, against its SLA deadline.
 */
export const LIVE_CONTACT_KINDS: readonly TaskKind[] = [TaskKind.CALL, TaskKind.CHAT];

/** Settings for tasks whose queue nobody configured (the engine's defaults). */
export interface FigureDefaults {
  liveThresholdSeconds: number;
  abandonGraceSeconds: number;
}

/** Raw per-queue figures; the engine turns them into QueueStats. */
export interface QueueFigures {
  queue: string;
  byState: Partial<Record<TaskState, number>>;
  /** When the oldest waiting task entered the queue, and how many waiting tasks are not on offer yet. */
  oldestEnqueuedAt: number | null;
  handled: number;
  handleMsSum: number;
  arrivals: number;
  atRisk: number;
}

/** One hour of a queue's day: arrivals, and the outcomes the service level is computed from. */
export interface QueueHour {
  queue: string;
  /** Start of the hour (epoch ms). */
  hour: number;
  arrived: number;
  /** Live contacts answered in this hour, and of those answered within the queue's threshold. */
  answered: number;
  answeredWithin: number;
  /** Live contacts abandoned in this hour; of those, within the grace period and within the threshold. */
  abandoned: number;
  abandonedShort: number;
  abandonedWithin: number;
  /** Other work completed in this hour, and of that completed by its SLA deadline (or without one). */
  completed: number;
  completedWithin: number;
}

const LIVE = `tasks.kind IN (${LIVE_CONTACT_KINDS.map((k) => `'${k}'`).join(', ')})`;
const ANSWERED_AT = 'COALESCE(tasks.answered_at, tasks.claimed_at)';
const ABANDONED_AT = 'COALESCE(tasks.cti_at, tasks.completed_at)';
const ANSWERED = `${LIVE} AND tasks.state IN ('ASSIGNED', 'PAUSED', 'COMPLETED') AND ${ANSWERED_AT} IS NOT NULL`;
const ABANDONED = `${LIVE} AND tasks.state = 'CANCELLED' AND tasks.answered_at IS NULL`;
const COMPLETED = `NOT (${LIVE}) AND tasks.state = 'COMPLETED'`;

function emptyFigures(queue: string): QueueFigures {
  return { queue, byState: {}, oldestEnqueuedAt: null, handled: 0, handleMsSum: 0, arrivals: 0, atRisk: 0 };
}

/**
 * Figures of every queue: open counts, today's completed work and its handling time, recent arrivals,
 * and tasks at risk: live contacts waiting longer than the queue's threshold (already lost for the
 * service level), and other open tasks less than a quarter of the queue's slaSeconds from their SLA
 * deadline, or past it.
 */
export async function queueFigures(
  db: Db,
  now: number,
  dayStart: number,
  arrivalsSince: number,
  defaults: FigureDefaults,
): Promise<Map<string, QueueFigures>> {
  const figures = new Map<string, QueueFigures>();
  const of = (queue: string) =>
    figures.get(queue) ?? (figures.set(queue, emptyFigures(queue)).get(queue) as QueueFigures);
  const open = await db('tasks')
    .select('queue', 'state')
    .count({ n: '*' })
    .min({ oldest: 'enqueued_at' })
    .whereNotNull('queue')
    .whereIn('state', [...OPEN_TASK_STATES])
    .groupBy('queue', 'state');
  for (const r of open as any[]) {
    const f = of(r.queue);
    f.byState[r.state as TaskState] = Number(r.n);
    if (r.state === TaskState.QUEUED || r.state === TaskState.RESERVED)
      f.oldestEnqueuedAt = Math.min(f.oldestEnqueuedAt ?? Infinity, Number(r.oldest));
  }
  const handled = await db('tasks')
    .select('queue')
    .count({ n: '*' })
    .sum({ handle: 'handling_ms' })
    .whereNotNull('queue')
    .where('state', TaskState.COMPLETED)
    .where('completed_at', '>=', dayStart)
    .groupBy('queue');
  for (const r of handled as any[])
    Object.assign(of(r.queue), { handled: Number(r.n), handleMsSum: Number(r.handle ?? 0) });
  const arrivals = await db('tasks')
    .select('queue')
    .count({ n: '*' })
    .whereNotNull('queue')
    .where('created_at', '>=', arrivalsSince)
    .groupBy('queue');
  for (const r of arrivals as any[]) of(r.queue).arrivals = Number(r.n);
  const risk = await db('tasks')
    .leftJoin('queues', 'queues.name', 'tasks.queue')
    .select('tasks.queue')
    .count({ n: '*' })
    .whereNotNull('tasks.queue')
    .whereIn('tasks.state', [...OPEN_TASK_STATES])
    .where((w: any) =>
      w
        .where((late: any) =>
          late
            .whereRaw(LIVE)
            .whereIn('tasks.state', [TaskState.QUEUED, TaskState.RESERVED])
            .whereRaw('? - tasks.enqueued_at > COALESCE(queues.sla_seconds, ?) * 1000', [
              now,
              defaults.liveThresholdSeconds,
            ]),
        )
        .orWhere((due: any) =>
          due
            .whereNotNull('tasks.sla_due_at')
            .whereRaw('tasks.sla_due_at - ? < COALESCE(queues.sla_seconds, 0) * 250', [now]),
        ),
    )
    .groupBy('tasks.queue');
  for (const r of risk as any[]) of(r.queue).atRisk = Number(r.n);
  return figures;
}

/**
 * Per queue and hour since `dayStart`: arrivals, and outcomes by the hour they happened in (a live
 * contact's answer or abandon, other work's completion). Integer division buckets the hours on both
 * databases. The service level of an hour, and of the day (the sum of its hours), is computed from
 * these counts by the queue's rule in engine/desk/queues/service-level.ts.
 */
export async function queueHours(db: Db, dayStart: number, defaults: FigureDefaults): Promise<QueueHour[]> {
  const hours = new Map<string, QueueHour>();
  const at = (queue: string, h: number) => {
    const key = `${queue}|${h}`;
    let row = hours.get(key);
    if (!row)
      hours.set(
        key,
        (row = {
          queue,
          hour: dayStart + h * 3_600_000,
          arrived: 0,
          answered: 0,
          answeredWithin: 0,
          abandoned: 0,
          abandonedShort: 0,
          abandonedWithin: 0,
          completed: 0,
          completedWithin: 0,
        }),
      );
    return row;
  };
  const arrived = await db('tasks')
    .select('queue')
    .select(db.raw('CAST((created_at - ?) / 3600000 AS INTEGER) AS h', [dayStart]))
    .count({ n: '*' })
    .whereNotNull('queue')
    .where('created_at', '>=', dayStart)
    .groupBy('queue', 'h');
  for (const r of arrived as any[]) at(r.queue, Number(r.h)).arrived = Number(r.n);
  for (const r of await outcomes(db, dayStart, defaults)) {
    Object.assign(at(r.queue, Number(r.h)), {
      answered: Number(r.answered),
      answeredWithin: Number(r.answered_within),
      abandoned: Number(r.abandoned),
      abandonedShort: Number(r.abandoned_short),
      abandonedWithin: Number(r.abandoned_within),
      completed: Number(r.completed),
      completedWithin: Number(r.completed_within),
    });
  }
  return [...hours.values()].sort((a, b) => a.hour - b.hour || a.queue.localeCompare(b.queue));
}

/** Today's outcomes per queue and hour (see queueHours). */
async function outcomes(db: Db, dayStart: number, d: FigureDefaults): Promise<any[]> {
  const threshold = 'COALESCE(queues.sla_seconds, ?) * 1000';
  const grace = 'COALESCE(queues.abandon_grace_seconds, ?) * 1000';
  const flag = (cond: string) => `CASE WHEN ${cond} THEN 1 ELSE 0 END`;
  const perTask = db('tasks')
    .leftJoin('queues', 'queues.name', 'tasks.queue')
    .select('tasks.queue')
    .select(
      db.raw(
        `CASE WHEN ${ANSWERED} THEN ${ANSWERED_AT} WHEN ${ABANDONED} THEN ${ABANDONED_AT} ELSE tasks.completed_at END AS outcome_at`,
      ),
      db.raw(`${flag(ANSWERED)} AS answered`),
      db.raw(`${flag(`${ANSWERED} AND ${ANSWERED_AT} - tasks.enqueued_at <= ${threshold}`)} AS answered_within`, [
        d.liveThresholdSeconds,
      ]),
      db.raw(`${flag(ABANDONED)} AS abandoned`),
      db.raw(`${flag(`${ABANDONED} AND ${ABANDONED_AT} - tasks.enqueued_at <= ${grace}`)} AS abandoned_short`, [
        d.abandonGraceSeconds,
      ]),
      db.raw(`${flag(`${ABANDONED} AND ${ABANDONED_AT} - tasks.enqueued_at <= ${threshold}`)} AS abandoned_within`, [
        d.liveThresholdSeconds,
      ]),
      db.raw(`${flag(COMPLETED)} AS completed`),
      db.raw(
        `${flag(`${COMPLETED} AND (tasks.sla_due_at IS NULL OR tasks.completed_at <= tasks.sla_due_at)`)} AS completed_within`,
      ),
    )
    .whereNotNull('tasks.queue')
    // Indexed pre-filter (completed_at, answered_at, state); the outer query keeps outcomes of today only.
    .where((w: any) =>
      w
        .where('tasks.completed_at', '>=', dayStart)
        .orWhere('tasks.answered_at', '>=', dayStart)
        .orWhere((a: any) => a.where('tasks.state', TaskState.ASSIGNED).where('tasks.claimed_at', '>=', dayStart)),
    )
    .as('o');
  return db
    .from(perTask)
    .select('o.queue')
    .select(db.raw('CAST((o.outcome_at - ?) / 3600000 AS INTEGER) AS h', [dayStart]))
    .sum({
      answered: 'o.answered',
      answered_within: 'o.answered_within',
      abandoned: 'o.abandoned',
      abandoned_short: 'o.abandoned_short',
      abandoned_within: 'o.abandoned_within',
      completed: 'o.completed',
      completed_within: 'o.completed_within',
    })
    .where('o.outcome_at', '>=', dayStart)
    .where((w: any) => w.where('o.answered', 1).orWhere('o.abandoned', 1).orWhere('o.completed', 1))
    .groupBy('o.queue', 'h');
}
