import type { EngineContext } from '../context.ts';
import type { EngineEvent } from '../events/index.ts';

/** Longest sleep between rounds; a round also looks for work it was not woken for. */
const MAX_SLEEP_MS = 60_000;

/** What a job loop runs: a round of due work, when the next job falls due, which events wake it. */
export interface JobLoopSpec {
  name: string;
  runDue(): Promise<unknown>;
  nextDueAt(): Promise<number | null>;
  wakesOn(event: EngineEvent): boolean;
}

/**
 * The loop of an in-server worker: runs a round, then sleeps until the next job is due (at most a
 * minute), and wakes early on the events that bring new work. Rounds never overlap; stop() waits for
 * the current one.
 */
export function makeJobLoop(ctx: EngineContext, spec: JobLoopSpec): { start(): Promise<void>; stop(): Promise<void> } {
  let running = false;
  let timer: NodeJS.Timeout | null = null;
  let round: Promise<unknown> = Promise.resolve();
  let unsubscribe: (() => void) | null = null;

  function tick(): Promise<unknown> {
    round = round.then(async () => {
      if (!running) return;
      if (timer) clearTimeout(timer);
      await spec.runDue().catch((err) => ctx.logger.error(`${spec.name} round failed`, { err: String(err) }));
      const next = await spec.nextDueAt().catch(() => null);
      const wait = next === null ? MAX_SLEEP_MS : Math.min(Math.max(0, next - ctx.clock.now()), MAX_SLEEP_MS);
      if (running) timer = setTimeout(() => void tick(), wait);
    });
    return round;
  }

  return {
    async start() {
      running = true;
      unsubscribe = ctx.events.subscribe((event) => {
        if (spec.wakesOn(event)) void tick();
      });
      await tick();
    },
    async stop() {
      running = false;
      unsubscribe?.();
      if (timer) clearTimeout(timer);
      await round;
    },
  };
}
