import { closeMissedWindow } from '../callbacks/window.ts';
import {
  allPendingReservations,
  findReservation,
  findTask,
  listQueues,
  pausedTasks,
  Channel,
  TaskState,
  ReservationState,
  type TaskRecord,
} from '../../models/index.ts';
import { makeWakeLoop, type Sleep } from '../clock/index.ts';
import type { EngineContext } from '../context.ts';
import type { EngineEvent } from '../events/index.ts';
import { makeAgenda, type AgendaItem } from './agenda.ts';
import { makeHoldPolicy, recordArrival, recordHandleTime, type LiveQueueState } from './blending.ts';
import { escalateIfDue } from './escalate.ts';
import { nextEscalationAt } from './escalation.ts';
import { declineReservation, offerTask, offerTasks } from './offers.ts';
import { pauseForLiveWork, requeueTask } from './pausing.ts';
import { makeRouterState, type RouterState } from './router-state.ts';
import { placeTask, fillAgent } from './placement.ts';

/** More new tasks than this in one pass are routed agent by agent (see route). */
const BURST_TASKS = 20;

/** Options of the router. */
export interface RouterOptions {
  /** Real-time sleep until the next agenda item (tests pass a fake, or none and call runDue). */
  sleep?: Sleep;
}

/** The push side of the universal queue: offers waiting work to the best eligible agent. */
export interface Router {
  /** Rebuilds the in-memory indexes from the database and starts reacting to changes. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Handles what is due at the clock's now (offer timeouts, escalations, paused tasks to return), then routes. */
  runDue(): Promise<void>;
  /** Resolves when every change seen so far has been routed. */
  settle(): Promise<void>;
  /** Counts for tests and benchmarks. */
  figures(): { waiting: number; agents: number; agenda: number };
}

/**
 * Makes the router. It keeps an index of waiting tasks (by requirements, in effective-priority order)
 * and of agents with their load, rebuilt from the database on start; every change it hears about is
 * re-read from the database before it acts, and every offer is a guarded transaction, so the database
 * stays the truth and a stale index can only cost a retry. Work is serialized: one pass at a time.
 */
