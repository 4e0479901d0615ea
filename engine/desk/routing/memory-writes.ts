import {
  ReservationState,
  TaskKind,
  TaskState,
  type CallbackFields,
  type ReservationRecord,
  type TaskRecord,
} from '../../../models/index.ts';
import { CallbackOutcome } from '../callbacks/index.ts';
import { capacityExclusion } from './capacity.ts';
import { applyEscalationStep, nextEscalationAt } from './escalation.ts';
import { accrued, copy, type MemoryRows } from './memory-rows.ts';
import { DEFAULT_RESERVATION_TIMEOUT_SECONDS } from './offers.ts';
import type { RoutingStore } from './routing-store.ts';

type Writes = Pick<
  RoutingStore,
  'offer' | 'pauseForLiveWork' | 'timeOutOffer' | 'escalateIfDue' | 'returnPaused' | 'closeMissedWindow'
>;

/** The routing store's writes in memory, under the same guards as the SQL commands. */
export function memoryWrites(rows: MemoryRows): Writes {
  const { clock, queues, agents, tasks, reservations, decisions, put, loadOf, endOffer } = rows;
  return {
    async offer(agentId, specs) {
      const agent = agents.get(agentId);
      if (!agent) return null;
      const now = clock.now();
      const room = loadOf(agentId);
      for (const { task } of specs) {
        if (capacityExclusion(agent, room, task.channel, true)) return null;
        if (tasks.get(task.id)?.state !== TaskState.QUEUED) return null;
        room.byChannel[task.channel] += 1;
        room.active += 1;
      }
      agents.set(agentId, { ...agent, idleSince: null, version: agent.version + 1, updatedAt: now });
      return specs.map(({ task, decision, timeoutSeconds }) => {
        const seconds =
          timeoutSeconds ??
          queues.get(task.queue ?? '')?.reservationTimeoutSeconds ??
          DEFAULT_RESERVATION_TIMEOUT_SECONDS;
        const reservation: ReservationRecord = {
          id: rows.nextReservationId(),
          taskId: task.id,
          agentId,
          state: ReservationState.PENDING,
          createdAt: now,
          expiresAt: now + seconds * 1000,
          endedAt: null,
          reason: null,
        };
        reservations.set(reservation.id, reservation);
        const routingDecision = copy(decision) as unknown as Record<string, unknown>;
        decisions.set(reservation.id, routingDecision);
        return {
          reservation,
          task: put(tasks.get(task.id) as TaskRecord, { state: TaskState.RESERVED, routingDecision }),
        };
      });
    },
    async pauseForLiveWork(agentId) {
      const now = clock.now();
      const active = [...tasks.values()].filter((t) => t.assigneeId === agentId && t.state === TaskState.ASSIGNED);
      if (active.some((t) => !t.interruptible)) return null;
      return active.map((t) =>
        put(t, { state: TaskState.PAUSED, pausedAt: now, handlingMs: accrued(t, now), workStartedAt: null }),
      );
    },
    timeOutOffer: async (id) => endOffer(id, ReservationState.TIMED_OUT, 'no answer in time'),
    async escalateIfDue(taskId) {
      const task = tasks.get(taskId);
      if (task?.state !== TaskState.QUEUED) return null;
      const queue = queues.get(task.queue ?? '');
      const due = nextEscalationAt(task, queue);
      if (due === null || due > clock.now() || !queue) return null;
      const step = queue.escalation[task.escalationLevel];
      const next = applyEscalationStep(
        {
          skills: task.skills,
          candidateGroups: task.candidateGroups,
          priority: task.priority,
          queue: task.queue,
          siteScope: task.siteScope,
        },
        step,
      );
      const moved = next.queue !== task.queue;
      return put(task, {
        priority: next.priority,
        queue: next.queue,
        escalationLevel: moved ? 0 : task.escalationLevel + 1,
        skills: next.skills,
        candidateGroups: next.candidateGroups,
        siteScope: next.siteScope,
      });
    },
    async returnPaused(taskId) {
      const task = tasks.get(taskId);
      const now = clock.now();
      if (task?.state !== TaskState.PAUSED || task.pausedAt === null || task.pausedAt > now) return null;
      return put(task, {
        state: TaskState.QUEUED,
        assigneeId: null,
        claimedAt: null,
        pausedAt: null,
        workStartedAt: null,
        handlingMs: accrued(task, now),
      });
    },
    async closeMissedWindow(taskId) {
      const task = tasks.get(taskId);
      const now = clock.now();
      if (task?.kind !== TaskKind.CALLBACK || task.state !== TaskState.QUEUED) return false;
      const { windowEnd, attempts } = task.callback as CallbackFields;
      if (windowEnd === null || windowEnd > now) return false;
      const outcome = attempts > 0 ? CallbackOutcome.NO_ANSWER : CallbackOutcome.WINDOW_MISSED;
      put(task, {
        state: TaskState.CANCELLED,
        completedAt: now,
        callback: { outcome },
        assigneeId: null,
        workStartedAt: null,
      });
      return true;
    },
  };
}
