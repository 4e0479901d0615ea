import { strict as assert } from 'node:assert';
import {
  completeExternalTask,
  fetchAndLockExternalTasks,
  instanceHistory,
  makeEngineContext,
  makeLogger,
  type CrossdeskError,
  type EngineContext,
} from '../../../../engine/index.ts';
import { enginePoolOf, makeEnginePool, type EnginePool } from '../../../../engine/process/runtime/index.ts';
import { actors } from '../../../support/actors.ts';
import type { TestEngine } from '../../../support/context.ts';
import { reload, start, useTestEngine } from '../../../support/scenario.ts';

describe('external completions on engine threads', () => {
  const engine = useTestEngine(import.meta.url, 'address-change.bpmn');
  let t: TestEngine;
  let pool: EnginePool;
  let ctx: EngineContext;
  const answers: boolean[] = [];
  beforeEach(() => {
    t = engine();
    pool = makeEnginePool(t.ctx, 1);
    answers.length = 0;
    const watched: EnginePool = { ...pool, run: (r) => pool.run(r).then((a) => (answers.push(a.ok), a)) };
    ctx = { ...t.ctx, engines: watched };
  });
  afterEach(() => pool.close());

  const fetch = (workerId: string, topic = 'document-check') =>
    fetchAndLockExternalTasks(ctx, actors.integrator, { topic, workerId, maxTasks: 10, lockSeconds: 30 });

  it('given engine threads, then completions run there: the variables reach the gateway, the history is the same, and the instance ends', async () => {
    const instance = await start(ctx, 'addressChange', { customerId: 'C-9' }, 'AC-1');
    const [locked] = await fetch('worker-a');
    await completeExternalTask(ctx, actors.integrator, locked.job.id, 'worker-a', { documentValid: true });
    const after = await reload(ctx, instance.id);
    assert.deepEqual([after.activeElementIds, after.variables.documentValid], [['update'], true]);
    const [crm] = await fetch('worker-c', 'crm-update');
    await completeExternalTask(ctx, actors.integrator, crm.job.id, 'worker-c');
    assert.equal((await reload(ctx, instance.id)).state, 'COMPLETED');
    assert.deepEqual(answers, [true, true], 'both completions ran on the thread');
    const types = (await instanceHistory(ctx, instance.id)).map((h) => h.type);
    assert.equal(types.filter((x) => x === 'external.completed').length, 2);
    assert.equal(types.at(-1), 'instance.completed');
  });

  it('given a completion repeated by the same worker, then the second is refused (NOT_FOUND: the job is done) and changes nothing', async () => {
    const instance = await start(ctx, 'addressChange', { customerId: 'C-9' });
    const [locked] = await fetch('worker-a');
    await completeExternalTask(ctx, actors.integrator, locked.job.id, 'worker-a', { documentValid: false });
    const version = (await reload(ctx, instance.id)).version;
    const again = await completeExternalTask(ctx, actors.integrator, locked.job.id, 'worker-a', {
      documentValid: true,
    }).then(
      () => 'OK',
      (e: CrossdeskError) => e.code,
    );
    assert.equal(again, 'NOT_FOUND');
    assert.equal((await reload(ctx, instance.id)).version, version);
  });

  it('given a context built with engineThreads (as the server does for CROSSDESK_ENGINE_THREADS), then its completions run on those threads', async () => {
    const built = makeEngineContext({ db: t.ctx.db, clock: t.clock, logger: makeLogger('silent'), engineThreads: 1 });
    try {
      assert.equal(built.engines?.size, 1);
      // The thread reports when the engine is loaded (a pool that never did would time this test out).
      await built.engines?.ready;
      const seen: boolean[] = [];
      const own = enginePoolOf(built) as EnginePool;
      const spy: EnginePool = { ...own, run: (r) => own.run(r).then((a) => (seen.push(a.ok), a)) };
      const threaded: EngineContext = { ...built, engines: spy };
      const instance = await start(threaded, 'addressChange', { customerId: 'C-7' });
      const [locked] = await fetchAndLockExternalTasks(threaded, actors.integrator, {
        topic: 'document-check',
        workerId: 'w',
        maxTasks: 1,
        lockSeconds: 30,
      });
      await completeExternalTask(threaded, actors.integrator, locked.job.id, 'w', { documentValid: true });
      assert.deepEqual(seen, [true]);
      assert.deepEqual((await reload(threaded, instance.id)).activeElementIds, ['update']);
    } finally {
      await built.engines?.close();
    }
  });
});
