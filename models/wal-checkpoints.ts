import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** A running background checkpointer. */
export interface WalCheckpoints {
  /** Runs one checkpoint now and resolves when it is done (tests). */
  runOnce(): Promise<void>;
  /** Runs a last checkpoint, closes the thread's connection and ends the thread. */
  stop(): Promise<void>;
}

// better-sqlite3 is synchronous: the checkpoint needs a thread of its own to stay off the event loop.
// The thread runs plain CommonJS, so it needs no TypeScript loader; the driver's path is resolved here.
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.filename);
db.pragma('busy_timeout = 5000');
// A checkpoint that fails (busy beyond the timeout) is retried at the next tick: the WAL only grows
// meanwhile, and SQLite reads through it correctly however long it is.
const checkpoint = () => { try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {} };
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (message) => {
  checkpoint();
  if (message === 'stop') { clearInterval(timer); db.close(); parentPort.close(); }
  else parentPort.postMessage('done');
});
`;

/**
 * Checkpoints an SQLite WAL from a connection of its own, on a thread of its own.
 *
 * SQLite's automatic checkpoint runs inside whichever commit crosses 1,000 WAL pages, on the one
 * connection every command shares: that commit copies the pages into the database file and syncs it
 * (about 12 ms here), and every command queued behind it waits. The routing benchmark's release
 * latency p99 was exactly those commits. The main connection therefore turns automatic checkpoints
 * off (`wal_autocheckpoint=0`) and this thread runs PASSIVE checkpoints, which never wait for readers
 * or writers: commits go on while the pages are copied. The thread uses the same driver (and so the
 * same SQLite library) as the main connection, which SQLite's file locking requires within a process.
 */
export function startWalCheckpoints(filename: string, intervalMs = 250): WalCheckpoints {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(THREAD, { eval: true, workerData: { filename, intervalMs, driver } });
  worker.unref();
  // A thread that could not open the database leaves the WAL to grow; commands go on regardless.
  let failure: Error | null = null;
  worker.on('error', (err) => {
    failure = err;
  });
  const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    runOnce: () =>
      new Promise<void>((resolve, reject) => {
        if (failure) return reject(failure);
        worker.once('message', () => resolve());
        worker.once('error', reject);
        worker.postMessage('run');
      }),
    async stop() {
      worker.postMessage('stop');
      await ended;
    },
  };
}
