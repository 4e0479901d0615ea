import {
  Presence,
  ReservationState,
  TaskKind,
  TaskState,
  type AgentRecord,
  type ReservationRecord,
  type TaskRecord,
} from '../../../models/index.ts';
import type { RoutingEvent } from './inbox.ts';
import { accrued, copy, type MemoryRows } from './memory-rows.ts';
import type { MemoryRoutingStore } from './memory-store.ts';
import type { RoutingStore } from './routing-store.ts';

type SimulatorSide = Omit<MemoryRoutingStore, keyof RoutingStore>;

/**
 * The other side of a simulation: what agents and customers do (arrivals, accepts, rejects,
 * completions), changing rows as the engine's commands would and feeding the router's inbox.
 */
export function memorySimulatorSide(rows: MemoryRows): SimulatorSide {
  const { clock, queues, agents, tasks, reservations, decisions, put, endOffer } = rows;
  const listeners = new Set<(event: RoutingEvent) => void>();
  const emit = (event: RoutingEvent) => listeners.forEach((l) => l(event));
  return {
    putQueue(queue) {
      queues.set(queue.name, copy(queue));
      emit({ type: 'queuesChanged', origin: null });
    },
    putAgent(agent) {
      agents.set(agent.id, copy(agent));
      emit({ type: 'agentChanged', origin: null, agentId: agent.id });
    },
    putTask(task) {
      tasks.set(task.id, copy(task));
      const ids = { origin: null, taskId: task.id, version: task.version };
      emit(
        task.state === TaskState.QUEUED
          ? { type: 'taskArrived', ...ids }
          : { type: 'taskChanged', ...ids, agentId: task.assigneeId },
      );
    },
    accept(id) {
      const r = reservations.get(id);
      if (r?.state !== ReservationState.PENDING) return null;
      const now = clock.now();
      reservations.set(id, { ...r, state: ReservationState.ACCEPTED, endedAt: now });
      const agent = agents.get(r.agentId) as AgentRecord;
      agents.set(agent.id, {
        ...agent,
        missedOffers: 0,
        presence: Presence.BUSY,
        presenceSince: now,
        version: agent.version + 1,
      });
      const task = tasks.get(r.taskId) as TaskRecord;
      const attempts =
        task.kind === TaskKind.CALLBACK ? { callback: { attempts: (task.callback?.attempts ?? 0) + 1 } } : {};
      return put(task, {
        state: TaskState.ASSIGNED,
        assigneeId: r.agentId,
        claimedAt: now,
        workStartedAt: now,
        ...attempts,
      });
    },
    reject(id) {
      const out = endOffer(id, ReservationState.REJECTED, null);
      if (!out) return null;
      const { reservation: r, task } = out;
      emit({
        type: 'offerEnded',
        origin: null,
        reservationId: r.id,
        taskId: r.taskId,
        agentId: r.agentId,
        declined: true,
      });
      emit({ type: 'taskChanged', origin: null, taskId: task.id, version: task.version, agentId: task.assigneeId });
      return task;
    },
    complete(taskId) {
      const task = tasks.get(taskId);
      if (task?.state !== TaskState.ASSIGNED || !task.assigneeId) return null;
      const now = clock.now();
      const done = put(task, {
        state: TaskState.COMPLETED,
        completedAt: now,
        handlingMs: accrued(task, now),
        workStartedAt: null,
      });
      emit({
        type: 'taskFinished',
        origin: null,
        taskId,
        version: done.version,
        agentId: task.assigneeId,
        channel: task.channel,
        queue: task.queue,
        handlingMs: done.handlingMs,
      });
      return done;
    },
    offers: (from = 0) =>
      [...decisions.keys()].slice(from).map((id) => ({
        reservation: reservations.get(id) as ReservationRecord,
        decision: decisions.get(id) as Record<string, unknown>,
      })),
    task: (id) => tasks.get(id),
    feed(deliver) {
      listeners.add(deliver);
      return () => listeners.delete(deliver);
    },
  };
}
