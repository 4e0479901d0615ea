import type { QueueRecord, ReservationRecord, TaskRecord } from '../../../models/index.ts';
import { nextEscalationAt } from './escalation.ts';
import type { IndexedTask } from './task-index.ts';

/** Something the router must do at a time: end an offer, escalate a task, return a paused task, promote urgency, open or close a task's window. */
export interface AgendaItem {
  at: number;
  kind: 'reservation' | 'escalation' | 'pauseReturn' | 'urgency' | 'window';
  id: string;
}

/** How long a paused task waits for its holder when its queue says nothing. */
export const DEFAULT_PAUSE_RETURN_SECONDS = 900;

type Queues = ReadonlyMap<string, QueueRecord>;

/** An offer's timeout. */
export const offerItem = (r: Pick<ReservationRecord, 'id' | 'expiresAt'>): AgendaItem => ({
  at: r.expiresAt,
  kind: 'reservation',
  id: r.id,
});

/** When a paused task goes back to the queue if its holder has not resumed it. */
export function pauseReturnItem(
  task: { id: string; pausedAt: number | null; queue: string | null },
  queues: Queues,
): AgendaItem {
  const seconds = queues.get(task.queue ?? '')?.pauseReturnSeconds ?? DEFAULT_PAUSE_RETURN_SECONDS;
  return { at: (task.pausedAt ?? 0) + seconds * 1000, kind: 'pauseReturn', id: task.id };
}

/** A waiting task's next escalation, its urgency and its window's end. */
export function waitingItems(entry: IndexedTask, queues: Queues, now: number): AgendaItem[] {
  const items: AgendaItem[] = [];
  const at = nextEscalationAt(entry.task, queues.get(entry.task.queue ?? ''));
  if (at !== null) items.push({ at, kind: 'escalation', id: entry.task.id });
  if (entry.urgentFrom !== null && entry.urgentFrom > now)
    items.push({ at: entry.urgentFrom, kind: 'urgency', id: entry.task.id });
  const windowEnd = entry.task.callback?.windowEnd ?? null;
  if (windowEnd !== null) items.push({ at: windowEnd, kind: 'window', id: entry.task.id });
  return items;
}

/**
 * A queued task kept out of the index by its window comes back when the window (or retry delay) opens;
 * one whose window closed is looked at now (and closed).
 */
export function windowItem(task: Pick<TaskRecord, 'id' | 'readyAt' | 'callback'>, now: number): AgendaItem {
  const windowEnd = task.callback?.windowEnd ?? null;
  const opens = task.readyAt !== null && task.readyAt > now && (windowEnd === null || task.readyAt < windowEnd);
  return { at: opens ? (task.readyAt as number) : Math.min(windowEnd ?? now, now), kind: 'window', id: task.id };
}

/** The rows an agenda is a function of: any node that reads them rebuilds the same agenda. */
export interface AgendaRows {
  pendingReservations: readonly ReservationRecord[];
  pausedTasks: readonly TaskRecord[];
  /** Waiting tasks in the index (with their urgency), and queued ones kept out by their window. */
  waiting: Iterable<IndexedTask>;
  deferred: readonly TaskRecord[];
  queues: Queues;
}

/** Every item due for these rows. */
export function agendaOf(rows: AgendaRows, now: number): AgendaItem[] {
  return [
    ...rows.pendingReservations.map(offerItem),
    ...rows.pausedTasks.map((t) => pauseReturnItem(t, rows.queues)),
    // Urgency already reached still gets an item at rebuild: the index promotes it on the first pass.
    ...[...rows.waiting].flatMap((e) => [
      ...waitingItems(e, rows.queues, now),
      ...(e.urgentFrom !== null && e.urgentFrom <= now
        ? [{ at: e.urgentFrom, kind: 'urgency' as const, id: e.task.id }]
        : []),
    ]),
    ...rows.deferred.map((t) => windowItem(t, now)),
  ];
}

/** A min-heap of agenda items by time. Stale items are checked against the database when they come up. */
export interface Agenda {
  push(item: AgendaItem): void;
  /** Removes and returns the items due at `now`. */
  popDue(now: number): AgendaItem[];
  peek(): number | null;
  readonly size: number;
}

/** Makes an empty agenda. */
export function makeAgenda(): Agenda {
  const heap: AgendaItem[] = [];
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p].at <= heap[i].at) return;
      [heap[p], heap[i]] = [heap[i], heap[p]];
      i = p;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && heap[l].at < heap[m].at) m = l;
      if (r < heap.length && heap[r].at < heap[m].at) m = r;
      if (m === i) return;
      [heap[m], heap[i]] = [heap[i], heap[m]];
      i = m;
    }
  };
  return {
    push(item) {
      heap.push(item);
      up(heap.length - 1);
    },
    popDue(now) {
      const due: AgendaItem[] = [];
      while (heap.length && heap[0].at <= now) {
        due.push(heap[0]);
        const last = heap.pop() as AgendaItem;
        if (heap.length) {
          heap[0] = last;
          down(0);
        }
      }
      return due;
    },
    peek: () => (heap.length ? heap[0].at : null),
    get size() {
      return heap.length;
    },
  };
}
