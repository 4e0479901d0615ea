import { strict as assert } from 'node:assert';
import {
  applyCtiEvent,
  getAgent,
  getPendingReservationsOfAgent,
  type CtiEventInput,
  type Router,
} from '../../../../engine/index.ts';
import { findCallTask } from '../../../../models/index.ts';
import { actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { agent, queue, startRouter } from '../../../support/routing.ts';

describe('CTI events out of order', () => {
  let t: TestEngine;
  let router: Router;
  const cti = (input: CtiEventInput) => applyCtiEvent(t.ctx, actors.integrator, { at: t.clock.now(), ...input });

  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await queue(t.ctx, { name: 'hotline', channel: 'VOICE', slaSeconds: 20, reservationTimeoutSeconds: 15 });
    router = await startRouter(t.ctx);
    await agent(t.ctx, 'yuki', '', { VOICE: 1, BACKOFFICE: 1, total: 1 });
    await cti({ type: 'AGENT_LOGIN', agentId: 'yuki' });
    await cti({ type: 'AGENT_READY', agentId: 'yuki' });
  });
  afterEach(async () => {
    await router.stop();
    await t.close();
  });

  it('given CALL_ENDED before its CALL_OFFERED, then the call is recorded as abandoned and never offered to the free agent', async () => {
    const offeredAt = t.clock.now();
    const ended = await cti({ type: 'CALL_ENDED', callId: 'ghost', at: offeredAt + 5000 });
    assert.equal(ended.outcome, 'APPLIED');
    t.clock.advance(6000);
    const offered = await cti({ type: 'CALL_OFFERED', callId: 'ghost', queue: 'hotline', at: offeredAt });
    assert.equal(offered.outcome, 'APPLIED');
    assert.equal(offered.task?.state, 'CANCELLED');
    await router.settle();
    assert.deepEqual(await getPendingReservationsOfAgent(t.ctx, 'yuki'), [], 'no offer of a call that is over');
    assert.equal((await getAgent(t.ctx, 'yuki'))?.presence, 'AVAILABLE');
    assert.equal(await findCallTask(t.ctx.db, 'ghost'), undefined, 'no open call');
    const rows = await t.ctx.db('tasks').where({ call_id: 'ghost' });
    assert.deepEqual(
      rows.map((r) => [r.state, r.assignee_id]),
      [['CANCELLED', null]],
    );
    const late = await cti({ type: 'CALL_ANSWERED', callId: 'ghost', agentId: 'yuki', at: offeredAt + 2000 });
    assert.equal(late.outcome, 'STALE', 'an answer from before the end changes nothing');
    assert.equal((await getAgent(t.ctx, 'yuki'))?.presence, 'AVAILABLE');
  });
});
