import { makeWakeLoop } from '../../core/clock/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import type { EngineEvent } from '../../core/events/index.ts';

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
  let unsubscribe: (() => void) | null = null;
  const loop = makeWakeLoop({
    clock: ctx.clock,
    maxSleepMs: MAX_SLEEP_MS,
    idleMs: MAX_SLEEP_MS,
    onError: (err) => ctx.logger.error(`${spec.name} round failed`, { err: String(err) }),
    async pass() {
      await spec.runDue().catch((err) => ctx.logger.error(`${spec.name} round failed`, { err: String(err) }));
      return spec.nextDueAt().catch(() => null);
    },
  });

  return {
    async start() {
      unsubscribe = ctx.events.subscribe((event) => {
        if (spec.wakesOn(event)) loop.poke();
      });
      await loop.start();
    },
    async stop() {
      unsubscribe?.();
      await loop.stop();
    },
  };
}
