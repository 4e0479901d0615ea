import { TaskState } from '../../../models/index.ts';
import type { MemoryRoutingStore } from '../routing/index.ts';
import { nextArrival } from './arrivals.ts';
import type { EventHeap } from './event-heap.ts';
import { makeRandom, type Random } from './random.ts';
import { taskRecord } from './records.ts';
import { isLive, type Scenario, type SimQueue } from './scenario.ts';
import type { Tally } from './tally.ts';

/** A contact or work item of the day, beside its row in the store. */
export interface Contact {
  queue: number;
  /** Ms into the day (negative for the backlog). */
  arrivedAt: number;
  answered: boolean;
  /** Work left, drawn when it arrives (so the same seed gives every policy the same contacts). */
  remainingMs: number;
  slaDueAt: number | null;
  /** Bumped whenever its finish is rescheduled or called off (a pause): stale finish events are ignored. */
  finishToken: number;
  workStartedAt: number;
}

/** Draws a handle time of the queue's distribution. */
function handleMs(q: SimQueue, random: Random): number {
  const mean = q.averageHandleSeconds * 1000;
  return q.handleTime.distribution === 'LOGNORMAL' ? random.lognormal(mean, q.handleTime.cv) : random.exponential(mean);
}

/**
 * The customers' side of the day: arrivals by each queue's curve, the backlog, and callers who hang up
 * after their patience if still queued. Each queue draws from streams of its own, so changing the
 * policy changes no contact: the policies are compared on the same day.
 */
export function makeContactsSide(
  s: Scenario,
  ctx: { store: MemoryRoutingStore; heap: EventHeap; tally: Tally; day0: number; now: () => number },
) {
  const { store, heap, tally, day0 } = ctx;
  const contacts = new Map<string, Contact>();
  const endMs = s.hours * 3_600_000;
  const streams = s.queues.map((_, i) => ({
    arrivals: makeRandom(s.seed * 7919 + i * 3 + 1),
    work: makeRandom(s.seed * 7919 + i * 3 + 2),
  }));
  let seq = 0;

  function create(i: number, arrivedAt: number): string {
    const q = s.queues[i];
    const id = `c${++seq}`;
    const task = taskRecord(id, q, day0 + arrivedAt);
    const patience =
      isLive(q) && q.patienceSeconds !== null ? streams[i].work.exponential(q.patienceSeconds * 1000) : null;
    contacts.set(id, {
      queue: i,
      arrivedAt,
      answered: false,
      remainingMs: handleMs(q, streams[i].work),
      slaDueAt: task.slaDueAt === null ? null : task.slaDueAt - day0,
      finishToken: 0,
      workStartedAt: 0,
    });
    store.putTask(task);
    if (patience !== null) heap.push(day0 + arrivedAt + patience, () => abandon(id));
    return id;
  }

  function abandon(id: string): void {
    const task = store.task(id);
    if (task?.state !== TaskState.QUEUED) return;
    store.putTask({ ...task, state: TaskState.CANCELLED, completedAt: ctx.now(), version: task.version + 1 });
    const c = contacts.get(id) as Contact;
    tally.abandoned(c.queue, c.arrivedAt);
  }

  function scheduleNext(i: number, from: number): void {
    const at = nextArrival(s.queues[i].arrivals, from, endMs, streams[i].arrivals);
    if (at === null) return;
    heap.push(day0 + at, () => {
      create(i, at);
      tally.arrived(i, at);
      scheduleNext(i, at);
    });
  }

  return {
    contacts,
    /** Puts the backlog in the store and schedules each queue's first arrival. */
    start() {
      s.queues.forEach((q, i) => {
        for (let k = 0; k < q.backlog; k += 1) create(i, -q.backlogAgeSeconds * 1000 * ((k + 0.5) / q.backlog));
        scheduleNext(i, 0);
      });
    },
  };
}
