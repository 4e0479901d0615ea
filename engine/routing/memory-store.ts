import {
  Channel,
  Presence,
  ReservationState,
  TaskKind,
  TaskState,
  type AgentLoad,
  type AgentRecord,
  type QueueRecord,
  type ReservationRecord,
  type SkillRequirement,
  type TaskRecord,
} from '../../models/index.ts';
import { CallbackOutcome } from '../callbacks/callback-types.ts';
import type { Clock } from '../clock/index.ts';
import { capacityExclusion } from './capacity.ts';
import { applyEscalationStep, nextEscalationAt } from './escalation.ts';
import type { RoutingEvent } from './inbox.ts';
import { DEFAULT_RESERVATION_TIMEOUT_SECONDS } from './offers.ts';
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
  /** Every offer made, in order, with its reservation as it is now and the decision as it was made. */
  offers(): { reservation: ReservationRecord; decision: Record<string, unknown> }[];
  task(id: string): TaskRecord | undefined;
  /** The inbox feed (pass as the router's `feed`). */
  feed(deliver: (event: RoutingEvent) => void): () => void;
}

const emptyLoad = (): AgentLoad => ({
  byChannel: { VOICE: 0, CHAT: 0, EMAIL: 0, BACKOFFICE: 0 },
  active: 0,
  paused: 0,
});
const copy = <T>(value: T): T => structuredClone(value);
const accrued = (task: TaskRecord, now: number) =>
  task.handlingMs + (task.workStartedAt === null ? 0 : Math.max(0, now - task.workStartedAt));

/** Makes an empty in-memory routing store on a clock (a manual one in simulations). */
export function makeMemoryRoutingStore(clock: Clock): MemoryRoutingStore {
  const queues = new Map<string, QueueRecord>();
  const agents = new Map<string, AgentRecord>();
  const tasks = new Map<string, TaskRecord>();
  const reservations = new Map<string, ReservationRecord>();
  const decisions = new Map<string, Record<string, unknown>>();
  const listeners = new Set<(event: RoutingEvent) => void>();
  let seq = 0;
  const emit = (event: RoutingEvent) => listeners.forEach((l) => l(event));
  const put = (task: TaskRecord, changes: Partial<TaskRecord>): TaskRecord => {
    const next = { ...task, ...changes, version: task.version + 1 };
    tasks.set(task.id, next);
    return next;
  };

  function loadOf(agentId: string): AgentLoad {
    const load = emptyLoad();
    for (const t of tasks.values()) {
      if (t.assigneeId !== agentId || (t.state !== TaskState.ASSIGNED && t.state !== TaskState.PAUSED)) continue;
      load.byChannel[t.channel] += 1;
      if (t.state === TaskState.PAUSED) load.paused += 1;
      else load.active += 1;
    }
    for (const r of reservations.values())
      if (r.agentId === agentId && r.state === ReservationState.PENDING) {
        load.byChannel[(tasks.get(r.taskId) as TaskRecord).channel] += 1;
        load.active += 1;
      }
    return load;
  }

  const pausable = (agentId: string) =>
    ![...tasks.values()].some(
      (t) =>
        t.assigneeId === agentId && t.state === TaskState.ASSIGNED && (!t.interruptible || t.channel === Channel.VOICE),
    );

  /** Ends a pending offer and queues its task again (the SQL store's declineReservation). */
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
          id: `rs-mem-${++seq}`,
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
        { skills: task.skills, candidateGroups: task.candidateGroups, priority: task.priority, queue: task.queue },
        step,
      );
      const moved = next.queue !== task.queue;
      return put(task, {
        priority: next.priority,
        queue: next.queue,
        escalationLevel: moved ? 0 : task.escalationLevel + 1,
        skills: next.skills,
        candidateGroups: next.candidateGroups,
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
      if (task.windowEnd === null || task.windowEnd > now) return false;
      const outcome = task.attempts > 0 ? CallbackOutcome.NO_ANSWER : CallbackOutcome.WINDOW_MISSED;
      put(task, { state: TaskState.CANCELLED, completedAt: now, outcome, assigneeId: null, workStartedAt: null });
      return true;
    },

    putQueue(queue) {
      queues.set(queue.name, copy(queue));
      emit({ type: 'queues.changed', origin: null });
    },
    putAgent(agent) {
      agents.set(agent.id, copy(agent));
      emit({ type: 'agent.changed', origin: null, agentId: agent.id });
    },
    putTask(task) {
      tasks.set(task.id, copy(task));
      const ids = { origin: null, taskId: task.id, version: task.version };
      emit(
        task.state === TaskState.QUEUED
          ? { type: 'task.arrived', ...ids }
          : { type: 'task.changed', ...ids, agentId: task.assigneeId },
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
      const attempts = task.kind === TaskKind.CALLBACK ? task.attempts + 1 : task.attempts;
      return put(task, {
        state: TaskState.ASSIGNED,
        assigneeId: r.agentId,
        claimedAt: now,
        workStartedAt: now,
        attempts,
      });
    },
    reject(id) {
      const out = endOffer(id, ReservationState.REJECTED, null);
      if (!out) return null;
      const { reservation: r, task } = out;
      emit({
        type: 'offer.ended',
        origin: null,
        reservationId: r.id,
        taskId: r.taskId,
        agentId: r.agentId,
        declined: true,
      });
      emit({ type: 'task.changed', origin: null, taskId: task.id, version: task.version, agentId: task.assigneeId });
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
        type: 'task.finished',
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
    offers: () =>
      [...reservations.values()].map((reservation) => ({
        reservation,
        decision: decisions.get(reservation.id) as Record<string, unknown>,
      })),
    task: (id) => tasks.get(id),
    feed(deliver) {
      listeners.add(deliver);
      return () => listeners.delete(deliver);
    },
  };
}
