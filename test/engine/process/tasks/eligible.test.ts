import { strict as assert } from 'node:assert';
import {
  claimTask,
  completeTask,
  offerTask,
  queryTasks,
  requestCallback,
  setPresence,
  TaskSort,
  type Actor,
  type TaskRecord,
} from '../../../../engine/index.ts';
import { actorFor, actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { deployFixture } from '../../../support/scenario.ts';
import { agent, startWork } from '../../../support/routing.ts';

const decision = (agentId: string) => ({
  rule: 'supervisor' as const,
  chosen: agentId,
  at: 0,
  considered: [],
  excludedCounts: {},
});

describe('tasks eligible for the viewer ("Available to me")', () => {
  let t: TestEngine;
  const ids: Record<string, string> = {};

  const eligible = async (actor: Actor) =>
    (
      await queryTasks(t.ctx, { eligibleFor: { userId: actor.userId, groups: actor.groups } }, TaskSort.CREATED, 0, 100)
    ).rows.map((task: TaskRecord) => Object.keys(ids).find((k) => ids[k] === task.id) ?? task.id);

  before(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await deployFixture(t.ctx, import.meta.url, 'routed-task.bpmn');
    // nova takes back-office work only: no voice capacity at all.
    await agent(t.ctx, 'nova', 'billing:5', { VOICE: 0, BACKOFFICE: 5, total: 5 }, ['backoffice']);
    await setPresence(t.ctx, actors.expert, { state: 'AVAILABLE' });
    await setPresence(t.ctx, actors.expert2, { state: 'AVAILABLE' });
    const work = async (name: string, spec: Parameters<typeof startWork>[1] = {}) =>
      (ids[name] = (await startWork(t.ctx, { ref: name, ...spec })).id);
    await work('open');
    await work('heldByOther');
    await claimTask(t.ctx, actors.expert2, ids.heldByOther);
    await work('reservedForOther');
    assert.ok(await offerTask(t.ctx, { ...(await task(ids.reservedForOther)) }, 'expert2', decision('expert2')));
    await work('reservedForMe');
    assert.ok(await offerTask(t.ctx, { ...(await task(ids.reservedForMe)) }, 'expert', decision('expert')));
    await work('mine');
    await claimTask(t.ctx, actors.expert, ids.mine);
    await work('done');
    await claimTask(t.ctx, actors.expert, ids.done);
    await completeTask(t.ctx, actors.expert, ids.done, {});
    await work('skillTooHigh', { skills: 'spanish:9' });
    await work('otherGroup', { groups: 'sales' });
    const now = t.clock.now();
    ids.callbackLater = (
      await requestCallback(t.ctx, actors.supervisor, {
        phone: '+4930111',
        queue: 'callbacks',
        windowStart: now + 3_600_000,
        windowEnd: now + 7_200_000,
      })
    ).id;
    ids.callbackNow = (
      await requestCallback(t.ctx, actors.supervisor, {
        phone: '+4930222',
        queue: 'callbacks',
        windowEnd: now + 600_000,
      })
    ).id;
  });
  after(() => t.close());

  async function task(id: string): Promise<TaskRecord> {
    return (await queryTasks(t.ctx, {}, TaskSort.CREATED, 0, 100)).rows.find((r) => r.id === id) as TaskRecord;
  }

  it('lists what the viewer can take now and what it already holds, never work held by or offered to someone else', async () => {
    assert.deepEqual((await eligible(actors.expert)).sort(), ['callbackNow', 'mine', 'open', 'reservedForMe'].sort());
  });

  it('leaves out channels the viewer has no capacity for at all', async () => {
    assert.deepEqual(await eligible(actorFor('nova', ['backoffice'])), ['open']);
  });

  it('agrees with claimTask: everything listed as open can be claimed, nothing else can', async () => {
    for (const name of ['heldByOther', 'reservedForOther', 'skillTooHigh', 'otherGroup', 'callbackLater', 'done']) {
      await assert.rejects(claimTask(t.ctx, actorFor('nova', ['backoffice']), ids[name]), /./, name);
    }
  });
});
