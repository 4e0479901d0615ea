import { listAgents, type AgentRecord } from './agents-repo.ts';
import type { Db } from './db.ts';
import { listQueues, type QueueRecord } from './queues-repo.ts';
import { allPendingReservations, type ReservationRecord } from './reservations-repo.ts';
import {
  agentLoads,
  agentsWithUnpausableWork,
  declinesOfWaitingTasks,
  effectiveSkillsOf,
  queuedTaskVersions,
  findTasks,
  pausedTasks,
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
  /** Ids and versions of the queued tasks (a warm standby's check at takeover). */
  queuedVersions(): Promise<Map<string, number>>;
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
    declines: () => declinesOfWaitingTasks(db),
    queuedVersions: () => queuedTaskVersions(db),
  };
}
