import type { TaskRecord } from '../../models/index.ts';
import { capacityExclusion } from './capacity.ts';
import { qualification, type Requirements } from './eligibility.ts';
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

/** Tasks with the same queue, channel and requirements: one eligibility check covers them all. */
interface Bucket {
  req: Requirements;
  /** Sorted by key, best first; before and after the SLA urgency starts (the slopes differ). */
  normal: Slot[];
  urgent: Slot[];
}

const signature = (queue: string | null, req: Requirements) =>
  [queue ?? '', req.channel, req.skills.map((s) => `${s.name}:${s.level}`).sort().join(','), [...req.candidateGroups].sort().join(','), [...req.candidateUsers].sort().join(',')].join('|');

// score(t) = key + slope × t, where slope is shared within a list; the key never changes while waiting.
const normalKey = (e: IndexedTask) => staticPriority(e.task) - (e.queue.agingPerMinute * e.task.enqueuedAt) / 60_000;
const urgentKey = (e: IndexedTask) => normalKey(e) - (PriorityWeights.slaUrgency * (e.urgentFrom as number)) / (e.queue.slaSeconds * 1000);
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
  bestFor(view: AgentView, now: number, allow?: (entry: IndexedTask) => boolean): { entry: IndexedTask; score: number } | null;
  /** Moves tasks whose SLA urgency has started into their urgent list. */
  promote(now: number): void;
  entries(): IterableIterator<IndexedTask>;
}

/** Makes an empty task index. */
export function makeTaskIndex(): TaskIndex {
  const buckets = new Map<string, Bucket>();
  const where = new Map<string, { bucket: Bucket; urgent: boolean; entry: IndexedTask }>();
  const pending: IndexedTask[] = [];

  function place(entry: IndexedTask, now: number): void {
    const sig = signature(entry.task.queue, entry.req);
    let bucket = buckets.get(sig);
    if (!bucket) buckets.set(sig, (bucket = { req: entry.req, normal: [], urgent: [] }));
    const urgent = entry.urgentFrom !== null && entry.urgentFrom <= now;
    insertSorted(urgent ? bucket.urgent : bucket.normal, { key: urgent ? urgentKey(entry) : normalKey(entry), entry });
    where.set(entry.task.id, { bucket, urgent, entry });
    if (!urgent && entry.urgentFrom !== null) pending.push(entry);
  }

  function headOf(list: Slot[], view: AgentView, allow?: (e: IndexedTask) => boolean): Slot | undefined {
    for (const slot of list) if (!slot.entry.declinedBy.has(view.agent.id) && (!allow || allow(slot.entry))) return slot;
    return undefined;
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
      let best: { entry: IndexedTask; score: number } | null = null;
      for (const bucket of buckets.values()) {
        if (bucket.normal.length === 0 && bucket.urgent.length === 0) continue;
        if (capacityExclusion(view.agent, view.load, bucket.req.channel, true) || qualification(view.agent, bucket.req)) continue;
        for (const [list, urgent] of [[bucket.normal, false], [bucket.urgent, true]] as const) {
          const head = headOf(list, view, allow);
          if (!head) continue;
          const score = head.key + (urgent ? urgentSlope(head.entry.queue) : normalSlope(head.entry.queue)) * now;
          if (!best || score > best.score || (score === best.score && head.entry.task.enqueuedAt < best.entry.task.enqueuedAt)) best = { entry: head.entry, score };
        }
      }
      return best;
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
