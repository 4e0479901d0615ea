import {
  Channel,
  Presence,
  ReservationState,
  patchTask,
  TaskState,
  type AgentLoad,
  type AgentRecord,
  type QueueRecord,
  type ReservationRecord,
  type TaskPatch,
  type TaskRecord,
} from '../../../models/index.ts';
import type { Clock } from '../../core/clock/index.ts';

/** The rows of the in-memory routing store, shared by its reads, its writes and the simulator's side. */
export interface MemoryRows {
  readonly clock: Clock;
  readonly queues: Map<string, QueueRecord>;
  readonly agents: Map<string, AgentRecord>;
  readonly tasks: Map<string, TaskRecord>;
  readonly reservations: Map<string, ReservationRecord>;
  /** Each offer's routing decision as it was made (a task's own is overwritten by its next offer). */
  readonly decisions: Map<string, Record<string, unknown>>;
  /** Writes a task with changes and the next version. */
  put(task: TaskRecord, changes: TaskPatch): TaskRecord;
  /** What the agent holds, as agentLoads counts it in SQL. */
  loadOf(agentId: string): AgentLoad;
  /** No active work that may not pause for a call. */
  pausable(agentId: string): boolean;
  /** Ends a pending offer and queues its task again (the SQL store's declineReservation); null when it had ended. */
  endOffer(
    id: string,
    state: ReservationState,
    reason: string | null,
  ): { reservation: ReservationRecord; task: TaskRecord; agent: AgentRecord } | null;
  nextReservationId(): string;
}

const emptyLoad = (): AgentLoad => ({
  byChannel: { VOICE: 0, CHAT: 0, EMAIL: 0, BACKOFFICE: 0 },
  active: 0,
  paused: 0,
});
export const copy = <T>(value: T): T => structuredClone(value);
export const accrued = (task: TaskRecord, now: number) =>
  task.handlingMs + (task.workStartedAt === null ? 0 : Math.max(0, now - task.workStartedAt));

const holds = (t: TaskRecord) =>
  t.assigneeId !== null && (t.state === TaskState.ASSIGNED || t.state === TaskState.PAUSED);

/** A map of rows that also keeps, per agent, the ids of the rows that count towards its load. */
class RowsByAgent<T extends { id: string }> extends Map<string, T> {
  readonly byAgent = new Map<string, Set<string>>();
  constructor(private readonly holderOf: (row: T) => string | null) {
    super();
  }
  override set(id: string, row: T): this {
    const before = this.get(id);
    if (before) this.byAgent.get(this.holderOf(before) ?? '')?.delete(id);
    const holder = this.holderOf(row);
    if (holder !== null) {
      let ids = this.byAgent.get(holder);
      if (!ids) this.byAgent.set(holder, (ids = new Set()));
      ids.add(id);
    }
    return super.set(id, row);
  }
  of(agentId: string): T[] {
    return [...(this.byAgent.get(agentId) ?? [])].map((id) => this.get(id) as T);
  }
}

/** Makes empty rows on a clock. */
export function makeMemoryRows(clock: Clock): MemoryRows {
  const queues = new Map<string, QueueRecord>();
  const agents = new Map<string, AgentRecord>();
  // Indexed by holder so that an agent's load is read without scanning the day's rows.
  const tasks = new RowsByAgent<TaskRecord>((t) => (holds(t) ? t.assigneeId : null));
  const reservations = new RowsByAgent<ReservationRecord>((r) =>
    r.state === ReservationState.PENDING ? r.agentId : null,
  );
  const decisions = new Map<string, Record<string, unknown>>();
  let seq = 0;
  const put = (task: TaskRecord, changes: TaskPatch): TaskRecord => {
    const next = { ...patchTask(task, changes), version: task.version + 1 };
    tasks.set(task.id, next);
    return next;
  };

  function loadOf(agentId: string): AgentLoad {
    const load = emptyLoad();
    for (const t of tasks.of(agentId)) {
      load.byChannel[t.channel] += 1;
      if (t.state === TaskState.PAUSED) load.paused += 1;
      else load.active += 1;
    }
    for (const r of reservations.of(agentId)) {
      load.byChannel[(tasks.get(r.taskId) as TaskRecord).channel] += 1;
      load.active += 1;
    }
    return load;
  }

  const pausable = (agentId: string) =>
    !tasks.of(agentId).some((t) => t.state === TaskState.ASSIGNED && (!t.interruptible || t.channel === Channel.VOICE));

  function endOffer(id: string, state: ReservationState, reason: string | null) {
    const r = reservations.get(id);
    if (r?.state !== ReservationState.PENDING) return null;
    const now = clock.now();
    const ended = { ...r, state, endedAt: now, reason };
    reservations.set(id, ended);
    const task = tasks.get(r.taskId) as TaskRecord;
    const back = task.state === TaskState.RESERVED ? put(task, { state: TaskState.QUEUED }) : task;
    const agent = agents.get(r.agentId) as AgentRecord;
    const missed = state === ReservationState.TIMED_OUT ? agent.missedOffers + 1 : agent.missedOffers;
    const limit = queues.get(task.queue ?? '')?.maxMissedOffers ?? 3;
    const away = state === ReservationState.TIMED_OUT && missed >= limit && agent.presence === Presence.AVAILABLE;
    const changed = away
      ? { missedOffers: missed, presence: Presence.AWAY, presenceReason: `missed ${missed} offers`, presenceSince: now }
      : { missedOffers: missed };
    agents.set(agent.id, { ...agent, ...changed, version: agent.version + 1, updatedAt: now });
    return { reservation: ended, task: back, agent: agents.get(agent.id) as AgentRecord };
  }

  return {
    clock,
    queues,
    agents,
    tasks,
    reservations,
    decisions,
    put,
    loadOf,
    pausable,
    endOffer,
    nextReservationId: () => `rs-mem-${++seq}`,
  };
}
