import { isPostgres, type Db } from '../db.ts';
import { ReservationState } from '../reservations-repo.ts';
import { taskFromRow } from './row-mappers.ts';
import { OPEN_TASK_STATES, TaskState, type Channel, type TaskRecord } from './task-types.ts';

/** The constants of the priority formula (owned by engine/desk/routing/priority.ts, passed in). */
export interface PrioritySql {
  businessValue: number;
  channelBoost: Record<Channel, number>;
  slaUrgency: number;
  defaultAgingPerMinute: number;
  defaultUrgencyHorizonSeconds: number;
}

/**
 * The effective priority formula as SQL over `tasks` left-joined to `queues` (the same formula as
 * engine/desk/routing/priority.ts; a test keeps the two in step). Bindings are returned beside the text.
 */
export function effectivePrioritySql(w: PrioritySql, now: number): { sql: string; bindings: number[] } {
  const aging = `COALESCE(queues.aging_per_minute, ${Number(w.defaultAgingPerMinute)})`;
  const horizon = `(COALESCE(queues.sla_seconds, ${Number(w.defaultUrgencyHorizonSeconds)}) * 1000.0)`;
  const boost = Object.entries(w.channelBoost)
    .map(([c, v]) => `WHEN '${c}' THEN ${Number(v)}`)
    .join(' ');
  const sql =
    `(tasks.priority + ${Number(w.businessValue)} * tasks.business_value + CASE tasks.channel ${boost} ELSE 0 END` +
    ` + ${aging} * (CASE WHEN ? > tasks.enqueued_at THEN ? - tasks.enqueued_at ELSE 0 END) / 60000.0` +
    ` + CASE WHEN tasks.sla_due_at IS NULL OR ${horizon} <= 0 OR ? <= tasks.sla_due_at - ${horizon} THEN 0` +
    ` ELSE ${Number(w.slaUrgency)} * (? - (tasks.sla_due_at - ${horizon})) / ${horizon} END)`;
  return { sql, bindings: [now, now, now, now] };
}

/** Who asks for work, for eligibility in SQL: candidates by user/group, skills from agent_skills. */
export interface PullAgent {
  userId: string;
  groups: readonly string[];
  /** The agent's site: site-bound work is for agents of its sites. Undefined: not an agent, no site rule. */
  siteId?: string | null;
}

/** Restricts a tasks query to tasks the agent may take: a candidate, and holding every required skill at its level. */
export function whereEligible(db: Db, q: any, agent: PullAgent): any {
  const candidate = (kind: string, values: readonly string[]) =>
    db('task_candidates')
      .select(db.raw('1'))
      .whereRaw('task_candidates.task_id = tasks.id')
      .andWhere('kind', kind)
      .whereIn('value', [...values]);
  q.where((w: any) => {
    w.whereNotExists(
      db('task_candidates').select(db.raw('1')).whereRaw('task_candidates.task_id = tasks.id'),
    ).orWhereExists(candidate('USER', [agent.userId]));
    if (agent.groups.length) w.orWhereExists(candidate('GROUP', agent.groups));
  });
  if (agent.siteId !== undefined)
    q.where((w: any) => {
      w.whereNull('tasks.site_scope');
      // Site ids are lower-case letters, digits and dashes (no LIKE wildcards); the scope is stored as ,a,b,
      if (agent.siteId) w.orWhere('tasks.site_scope', 'like', `%,${agent.siteId},%`);
    });
  q.whereNotExists(
    db('task_skills')
      .select(db.raw('1'))
      .whereRaw('task_skills.task_id = tasks.id')
      .whereNotExists(
        db('agent_skills')
          .select(db.raw('1'))
          .whereRaw('agent_skills.skill = task_skills.skill AND agent_skills.level >= task_skills.level')
          .andWhere('agent_skills.agent_id', agent.userId),
      ),
  );
  return q;
}

/** The best queued tasks the agent may take, best first (pull: nextTask). */
export async function bestEligibleTasks(
  db: Db,
  agent: PullAgent,
  channels: readonly Channel[],
  w: PrioritySql,
  now: number,
  limit: number,
): Promise<TaskRecord[]> {
  const { sql, bindings } = effectivePrioritySql(w, now);
  const q = db('tasks')
    .leftJoin('queues', 'queues.name', 'tasks.queue')
    .select('tasks.*')
    .where('tasks.state', TaskState.QUEUED)
    .whereIn('tasks.channel', [...channels]);
  whereEligible(db, q, agent);
  const rows = await q
    .orderByRaw(`${sql} DESC`, bindings)
    .orderBy([{ column: 'tasks.enqueued_at' }, { column: 'tasks.id' }])
    .limit(limit);
  return rows.map(taskFromRow);
}

/** Open tasks waiting for an agent (router start-up): queued or on offer. */
export async function waitingTasks(db: Db): Promise<TaskRecord[]> {
  return (await db('tasks').whereIn('state', [TaskState.QUEUED, TaskState.RESERVED]).orderBy('enqueued_at')).map(
    taskFromRow,
  );
}

/**
 * Queued tasks' ids and versions, nothing else: a warm standby compares them with its index at takeover
 * (docs/cluster.md), a fraction of the cost of reading the rows.
 */
export async function queuedTaskVersions(db: Db): Promise<Map<string, number>> {
  const rows = await db('tasks').where({ state: TaskState.QUEUED }).select('id', 'version');
  return new Map(rows.map((r: { id: string; version: number | string }) => [r.id, Number(r.version)]));
}

