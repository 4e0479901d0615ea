import { strict as assert } from 'node:assert';
import {
  acceptReservation,
  cancelProcessInstance,
  completeTask,
  getPendingReservationsOfAgent,
  getReservations,
  makeRouter,
  rejectReservation,
  setPresence,
  type Router,
} from '../../../../engine/index.ts';
import { makeSqlRoutingStore } from '../../../../engine/desk/routing/routing-store.ts';
import { actorFor, actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { deployFixture } from '../../../support/scenario.ts';
import { agent, queue, startRouter, startWork } from '../../../support/routing.ts';

describe('warm standby router', () => {
  let t: TestEngine;
  const routers: Router[] = [];
  const sleep = { sleep: () => () => undefined };
  const standbyRouter = async (options = {}) => {
    const router = makeRouter(t.ctx, { ...sleep, ...options });
    routers.push(router);
    await router.warm();
    return router;
  };

  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await deployFixture(t.ctx, import.meta.url, 'routed-task.bpmn');
    await queue(t.ctx, { name: 'backoffice', reservationTimeoutSeconds: 30 });
    await agent(t.ctx, 'ann', 'billing:4', { BACKOFFICE: 2, total: 2 });
    await agent(t.ctx, 'bob', 'billing:2', { BACKOFFICE: 1, total: 1 });
    await agent(t.ctx, 'cy', 'spanish:3');
  });
  afterEach(async () => {
    for (const r of routers.splice(0)) await r.stop();
    await t.close();
  });

  it('given offers, a decline, an acceptance, a completion, a cancellation and an agent change, then the warm index equals a fresh rebuild; taken over, it keeps the decline and times out the dead leader’s offers', async () => {
    const leader = await startRouter(t.ctx);
    routers.push(leader);
    const standby = await standbyRouter();
    for (const id of ['ann', 'bob']) await setPresence(t.ctx, actorFor(id), { state: 'AVAILABLE' });
    const tasks = [];
    for (const spec of [
      { skills: 'billing:3', priority: 90 },
      { skills: 'billing:1', priority: 80 },
      { skills: 'billing:1', priority: 70 },
      { skills: 'spanish:2' },
      { skills: 'billing:3' },
      { skills: 'billing:1' },
    ])
      tasks.push(await startWork(t.ctx, spec));
    await leader.settle();
    const [declined, taken] = await getPendingReservationsOfAgent(t.ctx, 'ann');
    await rejectReservation(t.ctx, actorFor('ann'), declined.id, 'not mine');
    await acceptReservation(t.ctx, actorFor('ann'), taken.id);
    await completeTask(t.ctx, actorFor('ann'), taken.taskId, {});
    await cancelProcessInstance(t.ctx, actors.supervisor, tasks[3].instanceId as string, 'withdrawn');
    await agent(t.ctx, 'cy', 'spanish:3 billing:1');
    await leader.settle();
    await standby.settle();

    const fresh = await standbyRouter();
    assert.deepEqual(standby.snapshot(), fresh.snapshot());
    const warm = standby.snapshot();
    // The declined task waits (only ann qualifies at its level), remembered as declined by her.
    assert.deepEqual(
      warm.waiting.map((w) => [w.task.id, w.declinedBy]),
      [[declined.taskId, ['ann']]],
    );
    assert.deepEqual(
      warm.agents
        .find((a) => a.agent.id === 'cy')
        ?.agent.skills.map((s) => s.name)
        .sort(),
      ['billing', 'spanish'],
    );

    // The leader dies with offers pending; the standby takes over from its warm index.
    const pending = [
      ...(await getPendingReservationsOfAgent(t.ctx, 'ann')),
      ...(await getPendingReservationsOfAgent(t.ctx, 'bob')),
    ];
    assert.ok(pending.length >= 1, 'the dead leader left offers pending');
    await leader.stop();
    await standby.start();
    await standby.settle();
    assert.equal(standby.startedFrom(), 'warm');
    assert.ok(!(await getPendingReservationsOfAgent(t.ctx, 'ann')).some((r) => r.taskId === declined.taskId));
    t.clock.advance(31_000);
    await standby.runDue();
    await standby.settle();
    const ended = await getReservations(
      t.ctx,
      pending.map((r) => r.id),
    );
    assert.deepEqual(
      ended.map((r) => r.state),
      pending.map(() => 'TIMED_OUT'),
    );
  });

  it('given a change the standby never heard, then the takeover re-reads that task by its version', async () => {
    const standby = await standbyRouter();
    const task = await startWork(t.ctx, { skills: 'billing:3', priority: 10 });
    await standby.settle();
    await t.ctx
      .db('tasks')
      .where({ id: task.id })
      .update({ priority: 60, version: task.version + 1 });
    await standby.start();
    const entry = standby.snapshot().waiting.find((w) => w.task.id === task.id);
    assert.equal(standby.startedFrom(), 'warm');
    assert.deepEqual([entry?.task.version, entry?.task.priority], [task.version + 1, 60]);
  });

  it('given a standby pass that failed, then the takeover rebuilds from the rows and routes', async () => {
    const store = makeSqlRoutingStore(t.ctx);
    let failures = 1;
    const standby = await standbyRouter({
      store: {
        ...store,
        tasks: (ids: readonly string[]) => (failures-- > 0 ? Promise.reject(new Error('lost')) : store.tasks(ids)),
      },
    });
    await setPresence(t.ctx, actorFor('ann'), { state: 'AVAILABLE' });
    const task = await startWork(t.ctx, { skills: 'billing:3' });
    await t.ctx
      .db('tasks')
      .where({ id: task.id })
      .update({ version: task.version + 1 });
    await startWork(t.ctx, { skills: 'billing:3', ref: 'heard' });
    await standby.settle();
    await standby.start();
    await standby.settle();
    assert.equal(standby.startedFrom(), 'rebuild');
    assert.equal((await getPendingReservationsOfAgent(t.ctx, 'ann')).length, 2);
  });
});
