/** Something the router must do at a time: end an offer, escalate a task, return a paused task, promote urgency, open or close a task's window. */
export interface AgendaItem {
  at: number;
  kind: 'reservation' | 'escalation' | 'pauseReturn' | 'urgency' | 'window';
  id: string;
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
