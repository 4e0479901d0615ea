import { strict as assert } from 'node:assert';
import {
  completeExternalTask,
  fetchAndLockExternalTasks,
  InstanceState,
  makeTimerScheduler,
} from '../../../../engine/index.ts';
import {
  hotEnginesOf,
  makeEnginePool,
  makeHotEngines,
  threadIndex,
  runInstanceCommand,
  type EngineRun,
} from '../../../../engine/process/runtime/index.ts';
import { updateInstanceIfVersion } from '../../../../models/index.ts';
import { actors } from '../../../support/actors.ts';
import type { TestEngine } from '../../../support/context.ts';
import { openElementIds, reload, start, useTestEngine, workAt } from '../../../support/scenario.ts';

const MB = 1024 * 1024;
const fakeRun = (dueAt = Infinity) =>
  ({
    elementCount: () => 3,
    armedTimers: () => (dueAt === Infinity ? [] : [{ executionId: 'wait_1', dueAt }]),
  }) as unknown as EngineRun;

describe('hot engines (live engines kept between commands)', () => {
  describe('the cache', () => {
    it('given a kept engine, then only its exact version and definition take it, and taking removes it', () => {
      const hot = makeHotEngines(MB);
      const run = fakeRun();
      hot.put('pi1', 3, 'd1', run);
      assert.equal(hot.take('pi1', 2, 'd1', 0), undefined, 'an older version');
      hot.put('pi1', 3, 'd1', run);
      assert.equal(hot.take('pi1', 3, 'd2', 0), undefined, 'another definition');
      hot.put('pi1', 3, 'd1', run);
      assert.equal(hot.take('pi1', 3, 'd1', 0), run);
      assert.equal(hot.take('pi1', 3, 'd1', 0), undefined, 'a second command finds none while the first runs');
      assert.deepEqual([hot.stats().hits, hot.stats().misses, hot.stats().bytes], [1, 3, 0]);
    });

    it('given more engines than the budget holds, then the least recently kept go first', () => {
      const hot = makeHotEngines(1 * MB);
      for (let i = 0; i < 10; i++) hot.put(`pi${i}`, 0, 'd', fakeRun());
      const { entries, bytes, evictions } = hot.stats();
      assert.ok(entries >= 1 && entries < 10 && bytes <= MB, JSON.stringify(hot.stats()));
      assert.equal(evictions, 10 - entries);
      assert.equal(hot.take('pi0', 0, 'd', 0), undefined);
      assert.ok(hot.take('pi9', 0, 'd', 0));
    });

    it('given an engine whose timer is due, then only the firing of that timer uses it (a recover fires what is overdue)', () => {
      const hot = makeHotEngines(MB);
      hot.put('pi1', 0, 'd', fakeRun(1000));
      assert.ok(hot.take('pi1', 0, 'd', 999));
      hot.put('pi1', 0, 'd', fakeRun(1000));
      assert.equal(hot.take('pi1', 0, 'd', 1000), undefined);
      hot.put('pi1', 0, 'd', fakeRun(1000));
      assert.equal(hot.take('pi1', 0, 'd', 1000, 'other_2'), undefined);
      hot.put('pi1', 0, 'd', fakeRun(1000));
      assert.ok(hot.take('pi1', 0, 'd', 1000, 'wait_1'));
    });
  });

  describe('commands', () => {
    const engine = useTestEngine(import.meta.url, 'two-steps.bpmn', 'cooldown.bpmn');
    let t: TestEngine;
    const stats = () => hotEnginesOf(t.ctx)?.stats() ?? assert.fail('the cache is on in tests');
    beforeEach(function () {
      t = engine();
      if (!hotEnginesOf(t.ctx)) this.skip(); // CROSSDESK_ENGINE_CACHE_BYTES=0 run
    });

    it('given a started instance, then its next commands run on the live engine and the instance ends', async () => {
      const instance = await start(t.ctx, 'twoSteps');
      await workAt(t.ctx, instance.id, 'first');
      await workAt(t.ctx, instance.id, 'second');
      assert.equal((await reload(t.ctx, instance.id)).state, InstanceState.COMPLETED);
      assert.deepEqual([stats().hits, stats().misses, stats().entries], [2, 0, 0]);
    });

    it('given a command that fails after stepping the engine, then the next one recovers from the row', async () => {
      const instance = await start(t.ctx, 'twoSteps');
      await assert.rejects(
        runInstanceCommand(
          t.ctx,
          instance.id,
          { userId: 'x', roles: [], groups: [], onBehalfOf: null } as any,
          async (run) => {
            [...run.collector.waits.values()][0]?.api.signal({});
            throw new Error('refused after the step');
          },
        ),
        /refused after the step/,
      );
      assert.deepEqual(await openElementIds(t.ctx, instance.id), ['first']);
      await workAt(t.ctx, instance.id, 'first');
      assert.deepEqual(await openElementIds(t.ctx, instance.id), ['second']);
      assert.equal(stats().misses, 1, 'the stepped engine was not reused');
    });

    it('given a write that rolls back after the engine stepped, then the engine is forgotten', async () => {
      const instance = await start(t.ctx, 'twoSteps');
      const actor = { userId: 'x', roles: [], groups: [], onBehalfOf: null } as any;
      await assert.rejects(
        runInstanceCommand(t.ctx, instance.id, actor, async (run) => {
          [...run.collector.waits.values()][0]?.api.signal({});
          return {
            async persist() {
              throw new Error('database refused');
            },
            result: () => null,
          };
        }),
        /database refused/,
      );
      assert.equal((await reload(t.ctx, instance.id)).version, 0, 'rolled back');
      await workAt(t.ctx, instance.id, 'first');
      assert.deepEqual(await openElementIds(t.ctx, instance.id), ['second']);
      assert.deepEqual([stats().hits, stats().misses], [1, 1]);
    });

    it('given another write to the instance between load and commit, then the retry recovers from the row', async () => {
      const instance = await start(t.ctx, 'twoSteps');
      let bumped = false;
      const actor = { userId: 'x', roles: [], groups: [], onBehalfOf: null } as any;
      await runInstanceCommand(t.ctx, instance.id, actor, async (run, loaded) => {
        if (!bumped) {
          bumped = true;
          assert.ok(await updateInstanceIfVersion(t.ctx.db, loaded.id, loaded.version, {}));
        }
        run.rootEnvironment()?.assignVariables({ touched: true });
        return { result: () => null };
      });
      const after = await reload(t.ctx, instance.id);
      assert.deepEqual([after.version, after.variables.touched], [2, true]);
      assert.deepEqual([stats().hits, stats().misses], [1, 1], 'a hit that lost the race, then a recover');
    });

    it('given a timer that fell due, then its firing uses the kept engine and the process goes on', async () => {
      const instance = await start(t.ctx, 'cooldown');
      t.clock.advance(61_000);
      assert.equal(await makeTimerScheduler(t.ctx).runDue(), 1);
      assert.deepEqual(await openElementIds(t.ctx, instance.id), ['review']);
      assert.deepEqual([stats().hits, stats().misses], [1, 0]);
    });

    it('given a timer that fell due, then another command on the instance recovers from the row', async () => {
      const instance = await start(t.ctx, 'cooldown');
      t.clock.advance(61_000);
      const actor = { userId: 'x', roles: [], groups: [], onBehalfOf: null } as any;
      await runInstanceCommand(t.ctx, instance.id, actor, async (run) => {
        run.rootEnvironment()?.assignVariables({ touched: true });
        return { result: () => null };
      });
      assert.deepEqual([stats().hits, stats().misses], [0, 1]);
      assert.equal(await makeTimerScheduler(t.ctx).runDue(), 1);
      assert.deepEqual(await openElementIds(t.ctx, instance.id), ['review']);
    });
  });

  describe('engine threads', () => {
    const engine = useTestEngine(import.meta.url, 'address-change.bpmn');

    it('given an instance, then its requests always go to the same thread', () => {
      const ids = Array.from({ length: 50 }, (_, i) => `pi_${i}`);
      assert.deepEqual(
        ids.map((id) => threadIndex(id, 3)),
        ids.map((id) => threadIndex(id, 3)),
      );
      assert.equal(new Set(ids.map((id) => threadIndex(id, 3))).size, 3, 'spread over the threads');
    });

    it('given two completions in a row on a thread, then the second runs on the engine the first left there', async () => {
      const t = engine();
      const pool = makeEnginePool(t.ctx, 2, 16 * MB);
      try {
        const ctx = { ...t.ctx, engines: pool };
        const instance = await start(ctx, 'addressChange', { customerId: 'C-9' }, 'AC-1');
        const lock = (topic: string) =>
          fetchAndLockExternalTasks(ctx, actors.integrator, { topic, workerId: 'w', maxTasks: 1, lockSeconds: 30 });
        const [doc] = await lock('document-check');
        await completeExternalTask(ctx, actors.integrator, doc.job.id, 'w', { documentValid: true });
        const [crm] = await lock('crm-update');
        await completeExternalTask(ctx, actors.integrator, crm.job.id, 'w');
        assert.equal((await reload(ctx, instance.id)).state, InstanceState.COMPLETED);
        assert.deepEqual(pool.stats(), { hits: 1, runs: 2 });
      } finally {
        await pool.close();
      }
    });
  });
});
