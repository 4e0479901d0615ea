/** Something that happens at a virtual time; equal times keep the order they were scheduled in. */
export interface SimEvent {
  at: number;
  seq: number;
  run(): void;
}

/** A min-heap of events by (time, order of scheduling): the simulator's future. */
export class EventHeap {
  private readonly heap: SimEvent[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  push(at: number, run: () => void): void {
    const h = this.heap;
    h.push({ at, seq: this.seq++, run });
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i], h[p])) break;
      [h[p], h[i]] = [h[i], h[p]];
      i = p;
    }
  }

  peek(): number | null {
    return this.heap.length ? this.heap[0].at : null;
  }

  pop(): SimEvent | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        let m = i;
        if (l < h.length && before(h[l], h[m])) m = l;
        if (l + 1 < h.length && before(h[l + 1], h[m])) m = l + 1;
        if (m === i) break;
        [h[m], h[i]] = [h[i], h[m]];
        i = m;
      }
    }
    return top;
  }
}

const before = (a: SimEvent, b: SimEvent) => a.at < b.at || (a.at === b.at && a.seq < b.seq);
