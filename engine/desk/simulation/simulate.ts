import { makeManualClock } from '../../core/clock/index.ts';
import { CrossdeskError, ErrorCode } from '../../core/errors/index.ts';
import { makeLogger } from '../../core/logger/index.ts';
import { makeMemoryRoutingStore, makeRouter } from '../routing/index.ts';
import { makeListeningStore } from './listening-store.ts';
import { makeAgentsSide, type SimAgent } from './agents-side.ts';
import { makeContactsSide, type Contact } from './contacts-side.ts';
import { EventHeap } from './event-heap.ts';
import { agentRecord, queueRecord } from './records.ts';
import { Policy, type Scenario } from './scenario.ts';
import { summarize, type SimulationResult } from './summary.ts';
import { makeTally } from './tally.ts';

/** The run was cancelled before it finished. */
export class SimulationCancelled extends CrossdeskError {
  constructor() {
    super(ErrorCode.CONFLICT, 'the simulation was cancelled', { reason: 'CANCELLED' });
  }
}

export interface SimulateOptions {
  /** Aborting it ends the run at its next yield with SimulationCancelled. */
  signal?: AbortSignal;
  /** Share of the day simulated, 0..1, at every yield. */
  onProgress?: (fraction: number) => void;
  /** Yield to the event loop after this much wall time (ms), so a server keeps answering. */
  sliceMs?: number;
}

const DAY0 = Date.UTC(2026, 0, 5, 0, 0, 0);

/**
 * Runs a scenario's day in virtual time: the production router (priority, matching, reservations,
 * blending reserve, pausing, escalation) on the in-memory routing store, fed by simulated customers and
 * agents. Discrete-event: the clock jumps from one event (an arrival, an accept, a completion, a
 * hang-up, a shift change, a router wake-up) to the next; after each instant the router settles.
 */
export async function simulate(s: Scenario, options: SimulateOptions = {}): Promise<SimulationResult> {
  const started = performance.now();
  const clock = makeManualClock(DAY0);
  const now = () => clock.now() - DAY0;
  const heap = new EventHeap();
  const tally = makeTally(s);
  const memory = makeMemoryRoutingStore(clock);
  const { store, offered, pauses } = makeListeningStore(memory);
  const router = makeRouter(
    { clock, logger: makeLogger('silent') },
    {
      store,
      feed: memory.feed,
      reserve: s.policy !== Policy.BLENDED_NO_RESERVE,
      // The router's own wake-ups (offer timeouts, escalations, pause returns) become events of the day.
      sleep(ms, wake) {
        let live = true;
        heap.push(clock.now() + ms, () => live && wake());
        return () => void (live = false);
      },
    },
  );
  const agents = new Map<string, SimAgent>();
  const customers = makeContactsSide(s, { store: memory, heap, tally, day0: DAY0, now: clock.now });
  const side = makeAgentsSide(memory, tally, now, (agent, taskId) => {
    const task = memory.task(taskId);
    if (!task) return;
    memory.putTask({
      ...task,
      state: 'ASSIGNED',
      pausedAt: null,
      workStartedAt: clock.now(),
      version: task.version + 1,
    });
    startWork(agent, taskId);
  });

  function startWork(agent: SimAgent, taskId: string): void {
    const c = customers.contacts.get(taskId) as Contact;
    side.startWork(agent);
    c.workStartedAt = now();
    const token = ++c.finishToken;
    heap.push(clock.now() + c.remainingMs, () => finish(agent, taskId, token));
  }

  async function finish(agent: SimAgent, taskId: string, token: number): Promise<void> {
    const c = customers.contacts.get(taskId) as Contact;
    if (c.finishToken !== token || !memory.complete(taskId)) return;
    tally.completed(c.queue, now(), c.slaDueAt === null || now() <= c.slaDueAt);
    side.stopWork(agent);
    await side.freed(agent);
  }

  function accept(reservationId: string, taskId: string, agentId: string): void {
    if (!memory.accept(reservationId)) return;
    const c = customers.contacts.get(taskId) as Contact;
    if (!c.answered) {
      c.answered = true;
      if (c.arrivedAt >= 0) tally.answered(c.queue, c.arrivedAt, now());
    }
    startWork(agents.get(agentId) as SimAgent, taskId);
  }

  function afterRouting(): void {
    for (const { agentId, taskIds } of pauses.splice(0)) {
      const agent = agents.get(agentId) as SimAgent;
      for (const id of taskIds) {
        const c = customers.contacts.get(id) as Contact;
        c.remainingMs = Math.max(0, c.remainingMs - (now() - c.workStartedAt));
        c.finishToken += 1;
        side.stopWork(agent);
        agent.paused.add(id);
        tally.paused(now());
      }
    }
    for (const o of offered.splice(0)) {
      if (s.acceptSeconds === 0) accept(o.reservationId, o.taskId, o.agentId);
      else heap.push(clock.now() + s.acceptSeconds * 1000, () => accept(o.reservationId, o.taskId, o.agentId));
    }
  }

  s.queues.forEach((q) => memory.putQueue(queueRecord(q)));
  s.agents.forEach((g, gi) => {
    for (let k = 0; k < g.count; k += 1) {
      const id = `a${gi}-${k}`;
      const shift = { start: g.shift.start * 3_600_000, end: g.shift.end * 3_600_000 };
      const agent: SimAgent = {
        id,
        shift,
        active: 0,
        busySince: 0,
        paused: new Set(),
        leaving: false,
        onBreak: false,
        breakFrom: null,
      };
      agents.set(id, agent);
      memory.putAgent(agentRecord(id, g, s.policy, clock.now()));
      heap.push(DAY0 + shift.start, () => side.setPresence(id, 'AVAILABLE'));
      for (const b of g.breaks) {
        heap.push(DAY0 + b.start * 3_600_000, () => side.startBreak(agent));
        heap.push(DAY0 + b.end * 3_600_000, () => side.endBreak(agent));
      }
      heap.push(DAY0 + shift.end, () => side.endShift(agent));
    }
  });
  customers.start();
  await router.start();
  const end = DAY0 + s.hours * 3_600_000;
  let events = 0;
  let sliceStart = performance.now();
  try {
    while (heap.size > 0 && (heap.peek() as number) <= end) {
      clock.set(heap.peek() as number);
      while (heap.peek() === clock.now()) {
        events += 1;
        await (heap.pop() as { run(): unknown }).run();
      }
      await router.settle();
      afterRouting();
      if (performance.now() - sliceStart > (options.sliceMs ?? 50)) {
        options.onProgress?.(now() / (s.hours * 3_600_000));
        await new Promise((resolve) => setImmediate(resolve));
        if (options.signal?.aborted) throw new SimulationCancelled();
        sliceStart = performance.now();
      }
    }
    clock.set(end);
    side.close(agents.values());
  } finally {
    await router.stop();
  }
  options.onProgress?.(1);
  return summarize(s, tally, { events, wallMs: performance.now() - started });
}
