import { listAgents, type AgentRecord } from './agents-repo.ts';
import type { Db } from './db.ts';
import { listQueues, type QueueRecord } from './queues-repo.ts';
import { allPendingReservations, ReservationState, type ReservationRecord } from './reservations-repo.ts';
import {
  agentLoads,
  agentsWithUnpausableWork,
  effectiveSkillsOf,
  findTasks,
  pausedTasks,
  TaskState,
  waitingTasks,
  type AgentLoad,
  type TaskRecord,
} from './tasks/index.ts';

/** An agent as routing sees it: the record, what it holds, and whether all its active work could pause for a call. */
export interface RoutingAgentRow {
  agent: AgentRecord;
  load: AgentLoad;
  pausable: boolean;
}

/** What a routing pass reads: the rows its indexes and its agenda are built from, so any node can rebuild them. */
export interface RoutingReads {
  queues(): Promise<QueueRecord[]>;
  /** Agents (all, or these) with their loads. */
  agents(ids?: readonly string[]): Promise<RoutingAgentRow[]>;
  /** Open tasks waiting for an agent: queued or on offer, oldest first. */
  waitingTasks(): Promise<TaskRecord[]>;
  tasks(ids: readonly string[]): Promise<TaskRecord[]>;
  /** Effective required skills (after escalation) by task id. */
  skillsOf(taskIds: readonly string[]): Promise<Map<string, { name: string; level: number }[]>>;
  pendingReservations(): Promise<ReservationRecord[]>;
  pausedTasks(): Promise<TaskRecord[]>;
  /**
   * Who declined each waiting task (REJECTED or TIMED_OUT offers since its last accepted one): the router
   * offers it to them again only when nobody else qualifies.
   */
  declines(): Promise<Map<string, string[]>>;
}

/** Declines of waiting tasks, as the reservations table holds them. */
async function declinesOfWaiting(db: Db): Promise<Map<string, string[]>> {
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

/** The SQL reads of the routing store (its writes are the engine's guarded commands). */
export function makeSqlRoutingReads(db: Db): RoutingReads {
  return {
    queues: () => listQueues(db),
    async agents(ids) {
      const records = await listAgents(db, ids ? { ids } : {});
      const loads = await agentLoads(
        db,
        records.map((a) => a.id),
      );
      const busy = records.filter((a) => (loads.get(a.id) as AgentLoad).active > 0).map((a) => a.id);
      const unpausable = new Set(await agentsWithUnpausableWork(db, busy));
      return records.map((agent) => ({
        agent,
        load: loads.get(agent.id) as AgentLoad,
        pausable: !unpausable.has(agent.id),
      }));
    },
    waitingTasks: () => waitingTasks(db),
    async tasks(ids) {
      // In slices: a burst re-read at once would pass SQLite's limit of bound values.
      const out: TaskRecord[] = [];
      for (let i = 0; i < ids.length; i += 500) out.push(...(await findTasks(db, ids.slice(i, i + 500))));
      return out;
    },
    skillsOf: (ids) => effectiveSkillsOf(db, ids),
    pendingReservations: () => allPendingReservations(db),
    pausedTasks: () => pausedTasks(db),
    declines: () => declinesOfWaiting(db),
  };
}
