/**
 * Turns a push-style subscription into the async iterator GraphQL subscriptions consume. It ends
 * (and unsubscribes) when the client goes away or `stop` is aborted (server shutdown), so an open
 * SSE connection never holds a shutdown up. Events arriving faster than the client reads are queued.
 */
export function eventStream<T>(
  stop: AbortSignal,
  subscribe: (push: (value: T) => void) => () => void,
): AsyncIterableIterator<T> {
  const queue: T[] = [];
  let wake: (() => void) | null = null;
  let done = false;
  const unsubscribe = subscribe((value) => {
    queue.push(value);
    wake?.();
  });
  const finish = async () => {
    if (!done) {
      done = true;
      unsubscribe();
      stop.removeEventListener('abort', onStop);
      wake?.();
    }
    return { value: undefined, done: true as const };
  };
  const onStop = () => void finish();
  if (stop.aborted) void finish();
  else stop.addEventListener('abort', onStop);
  return {
    async next() {
      while (!queue.length && !done) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      return done ? { value: undefined, done: true as const } : { value: queue.shift() as T, done: false as const };
    },
    return: finish,
    throw: finish,
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
