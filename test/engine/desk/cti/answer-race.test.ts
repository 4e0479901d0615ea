import { strict as assert } from 'node:assert';
import { applyCtiEvent, offerTask, type CtiEventInput, type TaskRecord } from '../../../../engine/index.ts';
import { findCallTask, isPostgres } from '../../../../models/index.ts';
import { actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { agent, queue } from '../../../support/routing.ts';

/**
 * CALL_ANSWERED while the router offers the same call to someone else: whichever commits first, the
 * platform's word wins (the call is the answering agent's, the router's offer is rescinded), never an
 * internal error, never two holders.
 */
describe('CTI answer racing the router', () => {
  let t: TestEngine;
  const cti = (input: CtiEventInput) => applyCtiEvent(t.ctx, actors.integrator, { at: t.clock.now(), ...input });
  const decision = (agentId: string) => ({
    rule: 'best-skill-fit-then-longest-idle' as const,
    chosen: agentId,
    at: t.clock.now(),
    considered: [{ agentId }],
    excludedCounts: {},
  });

  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await queue(t.ctx, { name: 'hotline', channel: 'VOICE', slaSeconds: 20, reservationTimeoutSeconds: 15 });
    for (const id of ['ann', 'yuki']) {
      await agent(t.ctx, id, '', { VOICE: 1, BACKOFFICE: 1, total: 1 });
      await cti({ type: 'AGENT_LOGIN', agentId: id });
      await cti({ type: 'AGENT_READY', agentId: id });
    }
  });
  afterEach(() => t.close());

  it('given the router offering the call to ann at any moment of yuki answering it, then yuki holds it and ann has no offer', async () => {
    // The offer starts after `delay` x 4 microtask turns: from before the answer reads the task to after it wrote.
    // On PostgreSQL each statement is real I/O, so the two interleave by the server's timing: fewer tries.
    const tries = isPostgres(t.ctx.db) ? 8 : 32;
    for (let delay = 0; delay < tries; delay++) {
      const callId = `race-${delay}`;
      await cti({ type: 'CALL_OFFERED', callId, queue: 'hotline' });
      const queued = (await findCallTask(t.ctx.db, callId)) as TaskRecord;
      const answer = cti({ type: 'CALL_ANSWERED', callId, agentId: 'yuki' });
      const offer = (async () => {
        for (let i = 0; i < delay * 4; i++) await null;
        return offerTask(t.ctx, queued, 'ann', decision('ann'));
      })();
      const [answered] = await Promise.all([answer, offer]);
      assert.equal(answered.outcome, 'APPLIED', `delay ${delay}`);
      const task = (await findCallTask(t.ctx.db, callId)) as TaskRecord;
      assert.deepEqual([task.state, task.assigneeId, task.call?.answeredAt !== null], ['ASSIGNED', 'yuki', true]);
      const pending = await t.ctx.db('reservations').where({ task_id: task.id, state: 'PENDING' });
      assert.deepEqual(pending, [], `delay ${delay}: no offer left open`);
      t.clock.advance(1000);
    }
  });

  it('given the call already offered to ann, when yuki answers it, then the offer is rescinded and yuki holds the call', async () => {
    await cti({ type: 'CALL_OFFERED', callId: 'c1', queue: 'hotline' });
    const queued = (await findCallTask(t.ctx.db, 'c1')) as TaskRecord;
    assert.ok(await offerTask(t.ctx, queued, 'ann', decision('ann')));
    const answered = await cti({ type: 'CALL_ANSWERED', callId: 'c1', agentId: 'yuki' });
    assert.deepEqual([answered.task?.state, answered.task?.assigneeId], ['ASSIGNED', 'yuki']);
    const rows = await t.ctx.db('reservations').where({ task_id: queued.id });
    assert.deepEqual(
      rows.map((r) => [r.agent_id, r.state]),
      [['ann', 'RESCINDED']],
    );
  });
});
