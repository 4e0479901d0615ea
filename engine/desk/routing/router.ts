import { Channel, type TaskRecord } from '../../../models/index.ts';
import { makeWakeLoop, type Sleep } from '../../core/clock/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { withOrigin } from '../../core/events/index.ts';
import { newId } from '../../core/ids/index.ts';
import {
  agendaOf,
  makeAgenda,
  offerItem,
  pauseReturnItem,
  waitingItems,
  windowItem,
  type Agenda,
  type AgendaItem,
} from './agenda.ts';
import { makeHoldPolicy, recordArrival, recordHandleTime } from './blending.ts';
import { teachesHandleTime, toRoutingEvent, type RoutingEvent } from './inbox.ts';
import { fillAgent, placeTask, type Placement } from './placement.ts';
import { makeRouterState, type RouterState } from './router-state.ts';
import { makeSqlRoutingStore, type RoutingStore } from './routing-store.ts';

/**
 * The router's whole state between passes; all of it is rebuilt from the store's rows on start (and
 * when queue settings change), so any node can take over.
 */
interface RouterMemory {
  /** Waiting tasks, agents with their loads, queue settings, declines (see router-state.ts). */
  view: RouterState;
  /** What falls due when: offer timeouts, escalations, pause returns, urgency, callback windows. */
  agenda: Agenda;
  /** Tasks and agents the inbox heard changed since the last pass (read back before acting). */
  dirtyTasks: Set<string>;
  dirtyAgents: Set<string>;
  /** Of the dirty tasks, those just created (a voice arrival feeds the blending forecast). */
  arrived: Set<string>;
  /**
   * New tasks whose rows came with their events in this process (see `hints`), indexed without reading
   * them back: the commonest change, and a burst of them, costs no query.
   */
  fresh: Map<string, TaskRecord>;
  /** Slots freed by completions, applied without reading the agent back. */
  freed: { taskId: string; agentId: string; channel: Channel }[];
  /** Queue settings changed: the next pass starts over. */
  queuesChanged: boolean;
}

/** More new tasks than this in one pass are routed agent by agent (see route). */
const BURST_TASKS = 20;

/** Options of the router. */
export interface RouterOptions {
  /** Real-time sleep until the next agenda item (tests pass a fake, or none and call runDue). */
  sleep?: Sleep;
  /** Names this router's writes; events of that origin are not handled again. */
  origin?: string;
  /** Where routing reads and writes (default: the SQL store over the context's database). */
  store?: RoutingStore;
  /** Feeds the inbox (default: the context's events, as routing events); returns an unsubscribe. */
  feed?: (deliver: (event: RoutingEvent) => void) => () => void;
  /**
   * Keep agents free for live work by Erlang C (the blending reserve, default true); false lets any
   * free agent take back-office work (a simulator compares the two policies).
   */
  reserve?: boolean;
}

/** The push side of the universal queue: offers waiting work to the best eligible agent. */
export interface Router {
  /** Rebuilds the in-memory indexes from the store and starts reacting to changes. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Handles what is due at the clock's now (offer timeouts, escalations, paused tasks to return), then routes. */
  runDue(): Promise<void>;
  /** Resolves when every change seen so far has been routed. */
  settle(): Promise<void>;
  /** Hands the router a change (what the feed calls). */
  deliver(event: RoutingEvent): void;
  /** Counts for tests and benchmarks. */
  figures(): { waiting: number; agents: number; agenda: number };
}

/**
 * Makes the router. It keeps an index of waiting tasks (by requirements, in effective-priority order)
 * and of agents with their load, rebuilt from the store on start; every change its inbox hears about is
 * re-read from the store before it acts, and every offer is a guarded write, so the database stays the
 * truth and a stale index can only cost a retry. Its own writes it applies itself, never hears back.
 */