/** Tasks an agent holds (assigned or paused), oldest first. */
export async function heldTasks(
  db: Db,
  agentId: string,
  states: readonly TaskState[] = [TaskState.ASSIGNED, TaskState.PAUSED],
): Promise<TaskRecord[]> {
  return (
    await db('tasks')
      .where({ assignee_id: agentId })
      .whereIn('state', [...states])
      .orderBy('claimed_at')
  ).map(taskFromRow);
}

/** Ids of assigned tasks with their holders (benchmarks pick work to release). */
export async function assignedTaskIds(db: Db): Promise<{ id: string; assigneeId: string }[]> {
  const rows = await db('tasks').where({ state: TaskState.ASSIGNED }).select('id', 'assignee_id');
  return rows.map((r: any) => ({ id: r.id, assigneeId: r.assignee_id }));
}

/** Paused tasks (router start-up and return-to-queue checks). */
export async function pausedTasks(db: Db): Promise<TaskRecord[]> {
  return (await db('tasks').where({ state: TaskState.PAUSED })).map(taskFromRow);
}

/** The open task of a live call. */
export async function findCallTask(db: Db, callId: string): Promise<TaskRecord | undefined> {
  const row = await db('tasks')
    .where({ call_id: callId })
    .whereIn('state', [...OPEN_TASK_STATES])
    .first();
  return row ? taskFromRow(row) : undefined;
}

/**
 * The task of a call in any state, open or over (a call id has one task: its execution id is
 * `call:<callId>`), so a CALL_OFFERED re-sent after the call ended finds it.
 */
export async function findCallTaskEver(db: Db, callId: string): Promise<TaskRecord | undefined> {
  const row = await db('tasks').where({ call_id: callId }).orderBy('created_at', 'desc').first();
  return row ? taskFromRow(row) : undefined;
}

/** The newest task of each queue (to tell which agents can serve it). */
export async function findLatestQueueTasks(db: Db, queues: readonly string[]): Promise<Map<string, TaskRecord>> {
  const out = new Map<string, TaskRecord>();
  if (queues.length === 0) return out;
  const latest = db('tasks')
    .select('queue')
    .max({ at: 'created_at' })
    .whereIn('queue', [...queues])
    .groupBy('queue')
    .as('latest');
  const rows = await db('tasks')
    .join(latest, function () {
      this.on('latest.queue', '=', 'tasks.queue').andOn('latest.at', '=', 'tasks.created_at');
    })
    .select('tasks.*');
  for (const r of rows) if (!out.has(r.queue)) out.set(r.queue, taskFromRow(r));
  return out;
}

/** Effective required skills of tasks (after escalation), by task id. */
export async function effectiveSkillsOf(
  db: Db,
  taskIds: readonly string[],
): Promise<Map<string, { name: string; level: number }[]>> {
  const out = new Map<string, { name: string; level: number }[]>(taskIds.map((id) => [id, []]));
  // PostgreSQL takes the ids as one array parameter: a new leader reading 100,000 waiting tasks' skills
  // makes a few round trips instead of 200 (SQLite's bound-value limit keeps it at 500 a statement).
  const slice = isPostgres(db) ? 20_000 : 500;
  for (let i = 0; i < taskIds.length; i += slice) {
    const ids = taskIds.slice(i, i + slice);
    const rows = isPostgres(db)
      ? await db('task_skills').whereRaw('task_id = ANY(?)', [ids])
      : await db('task_skills').whereIn('task_id', ids);
    for (const r of rows) out.get(r.task_id)?.push({ name: r.skill, level: Number(r.level) });
  }
  return out;
}

/** Of these agents, those holding active work that may not be paused (not interruptible, or a call). */
export async function agentsWithUnpausableWork(db: Db, agentIds: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < agentIds.length; i += 500) {
    const rows = await db('tasks')
      .distinct('assignee_id')
      .whereIn('assignee_id', agentIds.slice(i, i + 500))
      .where('state', TaskState.ASSIGNED)
      .where((w: any) => w.where('interruptible', false).orWhere('channel', 'VOICE'));
    out.push(...rows.map((r: any) => r.assignee_id));
  }
  return out;
}

/** Declines of waiting tasks, as the reservations table holds them. */
export async function declinesOfWaitingTasks(db: Db): Promise<Map<string, string[]>> {
  const rows = await db('reservations as r')
    .join('tasks as t', 't.id', 'r.task_id')
    .select('r.task_id', 'r.agent_id')
    .whereIn('t.state', [TaskState.QUEUED, TaskState.RESERVED])
    .whereIn('r.state', [ReservationState.REJECTED, ReservationState.TIMED_OUT])
    .whereNotExists(
      db('reservations as a')
        .select(db.raw('1'))
        .whereRaw('a.task_id = r.task_id AND a.ended_at >= r.ended_at')
        .andWhere('a.state', ReservationState.ACCEPTED),
    )
    .orderBy('r.ended_at');
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.task_id, [...(out.get(r.task_id) ?? []), r.agent_id]);
  return out;
}

/**
 * Tasks an agent finished (completed or, for calls, ended) since a time, oldest first: the work of one
 * wrap-up. Bounded: a wrap-up covers a handful of contacts.
 */
export async function tasksCompletedBySince(db: Db, agentId: string, since: number): Promise<TaskRecord[]> {
  return (
    await db('tasks')
      .where({ completed_by: agentId })
      .where('completed_at', '>=', since)
      .orderBy('completed_at')
      .limit(100)
  ).map(taskFromRow);
}
