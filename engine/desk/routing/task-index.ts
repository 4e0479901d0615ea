import { Channel, type TaskRecord } from '../../../models/index.ts';
import { capacityExclusion } from './capacity.ts';
import { MaxHeap } from './heap.ts';
import { siteAllows, type Requirements } from './eligibility.ts';
import type { AgentView } from './matching.ts';
import { PriorityWeights, staticPriority, urgencyStartsAt, type PriorityQueue } from './priority.ts';

/** A waiting task in the router's index, with its effective requirements. */
export interface IndexedTask {
  task: TaskRecord;
  req: Requirements;
  queue: PriorityQueue;
  /** When its SLA urgency starts to rise (null: never). */
  urgentFrom: number | null;
  /** Agents who declined or let the offer time out; they are not offered it again. */
  declinedBy: Set<string>;
}

interface Slot {
  key: number;
  entry: IndexedTask;
}

/**
 * Tasks that need the same skills (by name), candidates, sites and channel, with the same priority slopes
 * (queue aging rate and urgency horizon). An agent looks only at buckets whose skill names it holds;
 * within a bucket, tasks stand in priority order and only their levels are checked, head first.
 */
interface Bucket {
  req: Requirements;
  /** Sorted by key, best first; before and after the SLA urgency starts (the slopes differ). */
  normal: Slot[];
  urgent: Slot[];
}

const namesKey = (names: readonly string[]) => [...names].sort().join(',');

const signature = (q: PriorityQueue, req: Requirements) =>
  [
    q.agingPerMinute,
    q.slaSeconds,
    req.channel,
    namesKey(req.skills.map((s) => s.name)),
    [...req.candidateGroups].sort().join(','),
    [...req.candidateUsers].sort().join(','),
    req.sites === null ? '*' : [...req.sites].sort().join(','),
  ].join('|');

/** Every subset of the agent's skill names, as bucket keys (agents with few skills: the usual case). */
function subsetKeys(names: readonly string[]): string[] {
  const sorted = [...names].sort();
  const keys: string[] = [];
  for (let mask = 0; mask < 1 << sorted.length; mask += 1)
    keys.push(sorted.filter((_, i) => mask & (1 << i)).join(','));
  return keys;
}

const CHANNELS = Object.values(Channel);

/** Above this many skills an agent's subsets outnumber the buckets; then every bucket is checked by name. */
const SUBSET_LIMIT = 10;

// score(t) = key + slope × t, where slope is shared within a list; the key never changes while waiting.
const normalKey = (e: IndexedTask) => staticPriority(e.task) - (e.queue.agingPerMinute * e.task.enqueuedAt) / 60_000;
const urgentKey = (e: IndexedTask) =>
  normalKey(e) - (PriorityWeights.slaUrgency * (e.urgentFrom as number)) / (e.queue.slaSeconds * 1000);
const normalSlope = (q: PriorityQueue) => q.agingPerMinute / 60_000;
const urgentSlope = (q: PriorityQueue) => normalSlope(q) + PriorityWeights.slaUrgency / (q.slaSeconds * 1000);

function insertSorted(list: Slot[], slot: Slot): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].key >= slot.key) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, slot);
}

function removeFrom(list: Slot[], id: string): boolean {
  const at = list.findIndex((s) => s.entry.task.id === id);
  if (at >= 0) list.splice(at, 1);
  return at >= 0;
}

/** The router's index of waiting tasks: buckets by requirements, each ordered by effective priority. */
export interface TaskIndex {
  add(entry: IndexedTask, now: number): void;
  remove(id: string): IndexedTask | undefined;
  get(id: string): IndexedTask | undefined;
  readonly size: number;
  /** The best waiting task the agent may take now (skills, candidacy, capacity, not declined). */
  bestFor(
    view: AgentView,
    now: number,
    allow?: (entry: IndexedTask) => boolean,
  ): { entry: IndexedTask; score: number } | null;
  /** The best `count` tasks, best first, as far as the agent's free capacity goes. */
  bestManyFor(
    view: AgentView,
    now: number,
    count: number,
    allow?: (entry: IndexedTask) => boolean,
  ): { entry: IndexedTask; score: number }[];
  /** Moves tasks whose SLA urgency has started into their urgent list. */
  promote(now: number): void;
  entries(): IterableIterator<IndexedTask>;
}

