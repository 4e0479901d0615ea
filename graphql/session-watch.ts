import { liveTokenIds, type EngineContext } from '../engine/index.ts';

/** How often a node checks the tokens of its open subscriptions (other nodes revoke too). */
export const SESSION_CHECK_MS = 2000;

/** Ends open subscriptions whose token stops working. */
export interface SessionWatch {
  /**
   * A signal for a subscription of `tokenId`: aborted with `stop`, or when the token is revoked,
   * expires, idles out or its user is deactivated. `done` (the response closing) releases it.
   */
  watch(tokenId: string, stop: AbortSignal, done: AbortSignal): AbortSignal;
  /** Checks now rather than at the next round (after this node revoked tokens). */
  check(): Promise<void>;
}

/**
 * One loop per server: every SESSION_CHECK_MS, one query for the tokens of all open subscriptions
 * (none while there are none), so a signed-out or deactivated user's streams end within seconds on
 * every node, whichever node revoked them. Stops when `shutdown` aborts.
 */
export function makeSessionWatch(engine: EngineContext, shutdown: AbortSignal, everyMs = SESSION_CHECK_MS) {
  // Mutable state: the open subscriptions by their abort controller, and the round in flight.
  const watched = new Map<AbortController, string>();
  let round: Promise<void> | null = null;

  const runRound = async () => {
    if (watched.size === 0) return;
    const live = await liveTokenIds(engine, [...new Set(watched.values())]);
    for (const [controller, tokenId] of watched) {
      if (live.has(tokenId)) continue;
      watched.delete(controller);
      controller.abort();
    }
  };
  const check = (): Promise<void> =>
    (round ??= runRound()
      .catch((err) => engine.logger.error('session check failed', { err: String(err) }))
      .finally(() => (round = null)));
  const timer = setInterval(() => void check(), everyMs);
  timer.unref();
  // A revocation or deactivation heard from the change feed (any node's) is checked at once.
  const off = engine.events.subscribe((e) => e.type === 'sessions.changed' && void check());
  shutdown.addEventListener(
    'abort',
    () => {
      clearInterval(timer);
      off();
    },
    { once: true },
  );

  const watch = (tokenId: string, stop: AbortSignal, done: AbortSignal): AbortSignal => {
    const controller = new AbortController();
    const release = () => {
      watched.delete(controller);
      stop.removeEventListener('abort', end);
      done.removeEventListener('abort', release);
    };
    const end = () => {
      release();
      controller.abort();
    };
    if (stop.aborted) end();
    else if (!done.aborted) {
      watched.set(controller, tokenId);
      stop.addEventListener('abort', end, { once: true });
      done.addEventListener('abort', release, { once: true });
    }
    return controller.signal;
  };
  return { watch, check } satisfies SessionWatch;
}
