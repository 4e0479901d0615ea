import type { Clock } from './index.ts';

/** Sleeps `ms` of real time, then calls `wake`; returns a function that cancels the sleep. */
export type Sleep = (ms: number, wake: () => void) => () => void;

/** The longest delay a Node timer takes; a later due time is re-checked when it ends. */
export const MAX_TIMER_MS = 2_147_483_647;

/** What a wake-up loop runs and how long it may sleep. */
export interface WakeLoopSpec {
  clock: Clock;
  /** One pass over due work; returns when the next work falls due (null: nothing known). */
  pass(): Promise<number | null | void>;
  /** A pass that throws is reported here; the loop then sleeps until poked. */
  onError(err: unknown): void;
  /** Real-time sleep (tests pass a fake and move a manual clock). */
  sleep?: Sleep;
  /** Longest sleep: a loop that polls for work nobody announces sets it (default: the timer limit). */
  maxSleepMs?: number;
  /** Sleep after a pass that knows of no next time (default: none, sleep until poked). */
  idleMs?: number;
}

/** A loop that sleeps until its next due time, wakes early when poked and runs one pass at a time. */
export interface WakeLoop {
  /** Marks the loop running and runs a first pass. */
  start(): Promise<void>;
  /** Stops sleeping and waits for the pass in progress. */
  stop(): Promise<void>;
  /** Runs a pass soon; pokes while one is waiting to start add nothing. */
  poke(): void;
  /** Wakes at `at` unless already waking earlier (null: no change). */
  wakeAt(at: number | null): void;
  /** Runs a pass after the one in progress (running or not) and resolves when it is done. */
  runNow(): Promise<void>;
  /** Runs other work in turn with the passes (never beside one). */
  run(work: () => Promise<void>): Promise<void>;
  /** Resolves when no pass is running or waiting. */
  idle(): Promise<void>;
  readonly running: boolean;
}

export const realSleep: Sleep = (ms, wake) => {
  const handle = setTimeout(wake, ms);
  return () => clearTimeout(handle);
};

/** Makes a wake-up loop; it does nothing until start() (runNow and run work before it, without sleeping after). */
export function makeWakeLoop(spec: WakeLoopSpec): WakeLoop {
  const sleep = spec.sleep ?? realSleep;
  const maxSleep = Math.min(spec.maxSleepMs ?? MAX_TIMER_MS, MAX_TIMER_MS);
  let running = false;
  let chain: Promise<void> = Promise.resolve();
  let queued = false;
  let cancelSleep: (() => void) | null = null;
  let sleepingUntil = Infinity;

  function run(work: () => Promise<void>): Promise<void> {
    chain = chain.then(work).catch((err) => spec.onError(err));
    return chain;
  }

  async function onePass(): Promise<void> {
    queued = false;
    const next = await spec.pass();
    const at = next ?? (spec.idleMs === undefined ? null : spec.clock.now() + spec.idleMs);
    wakeAt(at);
  }

  function wakeAt(at: number | null): void {
    if (!running || at === null) return;
    const now = spec.clock.now();
    // A sleep capped by maxSleep ends before its due time; the pass after it re-arms.
    const until = Math.min(at, now + maxSleep);
    if (until >= sleepingUntil) return;
    cancelSleep?.();
    sleepingUntil = until;
    cancelSleep = sleep(Math.max(0, until - now), () => {
      sleepingUntil = Infinity;
      cancelSleep = null;
      poke();
    });
  }

  function poke(): void {
    if (queued || !running) return;
    queued = true;
    // A pass poked before stop() and not yet started is dropped.
    void run(() => (running ? onePass() : Promise.resolve(void (queued = false))));
  }

  return {
    async start() {
      running = true;
      await run(onePass);
    },
    async stop() {
      running = false;
      cancelSleep?.();
      cancelSleep = null;
      sleepingUntil = Infinity;
      await chain;
    },
    poke,
    wakeAt,
    runNow: () => run(onePass),
    run,
    async idle() {
      let seen: Promise<void>;
      do {
        seen = chain;
        await seen;
      } while (seen !== chain);
    },
    get running() {
      return running;
    },
  };
}
