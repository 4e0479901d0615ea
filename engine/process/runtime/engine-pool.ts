import { Worker } from 'node:worker_threads';
import { findSourceContext } from '../../../models/index.ts';
import type { EngineContext, EngineThreads } from '../../core/context/index.ts';
import { NO_SOURCE, type RemoteRequest, type RemoteResult } from './remote-run.ts';

/**
 * Threads running bpmn-engine work for commands, so instances' engines run on several cores. `ready`
 * resolves when every thread has loaded the engine (a thread that failed counts as settled): a thread
 * boots in a second or more, and a caller that waits keeps that out of its first command's latency.
 */
export interface EnginePool extends EngineThreads {
  /** Runs one engine request on its instance's thread. */
  run(request: Omit<RemoteRequest, 'source' | 'now' | 'allowScripts' | 'patterns'>): Promise<PoolResult>;
  /** Requests that ran on a live engine of their thread, and all requests answered. */
  stats(): { hits: number; runs: number };
}

/**
 * A thread's answer; a done run must be followed by `settled`, saying whether its outcome committed
 * (the thread then keeps its engine for the next version) or not (the thread forgets it).
 */
export type PoolResult =
  (Extract<RemoteResult, { ok: true }> & { settled(committed: boolean): void }) | Extract<RemoteResult, { ok: false }>;

/**
 * The thread of an instance: always the same one while it lives (FNV-1a of the id), so the thread
 * that ran an instance's last command holds its live engine.
 */
export function threadIndex(instanceId: string, size: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < instanceId.length; i++) hash = Math.imul(hash ^ instanceId.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % size;
}

/**
 * The context's engine threads with their requests typed. The context declares them in core, which
 * knows nothing of runtime requests; every context's threads come from `makeEnginePool` below.
 */
export const enginePoolOf = (ctx: Pick<EngineContext, 'engines'>): EnginePool | undefined =>
  ctx.engines as EnginePool | undefined;

interface Thread {
  worker: Worker;
  /** Definitions whose source this thread was sent. */
  known: Set<string>;
  alive: boolean;
  ready: Promise<void>;
}

// The entry sits beside this module: engine-thread.ts under tsx, engine-thread.js once built to dist/.
const ENTRY = new URL(import.meta.url.endsWith('.ts') ? './engine-thread.ts' : './engine-thread.js', import.meta.url)
  .href;

// Under tsx (how the server runs) a thread needs the TypeScript loader registered before it imports
// the entry; compiled JavaScript would load directly.
function bootCode(): string {
  const load = `import(${JSON.stringify(ENTRY)})`;
  if (!ENTRY.endsWith('.ts')) return load;
  return `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return ${load}; })`;
}

/**
 * Makes a pool of `size` engine threads. A request is answered `{ ok: false }` when its thread cannot
 * run it (or died); callers then run the command on the main thread, so the pool only ever makes
 * commands faster, never different.
 */
export function makeEnginePool(ctx: EngineContext, size: number, cacheBytes = 0): EnginePool {
  const pending = new Map<number, { thread: Thread; resolve: (result: RemoteResult) => void }>();
  let nextId = 0;
  const counts = { hits: 0, runs: 0 };
  // A dead thread's instances move to the next live one (their engines are lost with it anyway).
  const threadOf = (instanceId: string) => {
    const first = threadIndex(instanceId, threads.length);
    for (let i = 0; i < threads.length; i++) {
      const t = threads[(first + i) % threads.length] as Thread;
      if (t.alive) return t;
    }
    return undefined;
  };
  const threads: Thread[] = Array.from({ length: size }, () => {
    let booted!: () => void;
    const worker = new Worker(bootCode(), { eval: true, workerData: { cacheBytes } });
    const thread: Thread = {
      worker,
      known: new Set(),
      alive: true,
      ready: new Promise<void>((resolve) => (booted = resolve)),
    };
    thread.worker.on('message', (message: { ready?: true; id: number; result: RemoteResult }) => {
      if (message.ready) return booted();
      pending.get(message.id)?.resolve(message.result);
      pending.delete(message.id);
    });
    const die = (err?: unknown) => {
      if (thread.alive && err) ctx.logger.error('engine thread failed', { err: String(err) });
      thread.alive = false;
      booted();
      for (const [id, p] of pending) {
        if (p.thread !== thread) continue;
        pending.delete(id);
        p.resolve({ ok: false, reason: 'engine thread exited' });
      }
    };
    thread.worker.on('error', die);
    thread.worker.on('exit', () => die());
    return thread;
  });

  async function run(
    request: Omit<RemoteRequest, 'source' | 'now' | 'allowScripts' | 'patterns'>,
  ): Promise<PoolResult> {
    const thread = threadOf(request.instanceId);
    if (!thread) return { ok: false, reason: 'no engine thread' };
    const source = thread.known.has(request.definitionId)
      ? undefined
      : await findSourceContext(ctx.db, request.definitionId);
    thread.known.add(request.definitionId);
    const id = nextId++;
    const result = await new Promise<RemoteResult>((resolve) => {
      pending.set(id, { thread, resolve });
      thread.worker.postMessage({
        id,
        request: {
          ...request,
          source,
          now: ctx.clock.now(),
          allowScripts: ctx.options.allowScripts,
          patterns: ctx.options.patterns,
        },
      });
    });
    if (!result.ok && result.reason === NO_SOURCE) thread.known.delete(request.definitionId);
    if (!result.ok) return result;
    counts.runs++;
    if (result.hit) counts.hits++;
    const settle = { instanceId: request.instanceId, token: id };
    return {
      ...result,
      settled: (committed) => {
        if (thread.alive) thread.worker.postMessage({ settle: { ...settle, committed } });
      },
    };
  }

  return {
    size,
    ready: Promise.all(threads.map((t) => t.ready)).then(() => undefined),
    run,
    stats: () => ({ ...counts }),
    async close() {
      await Promise.all(threads.map((t) => t.worker.terminate()));
    },
  };
}
