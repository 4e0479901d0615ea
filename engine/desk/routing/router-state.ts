import { Channel, TaskState, type QueueRecord, type RoutingReads, type TaskRecord } from '../../../models/index.ts';
import { ARRIVAL_WINDOW_MS, type LiveQueueState } from './blending.ts';
import { capacityExclusion } from './capacity.ts';
import type { Requirements } from './eligibility.ts';
import type { AgentView } from './matching.ts';
import { DEFAULT_PRIORITY_QUEUE, effectivePriority, type PriorityQueue } from './priority.ts';
import { makeTaskIndex, type IndexedTask, type TaskIndex } from './task-index.ts';

/** An agent as the router keeps it, with whether all its active work could be paused for a call. */
export interface RouterAgent extends AgentView {
  pausable: boolean;
}

/** The router's in-memory view; rebuilt from the database on start, refreshed per change. */
export interface RouterState {
  readonly index: TaskIndex;
  readonly agents: Map<string, RouterAgent>;
  readonly queues: Map<string, QueueRecord>;
  readonly live: Map<string, LiveQueueState>;
  setQueues(queues: QueueRecord[]): void;
  /** Loads agents, waiting tasks and their declines (queues are set first). */
  loadAll(store: RoutingReads, now: number): Promise<void>;
  reloadAgents(store: RoutingReads, ids: readonly string[]): Promise<void>;
  /** Replaces every agent, dropping those gone (a warm standby's takeover: loads are sums the feed does not carry). */
  setAgents(rows: readonly RouterAgent[]): void;
  /** Replaces the declines with these (who declined each waiting task, as the rows say). */
  setDeclines(rows: ReadonlyMap<string, readonly string[]>): void;
  /** Re-reads tasks: queued ones enter the index, others leave it. Returns those that entered. */
  reloadTasks(
    store: RoutingReads,
    ids: readonly string[],
    now: number,
    onRead?: (tasks: readonly TaskRecord[]) => void,
  ): Promise<IndexedTask[]>;
  declined(taskId: string, agentId: string): void;
  scoreOf(entry: IndexedTask, now: number): number;
  priorityQueueOf(task: TaskRecord): PriorityQueue;
  /** Indexes tasks just created from rows already in hand (their skills are still the ones they were created with). */
  addFresh(tasks: readonly TaskRecord[], now: number): IndexedTask[];
  /** Frees the slot a completed task held on its agent. */
  release(taskId: string, agentId: string, channel: Channel): void;
  /** Queued tasks seen since the last call that were kept out of the index because of their window (see isOfferable). */
  takeDeferred(): TaskRecord[];
  /** Agents with room for more work now, longest idle first. */
  freeAgents(): string[];
  /** The agents worth looking at for requirements: those holding its rarest skill (all agents when it needs none). */
  poolFor(req: Requirements): RouterAgent[];
  /** Applies an offer to the in-memory view (the database has it already). */
  noteOffer(entry: IndexedTask, agentId: string): void;
}

const DEFAULT_AHT_SECONDS = 300;
const PULLED: readonly Channel[] = [Channel.BACKOFFICE, Channel.EMAIL, Channel.CHAT];

/** Whether a waiting task may be offered now: its window (or retry delay) has opened and not yet closed. */
export function isOfferable(task: Pick<TaskRecord, 'readyAt' | 'callback'>, now: number): boolean {
  const windowEnd = task.callback?.windowEnd ?? null;
  return (task.readyAt === null || task.readyAt <= now) && (windowEnd === null || windowEnd > now);
}