/** Makes an empty task index. */
export function makeTaskIndex(): TaskIndex {
  const buckets = new Map<string, Bucket>();
  const byNames = new Map<string, Bucket[]>();
  const where = new Map<string, { bucket: Bucket; urgent: boolean; entry: IndexedTask }>();
  const pending: IndexedTask[] = [];

  function place(entry: IndexedTask, now: number): void {
    const sig = signature(entry.queue, entry.req);
    let bucket = buckets.get(sig);
    if (!bucket) {
      const key = namesKey(entry.req.skills.map((s) => s.name));
      buckets.set(sig, (bucket = { req: entry.req, normal: [], urgent: [] }));
      byNames.set(key, [...(byNames.get(key) ?? []), bucket]);
    }
    const urgent = entry.urgentFrom !== null && entry.urgentFrom <= now;
    insertSorted(urgent ? bucket.urgent : bucket.normal, { key: urgent ? urgentKey(entry) : normalKey(entry), entry });
    where.set(entry.task.id, { bucket, urgent, entry });
    if (!urgent && entry.urgentFrom !== null) pending.push(entry);
  }

  return {
    add(entry, now) {
      if (where.has(entry.task.id)) this.remove(entry.task.id);
      entry.urgentFrom = urgencyStartsAt(entry.task, entry.queue);
      place(entry, now);
    },
    remove(id) {
      const at = where.get(id);
      if (!at) return undefined;
      removeFrom(at.urgent ? at.bucket.urgent : at.bucket.normal, id);
      where.delete(id);
      return at.entry;
    },
    get: (id) => where.get(id)?.entry,
    get size() {
      return where.size;
    },
    bestFor(view, now, allow) {
      return this.bestManyFor(view, now, 1, allow)[0] ?? null;
    },
    bestManyFor(view, now, count, allow) {
      // An agent with no room on any channel (the usual case right after a fill) needs no look at all.
      const roomOn = (channel: Requirements['channel']) => !capacityExclusion(view.agent, view.load, channel, true);
      if (!CHANNELS.some(roomOn)) return [];
      // Which buckets the agent qualifies for is decided once; then picks walk down their lists.
      const levels = new Map(view.agent.skills.map((s) => [s.name, s.level]));
      const candidate = (req: Requirements) =>
        (req.candidateGroups.length === 0 && req.candidateUsers.length === 0) ||
        req.candidateUsers.includes(view.agent.id) ||
        req.candidateGroups.some((g) => view.agent.groups.includes(g));
      const hasNames = (req: Requirements) => req.skills.every((need) => levels.has(need.name));
      const atLevel = (e: IndexedTask) => e.req.skills.every((need) => (levels.get(need.name) ?? 0) >= need.level);
      const relevant =
        view.agent.skills.length <= SUBSET_LIMIT
          ? subsetKeys([...levels.keys()]).flatMap((k) => byNames.get(k) ?? [])
          : [...buckets.values()].filter((b) => hasNames(b.req));
      const load = { ...view.load, byChannel: { ...view.load.byChannel } };
      const seen = new Set<Bucket>();
      const cursors: { list: Slot[]; at: number; slope: number; channel: Requirements['channel'] }[] = [];
      for (const bucket of relevant) {
        if (
          seen.has(bucket) ||
          (bucket.normal.length === 0 && bucket.urgent.length === 0) ||
          !roomOn(bucket.req.channel) ||
          !candidate(bucket.req) ||
          // The site rule is the bucket's, so it costs one check per bucket, none per task.
          !siteAllows(bucket.req.sites, view.agent.siteId)
        )
          continue;
        seen.add(bucket);
        if (bucket.normal.length)
          cursors.push({
            list: bucket.normal,
            at: 0,
            slope: normalSlope(bucket.normal[0].entry.queue),
            channel: bucket.req.channel,
          });
        if (bucket.urgent.length)
          cursors.push({
            list: bucket.urgent,
            at: 0,
            slope: urgentSlope(bucket.urgent[0].entry.queue),
            channel: bucket.req.channel,
          });
      }
      const usable = (slot: Slot) =>
        atLevel(slot.entry) && !slot.entry.declinedBy.has(view.agent.id) && (!allow || allow(slot.entry));
      // A max-heap of the lists' current heads: each pick costs a logarithm of the number of lists.
      type Head = { cursor: (typeof cursors)[number]; score: number; enqueuedAt: number };
      const heap = new MaxHeap<Head>((a, b) => a.score - b.score || b.enqueuedAt - a.enqueuedAt);
      const headOf = (cursor: (typeof cursors)[number]): Head | null => {
        while (cursor.at < cursor.list.length && !usable(cursor.list[cursor.at])) cursor.at += 1;
        const slot = cursor.list[cursor.at];
        return slot ? { cursor, score: slot.key + cursor.slope * now, enqueuedAt: slot.entry.task.enqueuedAt } : null;
      };
      for (const cursor of cursors) {
        const head = headOf(cursor);
        if (head) heap.push(head);
      }
      const picks: { entry: IndexedTask; score: number }[] = [];
      while (picks.length < count && heap.size > 0) {
        const top = heap.pop() as Head;
        // Load only grows within a batch: a list whose channel is full stays out.
        if (capacityExclusion(view.agent, load, top.cursor.channel, true)) continue;
        picks.push({ entry: top.cursor.list[top.cursor.at].entry, score: top.score });
        top.cursor.at += 1;
        load.byChannel[top.cursor.channel] += 1;
        load.active += 1;
        const next = headOf(top.cursor);
        if (next) heap.push(next);
      }
      return picks;
    },
    promote(now) {
      for (let i = pending.length - 1; i >= 0; i -= 1) {
        const entry = pending[i];
        const at = where.get(entry.task.id);
        if (!at || at.entry !== entry) {
          pending.splice(i, 1);
          continue;
        }
        if ((entry.urgentFrom as number) > now) continue;
        pending.splice(i, 1);
        this.remove(entry.task.id);
        place(entry, now);
      }
    },
    entries: () => [...where.values()].map((w) => w.entry)[Symbol.iterator](),
  };
}