export function makeRouter(ctx: EngineContext, options?: RouterOptions): Router;
/** A router on a store and feed of its own (a simulation): it needs only a clock and a logger. */
export function makeRouter(
  ctx: Pick<EngineContext, 'clock' | 'logger'>,
  options: RouterOptions & Required<Pick<RouterOptions, 'store' | 'feed'>>,
): Router;
export function makeRouter(ctx: Pick<EngineContext, 'clock' | 'logger'>, options: RouterOptions = {}): Router {
  const origin = options.origin ?? newId('router');
  // Without a store and a feed of its own the router is given a whole context (first overload).
  const engine = ctx as EngineContext;
  const store = options.store ?? makeSqlRoutingStore({ ...engine, events: withOrigin(engine.events, origin) });
  // Rows of new tasks as this process's events carried them, by id: a record of the same version need not
  // be read back. A feed from elsewhere (a durable change feed) has none, and the router reads the row.
  const hints = new Map<string, TaskRecord>();
  const feed =
    options.feed ??
    ((deliver: (e: RoutingEvent) => void) =>
      engine.events.subscribe((e) => {
        const event = toRoutingEvent(e);
        if (!event) return;
        if (event.type === 'taskArrived' && e.type === 'task.created') hints.set(e.task.id, e.task);
        deliver(event);
      }));
  const m: RouterMemory = {
    view: makeRouterState(),
    agenda: makeAgenda(),
    dirtyTasks: new Set(),
    dirtyAgents: new Set(),
    arrived: new Set(),
    fresh: new Map(),
    freed: [],
    queuesChanged: false,
  };
  let unsubscribe: (() => void) | null = null;
  const now = () => ctx.clock.now();
  const loop = makeWakeLoop({
    clock: ctx.clock,
    sleep: options.sleep,
    pass: () => handleDue(),
    onError: (err) =>
      ctx.logger.error('routing pass failed', { err: String((err as Error | undefined)?.stack ?? err) }),
  });
  const arm = (item: AgendaItem) => {
    m.agenda.push(item);
    loop.wakeAt(item.at);
  };
  const placement: Placement = {
    store,
    clock: ctx.clock,
    offered: (offers) => offers.forEach((o) => arm(offerItem(o.reservation))),
    paused(agentId, tasks) {
      // Its load is read back on the next pass (as if its task.paused events had been heard).
      m.dirtyAgents.add(agentId);
      for (const t of tasks) arm(pauseReturnItem(t, m.view.queues));
      loop.poke();
    },
  };

  function deliver(event: RoutingEvent): void {
    if (event.origin === origin) return;
    switch (event.type) {
      case 'offerMade':
        // Another node's offer: this one only needs its timeout (the task was not waiting here).
        return arm(offerItem({ id: event.reservationId, expiresAt: event.expiresAt }));
      case 'offerEnded':
        m.dirtyTasks.add(event.taskId);
        m.dirtyAgents.add(event.agentId);
        if (event.declined) m.view.declined(event.taskId, event.agentId);
        break;
      case 'taskArrived': {
        const row = hints.get(event.taskId);
        hints.delete(event.taskId);
        if (row?.version === event.version) {
          m.fresh.set(row.id, row);
          recordArrivals([row]);
        } else {
          m.dirtyTasks.add(event.taskId);
          m.arrived.add(event.taskId);
        }
        break;
      }
      case 'taskFinished': {
        // A completion frees one slot of its holder (an offer re-checks capacity in the store anyway).
        m.freed.push({ taskId: event.taskId, agentId: event.agentId, channel: event.channel });
        const q = event.queue ? m.view.live.get(event.queue) : undefined;
        if (q && teachesHandleTime(event)) recordHandleTime(q, event.handlingMs / 1000);
        break;
      }
      case 'taskPaused':
        m.dirtyTasks.add(event.taskId);
        if (event.agentId) m.dirtyAgents.add(event.agentId);
        arm(pauseReturnItem({ id: event.taskId, pausedAt: event.pausedAt, queue: event.queue }, m.view.queues));
        break;
      case 'taskChanged':
        m.dirtyTasks.add(event.taskId);
        if (event.agentId) m.dirtyAgents.add(event.agentId);
        break;
      case 'agentChanged':
        m.dirtyAgents.add(event.agentId);
        break;
      case 'queuesChanged':
        m.queuesChanged = true;
        break;
      default:
        return assertNever(event);
    }
    loop.poke();
  }

  function recordArrivals(tasks: readonly TaskRecord[]): void {
    for (const t of tasks) {
      if (!(m.fresh.has(t.id) || m.arrived.delete(t.id)) || t.channel !== Channel.VOICE || !t.queue) continue;
      const q = m.view.live.get(t.queue);
      if (q) recordArrival(q, t.createdAt);
    }
  }

  async function pass(): Promise<void> {
    const tasks = [...m.dirtyTasks];
    const fresh = [...m.fresh.values()];
    m.fresh.clear();
    const released = m.freed.splice(0);
    const reload = [...m.dirtyAgents];
    const agents = [...new Set([...reload, ...released.map((r) => r.agentId)])];
    m.dirtyTasks.clear();
    m.dirtyAgents.clear();
    if (m.queuesChanged) {
      // Settings changed: every waiting task's slopes and escalation steps may differ; start over.
      m.queuesChanged = false;
      m.arrived.clear();
      hints.clear();
      await rebuild();
      return route(
        [...m.view.index.entries()].map((e) => e.task.id),
        [...m.view.agents.keys()],
      );
    }
    for (const r of released) m.view.release(r.taskId, r.agentId, r.channel);
    await m.view.reloadAgents(store, reload);
    const added = [
      ...m.view.addFresh(fresh, now()),
      ...(await m.view.reloadTasks(store, tasks, now(), recordArrivals)),
    ];
    for (const entry of added) for (const item of waitingItems(entry, m.view.queues, now())) arm(item);
    for (const task of m.view.takeDeferred()) arm(windowItem(task, now()));
    await route(
      added.map((e) => e.task.id),
      agents,
    );
  }

  /** Places new tasks (best first) with agents, then fills agents whose load dropped. */
  async function route(taskIds: string[], agentIds: string[]): Promise<void> {
    const { view } = m;
    const hold = () =>
      options.reserve === false ? noHold : makeHoldPolicy(view.live.values(), view.agents.values(), now());
    const ordered = taskIds
      .map((id) => view.index.get(id))
      .filter((e) => e !== undefined)
      .sort((a, b) => view.scoreOf(b, now()) - view.scoreOf(a, now()));
    // Live work first, one by one (it may pause someone's back-office task).
    for (const entry of ordered.filter((e) => e.task.channel === Channel.VOICE))
      if (view.index.get(entry.task.id) === entry) await placeTask(placement, view, entry, hold());
    const rest = ordered.filter((e) => e.task.channel !== Channel.VOICE);
    // A burst is cheaper from the agents' side: each free agent takes its best tasks in one transaction.
    const burst = rest.length > BURST_TASKS;
    const agentsFirst = burst ? [...new Set([...agentIds, ...view.freeAgents()])] : [];
    for (const agentId of agentsFirst) await fillAgent(placement, view, agentId, hold);
    // After a burst fill every free agent has taken all it qualifies for: what is left waits for a release.
    if (!burst)
      for (const entry of rest)
        if (view.index.get(entry.task.id) === entry) await placeTask(placement, view, entry, hold());
    for (const agentId of agentIds) if (!agentsFirst.includes(agentId)) await fillAgent(placement, view, agentId, hold);
  }

  /** One pass: what is due now (its consequences applied here, not heard back), then the changes heard. */
  async function handleDue(): Promise<number | null> {
    const at = now();
    const due = m.agenda.popDue(at);
    // Urgency is promoted on the passes an agenda item wakes (every urgency has one), not on every change:
    // the index walks all its not-yet-urgent tasks to do it.
    if (due.length > 0) m.view.index.promote(at);
    for (const item of due) {
      if (item.kind === 'reservation') {
        const ended = await store.timeOutOffer(item.id);
        if (ended) {
          m.dirtyTasks.add(ended.reservation.taskId);
          m.dirtyAgents.add(ended.reservation.agentId);
          m.view.declined(ended.reservation.taskId, ended.reservation.agentId);
        }
      } else if (item.kind === 'escalation') {
        if (await store.escalateIfDue(item.id)) m.dirtyTasks.add(item.id);
      } else if (item.kind === 'pauseReturn') {
        if (await store.returnPaused(item.id)) m.dirtyTasks.add(item.id);
      } else if (item.kind === 'urgency') {
        m.dirtyTasks.add(item.id);
      } else if (item.kind === 'window') {
        await store.closeMissedWindow(item.id);
        m.dirtyTasks.add(item.id);
      }
    }
    await pass();
    return m.agenda.peek();
  }

  async function rebuild(): Promise<void> {
    m.view = makeRouterState();
    m.agenda = makeAgenda();
    m.view.setQueues(await store.queues());
    await m.view.loadAll(store, now());
    const rows = {
      pendingReservations: await store.pendingReservations(),
      pausedTasks: await store.pausedTasks(),
      waiting: m.view.index.entries(),
      deferred: m.view.takeDeferred(),
      queues: m.view.queues,
    };
    for (const item of agendaOf(rows, now())) m.agenda.push(item);
  }

  return {
    async start() {
      await loop.run(async () => {
        // Listening before reading the rows: a change committed while they are read is re-read after.
        unsubscribe = feed(deliver);
        await rebuild();
        // Rows heard during the rebuild may be indexed already; re-reading them replaces, never doubles.
        for (const id of m.fresh.keys()) m.dirtyTasks.add(id);
        m.fresh.clear();
        await route(
          [...m.view.index.entries()].map((e) => e.task.id),
          [...m.view.agents.keys()],
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
      while ((m.dirtyTasks.size > 0 || m.dirtyAgents.size > 0) && ++rounds < 100);
    },
    deliver,
    figures: () => ({ waiting: m.view.index.size, agents: m.view.agents.size, agenda: m.agenda.size }),
  };
}

const noHold = () => false;

function assertNever(event: never): never {
  throw new Error(`unhandled routing event ${JSON.stringify(event)}`);
}