/** Makes an empty router state. */
export function makeRouterState(): RouterState {
  const index = makeTaskIndex();
  const agents = new Map<string, RouterAgent>();
  const queues = new Map<string, QueueRecord>();
  const live = new Map<string, LiveQueueState>();
  const declines = new Map<string, Set<string>>();
  let deferred: TaskRecord[] = [];
  // Agents by skill name, so a new task looks only at agents who could qualify.
  const bySkill = new Map<string, Set<string>>();
  const indexAgent = (id: string, add: boolean) => {
    const view = agents.get(id);
    for (const skill of view?.agent.skills ?? []) {
      let set = bySkill.get(skill.name);
      if (!set) bySkill.set(skill.name, (set = new Set()));
      if (add) set.add(id);
      else set.delete(id);
    }
  };

  const priorityQueueOf = (task: TaskRecord): PriorityQueue => queues.get(task.queue ?? '') ?? DEFAULT_PRIORITY_QUEUE;

  async function loadAgents(store: RoutingReads, ids?: readonly string[]): Promise<void> {
    const rows = await store.agents(ids);
    for (const id of ids ?? []) {
      indexAgent(id, false);
      agents.delete(id);
    }
    for (const row of rows) {
      agents.set(row.agent.id, row);
      indexAgent(row.agent.id, true);
    }
  }

  async function indexTasks(store: RoutingReads, tasks: TaskRecord[], now: number): Promise<IndexedTask[]> {
    return indexWith(tasks, await store.skillsOf(tasks.map((t) => t.id)), now);
  }

  function indexWith(
    tasks: readonly TaskRecord[],
    skills: Map<string, { name: string; level: number }[]>,
    now: number,
  ): IndexedTask[] {
    const added: IndexedTask[] = [];
    for (const task of tasks) {
      if (!isOfferable(task, now)) {
        deferred.push(task);
        continue;
      }
      const entry: IndexedTask = {
        task,
        req: {
          channel: task.channel,
          skills: skills.get(task.id) ?? [],
          candidateGroups: task.candidateGroups,
          candidateUsers: task.candidateUsers,
          sites: task.siteScope,
        },
        queue: priorityQueueOf(task),
        urgentFrom: null,
        declinedBy: declines.get(task.id) ?? new Set(),
      };
      index.add(entry, now);
      added.push(entry);
      if (task.channel === Channel.VOICE && task.queue) liveOf(task.queue).req = entry.req;
    }
    return added;
  }

  function liveOf(name: string): LiveQueueState {
    let state = live.get(name);
    if (!state) {
      const queue = queues.get(name) ?? {
        name,
        channel: Channel.VOICE,
        slaSeconds: 20,
        slaTargetPercent: 80,
        reservationTimeoutSeconds: 15,
        agingPerMinute: 10,
        pauseReturnSeconds: 900,
        maxMissedOffers: 3,
        serviceLevelRule: 'EXCLUDE_SHORT_ABANDONS',
        abandonGraceSeconds: 5,
        siteId: null,
        businessHoursSla: false,
        escalation: [],
        dispositionCodes: [],
        cannedResponses: [],
        createdAt: 0,
        updatedAt: 0,
      };
      live.set(name, (state = { queue, arrivals: [], ahtSeconds: DEFAULT_AHT_SECONDS, req: null }));
    }
    return state;
  }

  return {
    index,
    agents,
    queues,
    live,
    setQueues(list) {
      queues.clear();
      for (const q of list) {
        queues.set(q.name, q);
        if (q.channel === Channel.VOICE) liveOf(q.name).queue = q;
      }
    },
    async loadAll(store, now) {
      await loadAgents(store);
      const waiting = await store.waitingTasks();
      for (const [taskId, agentIds] of await store.declines()) declines.set(taskId, new Set(agentIds));
      for (const t of waiting)
        if (t.channel === Channel.VOICE && t.queue && t.createdAt >= now - ARRIVAL_WINDOW_MS)
          liveOf(t.queue).arrivals.push(t.createdAt);
      await indexTasks(
        store,
        waiting.filter((t) => t.state === TaskState.QUEUED),
        now,
      );
    },
    reloadAgents: (store, ids) => (ids.length ? loadAgents(store, ids) : Promise.resolve()),
    setAgents(rows) {
      agents.clear();
      bySkill.clear();
      for (const row of rows) {
        agents.set(row.agent.id, row);
        indexAgent(row.agent.id, true);
      }
    },
    setDeclines(rows) {
      declines.clear();
      for (const [taskId, agentIds] of rows) declines.set(taskId, new Set(agentIds));
      for (const entry of index.entries()) entry.declinedBy = declines.get(entry.task.id) ?? new Set();
    },
    async reloadTasks(store, ids, now, onRead) {
      if (ids.length === 0) return [];
      const tasks = await store.tasks(ids);
      onRead?.(tasks);
      for (const id of ids) index.remove(id);
      for (const t of tasks) if (t.state !== TaskState.QUEUED && t.state !== TaskState.RESERVED) declines.delete(t.id);
      return indexTasks(
        store,
        tasks.filter((t) => t.state === TaskState.QUEUED),
        now,
      );
    },
    declined(taskId, agentId) {
      const set = declines.get(taskId) ?? new Set<string>();
      set.add(agentId);
      declines.set(taskId, set);
      const entry = index.get(taskId);
      if (entry) entry.declinedBy = set;
    },
    scoreOf: (entry, now) => effectivePriority(entry.task, entry.queue, now),
    addFresh: (tasks, now) => indexWith(tasks, new Map(tasks.map((t) => [t.id, t.skills])), now),
    release(taskId, agentId, channel) {
      index.remove(taskId);
      const view = agents.get(agentId);
      if (!view) return;
      view.load.byChannel[channel] = Math.max(0, view.load.byChannel[channel] - 1);
      view.load.active = Math.max(0, view.load.active - 1);
    },
    takeDeferred() {
      const out = deferred;
      deferred = [];
      return out;
    },
    poolFor(req) {
      if (req.skills.length === 0) return [...agents.values()];
      const sets = req.skills.map((s) => bySkill.get(s.name) ?? new Set<string>());
      const rarest = sets.reduce((a, b) => (b.size < a.size ? b : a));
      return [...rarest].map((id) => agents.get(id)).filter((v): v is RouterAgent => v !== undefined);
    },
    freeAgents: () =>
      [...agents.values()]
        .filter((v) => PULLED.some((c) => !capacityExclusion(v.agent, v.load, c, true)))
        .sort((a, b) => (a.agent.idleSince ?? Infinity) - (b.agent.idleSince ?? Infinity))
        .map((v) => v.agent.id),
    priorityQueueOf,
    noteOffer(entry, agentId) {
      index.remove(entry.task.id);
      const view = agents.get(agentId);
      if (!view) return;
      view.load.byChannel[entry.task.channel] += 1;
      view.load.active += 1;
      view.agent = { ...view.agent, idleSince: null };
    },
  };
}
