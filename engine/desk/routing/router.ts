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
import { snapshotOf, type RouterSnapshot } from './router-snapshot.ts';
import { DIVERGED_SHARE, sameQueues, staleTasks, type RouterStart } from './warm-check.ts';

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
  /**
   * A warm standby's queued tasks kept out of the index by their window (a leader keeps them as agenda
   * items instead): at takeover they become window items.
   */
  deferred: Map<string, TaskRecord>;
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
  /**
   * Reads the change feed up to now (the node's feed consumer): a warm standby calls it as it takes
   * over, so the dead leader's last commits are in its index before it checks the rows.
   */
  catchUp?: () => Promise<void>;
}

/** The push side of the universal queue: offers waiting work to the best eligible agent. */
export interface Router {
  /**
   * Starts routing: from the warm index when warm() ran and it kept up (after catching up the feed and
   * checking it against the rows), else by rebuilding the indexes and agenda from the store.
   */
  start(): Promise<void>;
  /**
   * A warm standby: builds the index from the store and keeps it current from the changes it hears,
   * reading rows but never writing and keeping no agenda, until start() (docs/cluster.md).
   */
  warm(): Promise<void>;
  /** How the router came to route: `warm` or `rebuild`; null while it does not route. */
  startedFrom(): RouterStart | null;
  /** The index's contents, as plain data (tests compare a warm index with a fresh one). */
  snapshot(): RouterSnapshot;
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
    deferred: new Map(),
  };
  let unsubscribe: (() => void) | null = null;
  // Mutable state: whether the router routes (leader), keeps a warm index (standby) or neither yet; how
  // it came to route; why its warm index cannot be trusted (a failed pass: changes may have been lost).
  let mode: 'idle' | 'standby' | 'leader' = 'idle';
  let startedFrom: RouterStart | null = null;
  let diverged: string | null = null;
  const now = () => ctx.clock.now();
  const loop = makeWakeLoop({
    clock: ctx.clock,
    sleep: options.sleep,
    pass: () => handleDue(),
    onError: (err) =>
      ctx.logger.error('routing pass failed', { err: String((err as Error | undefined)?.stack ?? err) }),
  });
  const arm = (item: AgendaItem) => {
    // A standby keeps no agenda: it builds one from the rows and its index as it takes over.
    if (mode === 'standby') return;
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
        // Another router's offer (the leader's, heard by a standby, or a dead leader's last ones): its
        // timeout, and the task and agent read back (the task is no longer waiting, the agent's load grew).
        arm(offerItem({ id: event.reservationId, expiresAt: event.expiresAt }));
        m.dirtyTasks.add(event.taskId);
        m.dirtyAgents.add(event.agentId);
        break;
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
      if (mode === 'standby') return loadView();
      await rebuild();
      return route(
        [...m.view.index.entries()].map((e) => e.task.id),
        [...m.view.agents.keys()],
      );
    }
    for (const r of released) m.view.release(r.taskId, r.agentId, r.channel);
    await m.view.reloadAgents(store, reload);
    for (const id of tasks) m.deferred.delete(id);
    const added = [
      ...m.view.addFresh(fresh, now()),
      ...(await m.view.reloadTasks(store, tasks, now(), recordArrivals)),
    ];
    if (mode === 'standby') return keepDeferred();
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
    // Scored once each, at one instant: a start routes every waiting task, and scoring inside the
    // comparison cost seconds at 100,000 of them.
    const at = now();
    const ordered = taskIds
      .map((id) => view.index.get(id))
      .filter((e) => e !== undefined)
      .map((entry) => ({ entry, score: view.scoreOf(entry, at) }))
      .sort((a, b) => b.score - a.score)
      .map((s) => s.entry);
    // Live work first, one by one (it may pause someone's back-office task).
    for (const entry of ordered.filter((e) => e.task.channel === Channel.VOICE))
      if (view.index.get(entry.task.id) === entry) await placeTask(placement, view, entry, hold());
    const rest = ordered.filter((e) => e.task.channel !== Channel.VOICE);
    // A burst is cheaper from the agents' side: each free agent takes its best tasks in one transaction.
    const burst = rest.length > BURST_TASKS;
    const agentsFirst = burst ? new Set([...agentIds, ...view.freeAgents()]) : new Set<string>();
    for (const agentId of agentsFirst) await fillAgent(placement, view, agentId, hold);
    // After a burst fill every free agent has taken all it qualifies for: what is left waits for a release.
    if (!burst)
      for (const entry of rest)
        if (view.index.get(entry.task.id) === entry) await placeTask(placement, view, entry, hold());
    for (const agentId of agentIds) if (!agentsFirst.has(agentId)) await fillAgent(placement, view, agentId, hold);
  }

  /** One pass: what is due now (its consequences applied here, not heard back), then the changes heard. */
  async function handleDue(): Promise<number | null> {
    if (mode === 'standby') {
      // A failed pass dropped the changes it had taken: the index may have missed them for good.
      await pass().catch((err) => {
        diverged ??= String((err as Error | undefined)?.message ?? err);
        ctx.logger.warn('warm standby index diverged: a takeover will rebuild', { err: diverged });
      });
      return null;
    }
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

  /** The index from the rows: agents, waiting tasks, declines, queue settings. */
  async function loadView(): Promise<void> {
    m.view = makeRouterState();
    m.deferred.clear();
    m.view.setQueues(await store.queues());
    await m.view.loadAll(store, now());
    if (mode === 'standby') keepDeferred();
  }

  /** The agenda from the rows (offers pending, tasks paused) and the index (escalations, urgency, windows). */
  async function loadAgenda(deferred: readonly TaskRecord[]): Promise<void> {
    m.agenda = makeAgenda();
    const rows = {
      pendingReservations: await store.pendingReservations(),
      pausedTasks: await store.pausedTasks(),
      waiting: m.view.index.entries(),
      deferred,
      queues: m.view.queues,
    };
    for (const item of agendaOf(rows, now())) m.agenda.push(item);
  }

  async function rebuild(): Promise<void> {
    await loadView();
    await loadAgenda(m.view.takeDeferred());
  }

  function keepDeferred(): void {
    for (const task of m.view.takeDeferred()) m.deferred.set(task.id, task);
  }

  /**
   * A warm standby becomes the leader: the feed read to now, every change heard applied, then checked
   * against the rows for what the feed cannot tell (queued tasks by version, agents' loads, declines,
   * queue settings) and the agenda built. Returns where the time went; null, the index unusable, when it diverged.
   */
  async function takeOver(asked: number): Promise<Record<string, number> | null> {
    // Where the time goes (logged): waiting for the standby's pass in flight, the feed, the checks.
    const phases: Record<string, number> = { queuedMs: now() - asked };
    let mark = now();
    const phase = (name: string) => {
      phases[name] = now() - mark;
      mark = now();
    };
    try {
      await options.catchUp?.();
      phase('catchUpMs');
      await pass();
      phase('applyMs');
      // The rows the check needs, read side by side (separate connections on PostgreSQL).
      const [queues, versions, agents, declines] = await Promise.all([
        store.queues(),
        store.queuedVersions(),
        store.agents(),
        store.declines(),
      ]);
      phase('readMs');
      if (!sameQueues(m.view.queues, queues)) throw new Error('queue settings changed');
      const stale = staleTasks(versions, m.view.index, m.deferred);
      if (stale.length > Math.max(100, versions.size * DIVERGED_SHARE))
        throw new Error(`${stale.length} of ${versions.size} queued tasks out of date`);
      for (const id of stale) m.deferred.delete(id);
      await m.view.reloadTasks(store, stale, now());
      keepDeferred();
      m.view.setAgents(agents);
      m.view.setDeclines(declines);
      phase('repairMs');
      mode = 'leader';
      await loadAgenda([...m.deferred.values()]);
      m.deferred.clear();
      phase('agendaMs');
      return { ...phases, repaired: stale.length };
    } catch (err) {
      diverged ??= String((err as Error | undefined)?.message ?? err);
      ctx.logger.warn('warm standby index unusable: rebuilding', { err: diverged });
      return null;
    }
  }

  async function routeAll(): Promise<void> {
    await route(
      [...m.view.index.entries()].map((e) => e.task.id),
      [...m.view.agents.keys()],
    );
  }

  return {
    async start() {
      const asked = now();
      await loop.run(async () => {
        const phases = mode === 'standby' && diverged === null ? await takeOver(asked) : null;
        if (phases) {
          startedFrom = 'warm';
          const routing = now();
          await routeAll();
          phases.routeMs = now() - routing;
          return ctx.logger.info('warm index taken over', { ...phases, waiting: m.view.index.size });
        }
        // Listening before reading the rows: a change committed while they are read is re-read after.
        if (mode === 'idle') unsubscribe = feed(deliver);
        mode = 'leader';
        startedFrom = 'rebuild';
        await rebuild();
        // Rows heard during the rebuild may be indexed already; re-reading them replaces, never doubles.
        for (const id of m.fresh.keys()) m.dirtyTasks.add(id);
        m.fresh.clear();
        await routeAll();
      });
      await loop.start();
    },
    async warm() {
      mode = 'standby';
      await loop.run(async () => {
        unsubscribe = feed(deliver);
        await loadView().catch((err) => {
          diverged = String((err as Error | undefined)?.message ?? err);
          ctx.logger.warn('warm standby index not built: a takeover will rebuild', { err: diverged });
        });
        for (const id of m.fresh.keys()) m.dirtyTasks.add(id);
        m.fresh.clear();
      });
      await loop.start();
    },
    startedFrom: () => (mode === 'leader' ? startedFrom : null),
    snapshot: () => snapshotOf(m.view, m.deferred.values()),
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
