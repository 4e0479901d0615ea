import type { AgentLoad, AgentRecord, TaskRecord } from '../../../models/index.ts';
import type { Requirements } from './eligibility.ts';
import type { RouterState } from './router-state.ts';

/** A router's index as plain data, in id order: two indexes of the same rows give equal snapshots. */
export interface RouterSnapshot {
  waiting: {
    task: TaskRecord;
    req: Requirements;
    urgentFrom: number | null;
    declinedBy: string[];
  }[];
  /** Queued tasks kept out of the index by their window (a warm standby's; a leader has agenda items). */
  deferred: string[];
  agents: { agent: AgentRecord; load: AgentLoad; pausable: boolean }[];
  queues: string[];
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The snapshot of a router's state. */
export function snapshotOf(view: RouterState, deferred: Iterable<TaskRecord>): RouterSnapshot {
  return {
    waiting: [...view.index.entries()]
      .map((e) => ({ task: e.task, req: e.req, urgentFrom: e.urgentFrom, declinedBy: [...e.declinedBy].sort(byId) }))
      .sort((a, b) => byId(a.task.id, b.task.id)),
    deferred: [...deferred].map((t) => t.id).sort(byId),
    agents: [...view.agents.values()]
      .map((a) => ({ agent: a.agent, load: a.load, pausable: a.pausable }))
      .sort((a, b) => byId(a.agent.id, b.agent.id)),
    queues: [...view.queues.values()].map((q) => `${q.name}@${q.updatedAt}`).sort(byId),
  };
}
