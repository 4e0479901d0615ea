import type { Db } from '../db.ts';
import { TaskState, type Channel } from './task-types.ts';

/** Work an agent holds, by channel: pending offers, assigned and paused tasks (paused ones counted apart). */
export interface AgentLoad {
  byChannel: Record<Channel, number>;
  active: number;
  paused: number;
}

const emptyLoad = (): AgentLoad => ({
  byChannel: { VOICE: 0, CHAT: 0, EMAIL: 0, BACKOFFICE: 0 },
  active: 0,
  paused: 0,
});

/** Current loads of agents. */
export async function agentLoads(db: Db, ids: readonly string[]): Promise<Map<string, AgentLoad>> {
  const loads = new Map<string, AgentLoad>(ids.map((id) => [id, emptyLoad()]));
  if (ids.length === 0) return loads;
  // Held work and pending offers in one round trip.
  const held = db('tasks')
    .select('assignee_id as agent', 'channel', 'state')
    .count({ n: '*' })
    .whereIn('assignee_id', [...ids])
    .whereIn('state', [TaskState.ASSIGNED, TaskState.PAUSED])
    .groupBy('assignee_id', 'channel', 'state');
  const offered = db('reservations')
    .join('tasks', 'tasks.id', 'reservations.task_id')
    .select('reservations.agent_id as agent', 'tasks.channel', db.raw("'RESERVED' as state"))
    .count({ n: '*' })
    .whereIn('reservations.agent_id', [...ids])
    .where('reservations.state', 'PENDING')
    .groupBy('reservations.agent_id', 'tasks.channel');
  const [a, b] = [held.toSQL(), offered.toSQL()];
  const result = await db.raw(`${a.sql} UNION ALL ${b.sql}`, [...a.bindings, ...b.bindings]);
  const rows = Array.isArray(result) ? result : result.rows;
  for (const r of rows as any[]) {
    const load = loads.get(r.agent) as AgentLoad;
    const n = Number(r.n);
    load.byChannel[r.channel as Channel] += n;
    if (r.state === TaskState.PAUSED) load.paused += n;
    else load.active += n;
  }
  return loads;
}
