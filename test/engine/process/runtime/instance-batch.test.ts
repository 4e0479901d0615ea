import { strict as assert } from 'node:assert';
import { fireTimerJobs, instanceHistory, SYSTEM_ACTOR, type InstanceRecord } from '../../../../engine/index.ts';
import { makeEnginePool, runInstanceCommands, type BatchCommand } from '../../../../engine/process/runtime/index.ts';
import { claimDueJobs, findOpenJobsOfInstance, JobType, type JobRecord } from '../../../../models/index.ts';
import type { TestEngine } from '../../../support/context.ts';
import { openElementIds, reload, start, useTestEngine } from '../../../support/scenario.ts';

/** A command firing the timer of a job, counting how often its engine work ran. */
function fire(job: JobRecord, runs: Map<string, number>, before?: () => Promise<unknown>): BatchCommand<string> {
  return {
    instanceId: job.instanceId as string,
    actor: SYSTEM_ACTOR,
    async act(run, loaded) {
      runs.set(loaded.id, (runs.get(loaded.id) ?? 0) + 1);
      await before?.();
      assert.ok(run.fireTimer(job.executionId as string));
      loaded.waiting.timers = [];
      return {
        history: [
          {
            instanceId: loaded.id,
            taskId: null,
            type: 'timer.fired',
            elementId: job.elementId,
            actorId: null,
            onBehalfOf: null,
            at: 0,
            data: { jobId: job.id },
          },
        ],
        result: (instance) => instance.id,
      };
    },
  };
}

describe('batches of instance commands (one transaction for many instances)', () => {
  const engine = useTestEngine(import.meta.url, 'cooldown.bpmn');
  let t: TestEngine;
  let instances: InstanceRecord[];
  let jobs: JobRecord[];
  beforeEach(async () => {
    t = engine();
    instances = [];
    for (let i = 0; i < 3; i++) instances.push(await start(t.ctx, 'cooldown'));
    jobs = [];
    for (const i of instances) jobs.push(...(await findOpenJobsOfInstance(t.ctx.db, i.id)));
  });

  const firedCount = async (id: string) =>
    (await instanceHistory(t.ctx, id)).filter((h) => h.type === 'timer.fired').length;

  it('given three due timers, then one batch fires them all and each instance moves on by one version', async () => {
    t.clock.advance(60_000);
    const claimed = await claimDueJobs(t.ctx.db, JobType.TIMER, t.clock.now(), 'node-a', 60_000, 10);
    assert.deepEqual(await fireTimerJobs(t.ctx, claimed, 'node-a'), ['FIRED', 'FIRED', 'FIRED']);
    for (const i of instances) {
      assert.deepEqual(await openElementIds(t.ctx, i.id), ['review']);
      assert.equal((await reload(t.ctx, i.id)).version, i.version + 1);
      assert.equal(await firedCount(i.id), 1);
      assert.deepEqual(await findOpenJobsOfInstance(t.ctx.db, i.id), []);
    }
  });

  it('given an engine thread, then the batch fires the timers there and stores what the main thread would: tasks, history, versions', async () => {
    t.clock.advance(60_000);
    const pool = makeEnginePool(t.ctx, 1);
    const answers: boolean[] = [];
    const watched = {
      ...pool,
      run: async (r: Parameters<typeof pool.run>[0]) => pool.run(r).then((a) => (answers.push(a.ok), a)),
    };
    try {
      const claimed = await claimDueJobs(t.ctx.db, JobType.TIMER, t.clock.now(), 'node-a', 60_000, 10);
      assert.deepEqual(await fireTimerJobs(t.ctx, claimed, 'node-a', watched), ['FIRED', 'FIRED', 'FIRED']);
    } finally {
      await pool.close();
    }
    assert.deepEqual(answers, [true, true, true], 'the thread ran all three');
    const local = await start(t.ctx, 'cooldown');
    t.clock.advance(60_000);
    await fireTimerJobs(
      t.ctx,
      await claimDueJobs(t.ctx.db, JobType.TIMER, t.clock.now(), 'node-a', 60_000, 10),
      'node-a',
    );
    const shape = async (id: string) => ({
      instance: (({ state, version, activeElementIds, variables }) => ({
        state,
        version,
        activeElementIds,
        variables,
      }))(await reload(t.ctx, id)),
      history: (await instanceHistory(t.ctx, id)).map((h) => [
        h.type,
        h.elementId,
        h.type === 'timer.fired' ? (h.data as any).firedOnResume : null,
      ]),
    });
    const expected = await shape(local.id);
    assert.deepEqual(expected.instance.activeElementIds, ['review']);
    for (const i of instances) assert.deepEqual(await shape(i.id), expected);
  });

  it('given another command writing one instance while the batch works, then the batch rolls back and every command runs again alone, each landing once', async () => {
    const runs = new Map<string, number>();
    const [a, b, c] = jobs as [JobRecord, JobRecord, JobRecord];
    // While b's engine works, a's row changes under the batch (a racing command on a).
    const race = () => t.ctx.db('process_instances').where({ id: a.instanceId }).increment('version', 1);
    const outcomes = await runInstanceCommands(t.ctx, [
      fire(a, runs),
      fire(b, runs, async () => (runs.get(b.instanceId as string) === 1 ? race() : undefined)),
      fire(c, runs),
    ]);
    assert.deepEqual(outcomes, [
      { ok: true, value: a.instanceId },
      { ok: true, value: b.instanceId },
      { ok: true, value: c.instanceId },
    ]);
    assert.deepEqual([...runs.values()], [2, 2, 2], 'prepared in the batch, then once more alone');
    for (const i of instances) {
      assert.deepEqual(await openElementIds(t.ctx, i.id), ['review']);
      assert.equal(await firedCount(i.id), 1, 'the rolled-back batch left nothing behind');
    }
  });

  it('given a command that fails and a second command on the same instance, then the others land, the failure is returned, and the second runs after the first', async () => {
    const runs = new Map<string, number>();
    const [a, b] = jobs as [JobRecord, JobRecord];
    const broken: BatchCommand<string> = {
      instanceId: b.instanceId as string,
      actor: SYSTEM_ACTOR,
      act: async () => Promise.reject(new Error('no such element')),
    };
    const again: BatchCommand<string> = {
      ...fire(a, runs),
      act: async (run, loaded) => ({ result: () => `${loaded.version}:${run.armedTimers().length}` }),
    };
    const outcomes = await runInstanceCommands(t.ctx, [fire(a, runs), broken, again]);
    assert.deepEqual(outcomes[0], { ok: true, value: a.instanceId });
    assert.equal(outcomes[1]?.ok, false);
    assert.match(String((outcomes[1] as { error: Error }).error.message), /no such element/);
    assert.deepEqual(
      outcomes[2],
      { ok: true, value: `${(instances[0] as InstanceRecord).version + 1}:0` },
      'the second command saw the first one committed',
    );
    assert.deepEqual(await openElementIds(t.ctx, b.instanceId as string), [], 'the failed command changed nothing');
    assert.equal(await firedCount(b.instanceId as string), 0);
  });
});
