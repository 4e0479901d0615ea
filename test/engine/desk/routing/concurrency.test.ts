import { strict as assert } from 'node:assert';
import {
  acceptReservation,
  claimTask,
  completeTask,
  makeEngineContext,
  makeLogger,
  nextTask,
  rejectReservation,
  setPresence,
  getPendingReservationsOfAgent,
  type EngineContext,
  type Router,
  type TaskRecord,
} from '../../../../engine/index.ts';
import { agentLoads, listAgents, OPEN_TASK_STATES } from '../../../../models/index.ts';
import { actorFor } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { deployFixture } from '../../../support/scenario.ts';
import { agent, startRouter, startWork } from '../../../support/routing.ts';

const settle = (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e) => e.code ?? String(e),
  );

/** Asserts the two invariants: no task has two holders or two pending offers, no agent holds more than its capacity. */
async function assertInvariants(ctx: EngineContext): Promise<void> {
  const db = ctx.db;
  const doubleOffers = await db('reservations')
    .select('task_id')
    .count({ n: '*' })
    .where({ state: 'PENDING' })
    .groupBy('task_id')
    .having(db.raw('count(*) > 1'));
  assert.deepEqual(doubleOffers, [], 'a task offered twice');
  const heldAndOffered = await db('reservations')
    .join('tasks', 'tasks.id', 'reservations.task_id')
    .where('reservations.state', 'PENDING')
    .whereNot('tasks.state', 'RESERVED')
    .select('tasks.id');
  assert.deepEqual(heldAndOffered, [], 'a pending offer of a task that is not RESERVED');
  const agents = await listAgents(db);
  const loads = await agentLoads(
    db,
    agents.map((a) => a.id),
  );
  for (const a of agents) {
    const load = loads.get(a.id)!;
    assert.ok(load.active <= a.capacity.total, `${a.id} holds ${load.active} > total ${a.capacity.total}`);
    for (const channel of ['BACKOFFICE', 'VOICE'] as const)
      assert.ok(load.byChannel[channel] <= a.capacity[channel], `${a.id} over ${channel} capacity`);
  }
  const open = await db('tasks')
    .whereIn('state', [...OPEN_TASK_STATES])
    .whereNotNull('assignee_id')
    .whereNotIn('state', ['ASSIGNED', 'PAUSED'])
    .select('id');
  assert.deepEqual(open, [], 'an assignee on a task that is not held');
}

describe('never twice, never over capacity', function () {
  this.timeout(60_000);
  let t: TestEngine;
  let other: EngineContext;
  let router: Router;
  const agents = ['a1', 'a2', 'a3', 'a4'];

  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await deployFixture(t.ctx, import.meta.url, 'routed-task.bpmn');
    for (const id of agents) await agent(t.ctx, id, 'billing:5', { BACKOFFICE: 2, total: 2 });
    other = makeEngineContext({ db: await t.testDb.reopen(), clock: t.clock, logger: makeLogger('silent') });
  });
  afterEach(async () => {
    await router?.stop();
    await t.close();
  });

  it('given two nodes, when agents claim, pull and complete the same tasks at once, then no task has two holders and nobody exceeds capacity', async () => {
    const tasks: TaskRecord[] = [];
    for (let i = 0; i < 12; i++) tasks.push(await startWork(t.ctx, { ref: String(i), skills: 'billing:2' }));
    const nodes = [t.ctx, other];
    const attempts = agents.flatMap((id, i) => [
      ...tasks.map((task, j) => settle(claimTask(nodes[(i + j) % 2], actorFor(id), task.id))),
      settle(nextTask(nodes[i % 2], actorFor(id))),
      settle(nextTask(nodes[(i + 1) % 2], actorFor(id))),
    ]);
    const results = await Promise.all(attempts);
    assert.ok(
      results.every((r) => ['OK', 'TASK_NOT_CLAIMABLE', 'CONFLICT'].includes(r)),
      results.join(),
    );
    await assertInvariants(t.ctx);
    const held = await t.ctx.db('tasks').where({ state: 'ASSIGNED' }).select('id', 'assignee_id');
    assert.equal(held.length, 8, 'four agents with room for two each fill up');
    const completions = held.flatMap((row: any) => [
      settle(completeTask(t.ctx, actorFor(row.assignee_id), row.id, {})),
      settle(completeTask(other, actorFor(row.assignee_id), row.id, {})),
    ]);
    const done = await Promise.all(completions);
    assert.equal(done.filter((r) => r === 'OK').length, 8, done.join());
    await assertInvariants(t.ctx);
  });

  it('given offers, when agents accept, reject and log out at once with a router running, then every task ends up held once or queued', async () => {
    router = await startRouter(t.ctx);
    for (const id of agents) await setPresence(t.ctx, actorFor(id), { state: 'AVAILABLE' });
    const tasks: TaskRecord[] = [];
    for (let i = 0; i < 10; i++) tasks.push(await startWork(t.ctx, { ref: String(i) }));
    await router.settle();
    const offers = (await Promise.all(agents.map((id) => getPendingReservationsOfAgent(t.ctx, id)))).flat();
    assert.equal(offers.length, 8);
    const storm = offers.flatMap((offer, i) => [
      settle(acceptReservation(i % 2 ? other : t.ctx, actorFor(offer.agentId), offer.id)),
      settle(
        i % 3 === 0
          ? rejectReservation(other, actorFor(offer.agentId), offer.id, 'race')
          : acceptReservation(other, actorFor(offer.agentId), offer.id),
      ),
      settle(claimTask(other, actorFor(agents[(i + 1) % agents.length]), offer.taskId)),
    ]);
    storm.push(settle(setPresence(other, actorFor('a4'), { state: 'OFFLINE' })));
    const results = await Promise.all(storm);
    assert.ok(
      results.every((r) => ['OK', 'TASK_NOT_CLAIMABLE', 'CONFLICT'].includes(r)),
      results.join(),
    );
    await router.settle();
    await assertInvariants(t.ctx);
    const states = await t.ctx
      .db('tasks')
      .whereIn(
        'id',
        tasks.map((x) => x.id),
      )
      .select('state', 'assignee_id');
    assert.equal(states.length, 10, 'no task lost');
    assert.ok(states.every((s: any) => ['QUEUED', 'RESERVED', 'ASSIGNED'].includes(s.state)));
    assert.ok(
      states.every((s: any) => s.assignee_id !== 'a4'),
      'the agent who logged out holds nothing',
    );
  });
});
