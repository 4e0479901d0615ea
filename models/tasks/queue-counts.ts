import type { Db } from '../db.ts';
import { OPEN_TASK_STATES, TaskState } from './task-types.ts';

/** Tasks waiting now, by queue (queues with none are left out). */
export async function waitingByQueue(db: Db): Promise<Map<string, number>> {
  const rows = await db('tasks')
    .select('queue')
    .count({ n: '*' })
    .whereNotNull('queue')
    .whereIn('state', [TaskState.QUEUED, TaskState.RESERVED])
    .groupBy('queue');
  return new Map((rows as any[]).map((r) => [r.queue as string, Number(r.n)]));
}

/** Ids of open tasks a group is a candidate of, by id, at most `limit` (what still names the group). */
export async function openTaskIdsOfGroup(db: Db, groupId: string, limit: number): Promise<string[]> {
  return (
    await db('task_candidates as c')
      .join('tasks as t', 't.id', 'c.task_id')
      .where({ 'c.kind': 'GROUP', 'c.value': groupId })
      .whereIn('t.state', [...OPEN_TASK_STATES])
      .orderBy('t.id')
      .limit(limit)
      .select('t.id')
  ).map((r: any) => r.id as string);
}

/** Tasks waiting now in these queues: how many and when the oldest was enqueued (queues with none left out). */
export async function waitingBacklog(
  db: Db,
  queues: readonly string[],
): Promise<Map<string, { count: number; oldestAt: number }>> {
  if (queues.length === 0) return new Map();
  const rows = await db('tasks')
    .select('queue')
    .count({ n: '*' })
    .min({ oldest: 'enqueued_at' })
    .whereIn('queue', [...queues])
    .whereIn('state', [TaskState.QUEUED, TaskState.RESERVED])
    .groupBy('queue');
  return new Map((rows as any[]).map((r) => [r.queue as string, { count: Number(r.n), oldestAt: Number(r.oldest) }]));
}
