/**
 * Entry of an engine thread (see engine-pool.ts): runs engine requests one at a time and posts each
 * result back. Definition sources are kept after first use, as the main thread's cache does, and the
 * live engines of committed runs (remote-run.ts) while the pool's cache budget allows.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { makeThreadState, runRemote, settleRemote, type RemoteRequest, type RemoteResult } from './remote-run.ts';

const state = makeThreadState(Number(workerData?.cacheBytes ?? 0));

type Message =
  | { id: number; request: RemoteRequest; settle?: undefined }
  | { settle: { instanceId: string; token: number; committed: boolean } };

parentPort?.on('message', async (message: Message) => {
  if (message.settle)
    return settleRemote(state, message.settle.instanceId, message.settle.token, message.settle.committed);
  const { id, request } = message;
  const result: RemoteResult = await runRemote(state, request, id);
  try {
    parentPort?.postMessage({ id, result });
  } catch {
    // Something in the outcome does not cross threads: the main thread runs the command itself.
    parentPort?.postMessage({ id, result: { ok: false, reason: 'outcome not transferable' } });
  }
});

// The listener is in place: requests sent from now on are answered without the boot's delay.
parentPort?.postMessage({ ready: true });
