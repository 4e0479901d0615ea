import { strict as assert } from 'node:assert';
import {
  getPendingReservationsOfAgent,
  getTask,
  LeadershipLost,
  makeLeadingRouter,
  setPresence,
  type Leadership,
  type NodeRole,
  type LeadingRouter,
} from '../../../../engine/index.ts';
import { actorFor } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { deployFixture } from '../../../support/scenario.ts';
import { agent, queue, startWork } from '../../../support/routing.ts';

/** A leadership the test moves by hand; its fence passes only while `fenceOpen`. */
function manualLeadership() {
  let role: NodeRole = 'standby';
  let term = 0;
  const listeners = new Set<(role: NodeRole, term: number) => void>();
  const state = {
    fenceOpen: true,
    fenced: 0,
    set(next: NodeRole, nextTerm: number) {
      role = next;
      term = nextTerm;
      for (const l of listeners) l(role, term);
    },
  };
  const leadership: Leadership = {
    role: () => role,
    term: () => term,
    async fence() {
      state.fenced += 1;
      if (!state.fenceOpen) throw new LeadershipLost(term);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: async () => undefined,
    stop: async () => undefined,
  };
  return { leadership, state };
}

describe('leading router', () => {
  let t: TestEngine;
  let router: LeadingRouter;
  const sleep = { sleep: () => () => undefined };

  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await deployFixture(t.ctx, import.meta.url, 'routed-task.bpmn');
    await queue(t.ctx, { name: 'backoffice', reservationTimeoutSeconds: 30 });
    await agent(t.ctx, 'ann', 'billing:4');
    await setPresence(t.ctx, actorFor('ann'), { state: 'AVAILABLE' });
  });
  afterEach(async () => {
    await router.stop();
    await t.close();
  });

  it('routes only while its node leads: a standby offers nothing, the leader rebuilds from rows and offers', async () => {
    const { leadership, state } = manualLeadership();
    router = makeLeadingRouter(t.ctx, leadership, sleep);
    await router.start();
    const task = await startWork(t.ctx, { skills: 'billing:3' });
    await router.settle();
    assert.equal((await getTask(t.ctx, task.id))?.state, 'QUEUED');
    assert.deepEqual(router.figures(), { waiting: 0, agents: 0, agenda: 0 });
    state.set('leader', 1);
    await router.settle();
    assert.equal((await getPendingReservationsOfAgent(t.ctx, 'ann'))[0]?.taskId, task.id);
    assert.ok(state.fenced >= 1, 'the offer checked the fence');
    state.set('standby', 1);
    await router.settle();
    const second = await startWork(t.ctx, { skills: 'billing:3' });
    await router.settle();
    assert.equal((await getTask(t.ctx, second.id))?.state, 'QUEUED');
  });

  it('given a refused fence, then the offer is not written and the task stays queued', async () => {
    const { leadership, state } = manualLeadership();
    state.set('leader', 1);
    state.fenceOpen = false;
    router = makeLeadingRouter(t.ctx, leadership, sleep);
    await router.start();
    const task = await startWork(t.ctx, { skills: 'billing:3' });
    await router.settle();
    assert.ok(state.fenced >= 1);
    assert.equal((await getTask(t.ctx, task.id))?.state, 'QUEUED');
    assert.deepEqual(await getPendingReservationsOfAgent(t.ctx, 'ann'), []);
  });
});
