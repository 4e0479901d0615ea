import {
  ReservationState,
  TaskState,
  type AgentRecord,
  type QueueRecord,
  type ReservationRecord,
  type RoutingReads,
  type SkillRequirement,
  type TaskRecord,
} from '../../../models/index.ts';
import type { Clock } from '../../core/clock/index.ts';
import type { RoutingEvent } from './inbox.ts';
import { copy, makeMemoryRows, type MemoryRows } from './memory-rows.ts';
import { memorySimulatorSide } from './memory-sim.ts';
import { memoryWrites } from './memory-writes.ts';
import type { RoutingStore } from './routing-store.ts';

/**
 * The routing store in memory, for a simulator (a contact-centre day in virtual time) and for the
 * conformance test that holds it to the SQL store. Its writes follow the same guards as the SQL
 * commands; the simulator's side (arrivals, accepts, rejects, completions) changes rows through the
 * methods below, which feed the router's inbox as the engine's events do.
 */
export interface MemoryRoutingStore extends RoutingStore {
  putQueue(queue: QueueRecord): void;
  putAgent(agent: AgentRecord): void;
  /** Adds a task as created (its skills are its effective skills). */
  putTask(task: TaskRecord): void;
  accept(reservationId: string): TaskRecord | null;
  reject(reservationId: string): TaskRecord | null;
  complete(taskId: string): TaskRecord | null;
  /** The offers made (from the `from`-th on), in order, each reservation as it is now and its decision as made. */
  offers(from?: number): { reservation: ReservationRecord; decision: Record<string, unknown> }[];
  task(id: string): TaskRecord | undefined;
  /** The inbox feed (pass as the router's `feed`). */
  feed(deliver: (event: RoutingEvent) => void): () => void;
}

/** Makes an empty in-memory routing store on a clock (a manual one in simulations). */
export function makeMemoryRoutingStore(clock: Clock): MemoryRoutingStore {
  const rows = makeMemoryRows(clock);
  return { ...memoryReads(rows), ...memoryWrites(rows), ...memorySimulatorSide(rows) };
}

/** The routing store's reads in memory (the rows the router's indexes and agenda are built from). */
function memoryReads(rows: MemoryRows): RoutingReads {
  const { queues, agents, tasks, reservations, loadOf, pausable } = rows;
  return {
    queues: async () => [...queues.values()].map(copy),
    async agents(ids) {
      const list = [...agents.values()]
        .filter((a) => !ids || ids.includes(a.id))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return list.map((a) => {
        const load = loadOf(a.id);
        return { agent: copy(a), load, pausable: load.active === 0 || pausable(a.id) };
      });
    },
    waitingTasks: async () =>
      [...tasks.values()]
        .filter((t) => t.state === TaskState.QUEUED || t.state === TaskState.RESERVED)
        .sort((a, b) => a.enqueuedAt - b.enqueuedAt)
        .map(copy),
    tasks: async (ids) =>
      ids
        .map((id) => tasks.get(id))
        .filter((t): t is TaskRecord => t !== undefined)
        .map(copy),
    skillsOf: async (ids) =>
      new Map(ids.map((id): [string, SkillRequirement[]] => [id, copy(tasks.get(id)?.skills ?? [])])),
    pendingReservations: async () => [...reservations.values()].filter((r) => r.state === ReservationState.PENDING),
    queuedVersions: async () =>
      new Map([...tasks.values()].filter((t) => t.state === TaskState.QUEUED).map((t) => [t.id, t.version])),
    pausedTasks: async () => [...tasks.values()].filter((t) => t.state === TaskState.PAUSED).map(copy),
    async declines() {
      const out = new Map<string, string[]>();
      const all = [...reservations.values()].sort((a, b) => (a.endedAt ?? 0) - (b.endedAt ?? 0));
      for (const r of all) {
        const t = tasks.get(r.taskId);
        if (t?.state !== TaskState.QUEUED && t?.state !== TaskState.RESERVED) continue;
        if (r.state !== ReservationState.REJECTED && r.state !== ReservationState.TIMED_OUT) continue;
        const acceptedLater = all.some(
          (a) => a.taskId === r.taskId && a.state === ReservationState.ACCEPTED && (a.endedAt ?? 0) >= (r.endedAt ?? 0),
        );
        if (!acceptedLater) out.set(r.taskId, [...(out.get(r.taskId) ?? []), r.agentId]);
      }
      return out;
    },
  };
}
