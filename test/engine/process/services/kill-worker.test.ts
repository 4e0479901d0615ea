import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { findOpenJobsOfInstance, JobState } from '../../../../models/index.ts';
import { instanceHistory, listIncidents, makeBuiltinWorker, makeHttpHandler } from '../../../../engine/index.ts';
import type { TestEngine } from '../../../support/context.ts';
import { openElementIds, reload, start, useTestEngine } from '../../../support/scenario.ts';

const LOCK_SECONDS = 120;

/** Runs one built-in worker round in a child process at `clockMs`; `onChild` gets a way to kill it. */
function runWorkerChild(
  t: TestEngine,
  clockMs: number,
  onChild: (kill: () => void) => void = () => undefined,
): Promise<{ exit: string; lines: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('./worker-child.ts', import.meta.url))],
      {
        env: {
          ...process.env,
          CD_TEST_DB: JSON.stringify(t.testDb.described),
          CD_CLOCK_MS: String(clockMs),
          CD_LOCK_SECONDS: String(LOCK_SECONDS),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const lines: string[] = [];
    let stderr = '';
    child.stdout.on('data', (d) => lines.push(...String(d).split('\n').filter(Boolean)));
    child.stderr.on('data', (d) => (stderr += d));
    onChild(() => child.kill('SIGKILL'));
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      signal || code === 0
        ? resolve({ exit: signal ?? '0', lines })
        : reject(new Error(`worker child exited ${code}: ${stderr}`)),
    );
  });
}

describe('built-in jobs across a kill -9 of the worker process (at least once)', function () {
  this.timeout(60_000);
  const engine = useTestEngine(import.meta.url, 'reserve.bpmn');
  let t: TestEngine;
  let courier: Server;
  let courierUrl: string;
  /** Every call the courier got, with its Idempotency-Key; the first one is held open, never answered. */
  const calls: { key: string; url: string }[] = [];
  let firstCall: (res: ServerResponse) => void;
  let held: ServerResponse | null = null;

  beforeEach(async () => {
    t = engine();
    calls.length = 0;
    held = null;
    courier = createServer((req: IncomingMessage, res: ServerResponse) => {
      calls.push({ key: String(req.headers['idempotency-key']), url: String(req.url) });
      if (calls.length === 1) return firstCall(res);
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ pickup: `P-${calls.length}` }));
    });
    await new Promise<void>((r) => courier.listen(0, '127.0.0.1', () => r()));
    courierUrl = `http://127.0.0.1:${(courier.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    held?.destroy();
    courier.closeAllConnections();
    await new Promise<void>((r) => courier.close(() => r()));
  });

  it('given a worker killed while its handler waits on the courier, then the job stays locked until the lock expires, runs again once with the same Idempotency-Key, and completes once', async () => {
    const instance = await start(t.ctx, 'reserve', { courierUrl, orderId: 'A-9' });
    const [job] = await findOpenJobsOfInstance(t.ctx.db, instance.id);
    assert.ok(job);

    // When the handler's call reaches the courier, the worker process is killed before it can complete.
    const killed = await runWorkerChild(t, t.clock.now(), (kill) => {
      firstCall = (res) => ((held = res), kill());
    });
    assert.equal(killed.exit, 'SIGKILL');
    assert.ok(!killed.lines.some((l) => l.startsWith('ran')), 'the child was killed mid-round');
    assert.deepEqual(calls, [{ key: job.id, url: '/pickups/A-9' }]);
    const [claimed] = await findOpenJobsOfInstance(t.ctx.db, instance.id);
    assert.equal(claimed?.state, JobState.LOCKED);
    assert.equal(claimed?.retries, 3, 'a crash is not a failure: no retry was spent');
    assert.deepEqual((await reload(t.ctx, instance.id)).activeElementIds, ['book']);

    // While the dead worker's lock lasts, nobody takes the job.
    t.clock.advance((LOCK_SECONDS - 1) * 1000);
    assert.equal(await makeBuiltinWorker(t.ctx, { http: makeHttpHandler({ allow: ['127.0.0.1'] }) }).runDue(), 0);
    assert.equal(calls.length, 1);

    // A new worker process after the lock expired runs the job again, and this time it completes.
    t.clock.advance(2000);
    const again = await runWorkerChild(t, t.clock.now());
    assert.deepEqual([again.exit, again.lines.at(-1)], ['0', 'ran 1']);
    assert.deepEqual(
      calls.map((c) => c.key),
      [job.id, job.id],
      'the repeat carries the same Idempotency-Key',
    );
    assert.deepEqual(await openElementIds(t.ctx, instance.id), ['check']);
    assert.deepEqual(await findOpenJobsOfInstance(t.ctx.db, instance.id), []);
    assert.deepEqual((await reload(t.ctx, instance.id)).variables.httpBody, { pickup: 'P-2' });
    const history = await instanceHistory(t.ctx, instance.id);
    assert.deepEqual(
      history.filter((h) => h.type === 'external.completed').map((h) => h.data?.jobId),
      [job.id],
      'completed exactly once',
    );
    assert.deepEqual(await listIncidents(t.ctx), []);
  });
});