export function makeRouter(ctx: EngineContext, options: RouterOptions = {}): Router {
  const agenda = makeAgenda();
  let state: RouterState = makeRouterState();
  const dirtyTasks = new Set<string>();
  const dirtyAgents = new Set<string>();
  const freshTasks = new Map<string, TaskRecord>();
  const freed: TaskRecord[] = [];
  let unsubscribe: (() => void) | null = null;
  let queuesChanged = false;

  const live = (name: string | null): LiveQueueState | undefined => (name ? state.live.get(name) : undefined);

  function onEvent(event: EngineEvent): void {
    if ('reservation' in event) {
      // The router's own offers are applied already; other reservation endings free the task and agent.
      if (event.type === 'reservation.offered')
        return armAt({ at: event.reservation.expiresAt, kind: 'reservation', id: event.reservation.id });
      // Accepting changes neither the index (the task was not waiting) nor the agent's load.
      if (event.type === 'reservation.accepted') return;
      dirtyTasks.add(event.task.id);
      dirtyAgents.add(event.reservation.agentId);
      if (event.type === 'reservation.rejected' || event.type === 'reservation.timedOut')
        state.declined(event.task.id, event.reservation.agentId);
    } else if ('task' in event) {
      if (
        event.type === 'task.reserved' ||
        event.type === 'consultation.answered' ||
        ('viaReservation' in event && event.viaReservation)
      )
        return;
      // The two commonest changes need no reading back: a new task carries everything the index needs,
      // and a completion frees one slot of its holder (an offer re-checks capacity in the database anyway).
      if (event.type === 'task.created' && event.task.state === TaskState.QUEUED)
        freshTasks.set(event.task.id, event.task);
      else if (event.type === 'task.completed' && event.task.assigneeId) freed.push(event.task);
      else {
        dirtyTasks.add(event.task.id);
        if (event.task.assigneeId) dirtyAgents.add(event.task.assigneeId);
      }
      if (event.type === 'task.created' && event.task.channel === Channel.VOICE) {
        const q = live(event.task.queue);
        if (q) recordArrival(q, event.task.createdAt);
      }
      if (event.type === 'task.completed' && event.task.channel === Channel.VOICE && event.task.handlingMs > 0) {
        const q = live(event.task.queue);
        if (q) recordHandleTime(q, event.task.handlingMs / 1000);
      }
      if (event.type === 'task.paused' && event.task.pausedAt !== null) {
        const q = state.queues.get(event.task.queue ?? '');
        armAt({
          at: event.task.pausedAt + (q?.pauseReturnSeconds ?? 900) * 1000,
          kind: 'pauseReturn',
          id: event.task.id,
        });
      }
    } else if (event.type === 'agent.changed') {
      dirtyAgents.add(event.agent.id);
    } else if (event.type === 'queue.changed') {
      queuesChanged = true;
    } else return;
    schedule();
  }

  /**
   * A queued task kept out of the index by its window comes back when the window (or retry delay) opens;
   * one whose window closed is looked at now (and closed).
   */
  function windowItem(task: TaskRecord): AgendaItem {
    const now = ctx.clock.now();
    const opens =
      task.readyAt !== null && task.readyAt > now && (task.windowEnd === null || task.readyAt < task.windowEnd);
    return { at: opens ? (task.readyAt as number) : Math.min(task.windowEnd ?? now, now), kind: 'window', id: task.id };
  }

  // One pass at a time: what is due (offer timeouts, escalations...), then the changes heard since the last.
  const loop = makeWakeLoop({
    clock: ctx.clock,
    sleep: options.sleep,
    pass: () => handleDue(),
    onError: (err) =>
      ctx.logger.error('routing pass failed', { err: String((err as Error | undefined)?.stack ?? err) }),
  });

  function armAt(item: AgendaItem): void {
    agenda.push(item);
    loop.wakeAt(item.at);
  }

  function schedule(): void {
    loop.poke();
  }

  async function refreshQueues(): Promise<void> {
    state.setQueues(await listQueues(ctx.db));
  }

  async function pass(): Promise<void> {
    const tasks = [...dirtyTasks];
    const fresh = [...freshTasks.values()];
    const released = freed.splice(0);
    freshTasks.clear();
    const agents = [...new Set([...dirtyAgents, ...released.map((t) => t.assigneeId as string)])];
    const reload = [...dirtyAgents];
    dirtyTasks.clear();
    dirtyAgents.clear();
    if (queuesChanged) {
      // Settings changed: every waiting task's slopes and escalation steps may differ; start over.
      queuesChanged = false;
      await rebuild();
      return route(
        [...state.index.entries()].map((e) => e.task.id),
        [...state.agents.keys()],
      );
    }
    for (const task of released) if (!dirtyAgents.has(task.assigneeId as string)) state.release(task);
    await state.reloadAgents(ctx, reload);
    const added = [...state.addFresh(ctx, fresh), ...(await state.reloadTasks(ctx, tasks))];
    for (const entry of added) {
      const at = nextEscalationAt(entry.task, state.queues.get(entry.task.queue ?? ''));
      if (at !== null) armAt({ at, kind: 'escalation', id: entry.task.id });
      if (entry.urgentFrom !== null && entry.urgentFrom > ctx.clock.now())
        armAt({ at: entry.urgentFrom, kind: 'urgency', id: entry.task.id });
      if (entry.task.windowEnd !== null) armAt({ at: entry.task.windowEnd, kind: 'window', id: entry.task.id });
    }
    for (const task of state.takeDeferred()) armAt(windowItem(task));
    await route(
      added.map((e) => e.task.id),
      agents,
    );
  }

  /** Places new tasks (best first) with agents, then fills agents whose load dropped. */
  async function route(taskIds: string[], agentIds: string[]): Promise<void> {
    const now = () => ctx.clock.now();
    const hold = () => makeHoldPolicy(state.live.values(), state.agents.values(), now());
    const ordered = taskIds
      .map((id) => state.index.get(id))
      .filter((e) => e !== undefined)
      .sort((a, b) => state.scoreOf(b, now()) - state.scoreOf(a, now()));
    const fx = { offerTask, offerTasks, pauseForLiveWork };
    // Live work first, one by one (it may pause someone's back-office task).
    for (const entry of ordered.filter((e) => e.task.channel === Channel.VOICE))
      if (state.index.get(entry.task.id) === entry) await placeTask(ctx, state, entry, hold(), fx);
    const rest = ordered.filter((e) => e.task.channel !== Channel.VOICE);
    // A burst is cheaper from the agents' side: each free agent takes its best tasks in one transaction.
    const burst = rest.length > BURST_TASKS;
    const agentsFirst = burst ? [...new Set([...agentIds, ...state.freeAgents()])] : [];
    for (const agentId of agentsFirst) await fillAgent(ctx, state, agentId, hold, fx);
    // After a burst fill every free agent has taken all it qualifies for: what is left waits for a release.
    if (!burst)
      for (const entry of rest)
        if (state.index.get(entry.task.id) === entry) await placeTask(ctx, state, entry, hold(), fx);
    for (const agentId of agentIds) if (!agentsFirst.includes(agentId)) await fillAgent(ctx, state, agentId, hold, fx);
  }

  async function handleDue(): Promise<number | null> {
    const now = ctx.clock.now();
    state.index.promote(now);
    for (const item of agenda.popDue(now)) {
      if (item.kind === 'reservation') {
        const reservation = await findReservation(ctx.db, item.id);
        if (reservation?.state === ReservationState.PENDING)
          await declineReservation(ctx, reservation, ReservationState.TIMED_OUT, null, 'no answer in time');
      } else if (item.kind === 'escalation') {
        await escalateIfDue(ctx, item.id);
      } else if (item.kind === 'pauseReturn') {
        const task = await findTask(ctx.db, item.id);
        if (task?.state === TaskState.PAUSED && task.pausedAt !== null && task.pausedAt <= now)
          await requeueTask(ctx, task, 'not resumed in time after live work');
      } else if (item.kind === 'urgency') {
        dirtyTasks.add(item.id);
      } else if (item.kind === 'window') {
        if (!(await closeMissedWindow(ctx, item.id))) dirtyTasks.add(item.id);
      }
    }
    await pass();
    return agenda.peek();
  }

  async function rebuild(): Promise<void> {
    state = makeRouterState();
    await refreshQueues();
    await state.loadAll(ctx);
    for (const r of await allPendingReservations(ctx.db))
      agenda.push({ at: r.expiresAt, kind: 'reservation', id: r.id });
    for (const t of await pausedTasks(ctx.db))
      agenda.push({
        at: (t.pausedAt ?? 0) + (state.queues.get(t.queue ?? '')?.pauseReturnSeconds ?? 900) * 1000,
        kind: 'pauseReturn',
        id: t.id,
      });
    for (const entry of state.index.entries()) {
      const at = nextEscalationAt(entry.task, state.queues.get(entry.task.queue ?? ''));
      if (at !== null) agenda.push({ at, kind: 'escalation', id: entry.task.id });
      if (entry.urgentFrom !== null) agenda.push({ at: entry.urgentFrom, kind: 'urgency', id: entry.task.id });
      if (entry.task.windowEnd !== null) agenda.push({ at: entry.task.windowEnd, kind: 'window', id: entry.task.id });
    }
    for (const task of state.takeDeferred()) agenda.push(windowItem(task));
  }

  return {
    async start() {
      await loop.run(async () => {
        await rebuild();
        unsubscribe = ctx.events.subscribe(onEvent);
        await route(
          [...state.index.entries()].map((e) => e.task.id),
          [...state.agents.keys()],
        );
      });
      await loop.start();
    },
    async stop() {
      unsubscribe?.();
      await loop.stop();
    },
    runDue: () => loop.runNow(),
    settle: async () => {
      let rounds = 0;
      do await loop.idle();
      while ((dirtyTasks.size > 0 || dirtyAgents.size > 0) && ++rounds < 100);
    },
    figures: () => ({ waiting: state.index.size, agents: state.agents.size, agenda: agenda.size }),
  };
}
