/**
 * Entry of an engine thread (see engine-pool.ts): runs engine requests one at a time and posts each
 * result back. Definition sources are kept after first use, as the main thread's cache does.
 */
import { parentPort } from 'node:worker_threads';
import { runRemote, type RemoteRequest, type RemoteResult } from './remote-run.ts';

const sources = new Map<string, unknown>();

parentPort?.on('message', async ({ id, request }: { id: number; request: RemoteRequest }) => {
  const result: RemoteResult = await runRemote(sources, request);
  try {
    parentPort?.postMessage({ id, result });
  } catch {
    // Something in the outcome does not cross threads: the main thread runs the command itself.
    parentPort?.postMessage({ id, result: { ok: false, reason: 'outcome not transferable' } });
  }
});

// The listener is in place: requests sent from now on are answered without the boot's delay.
parentPort?.postMessage({ ready: true });
