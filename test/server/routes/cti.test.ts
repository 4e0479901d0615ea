import { strict as assert } from 'node:assert';
import { getAgent, makeManualClock, signCtiBody, type ManualClock } from '../../../engine/index.ts';
import { findCallTask } from '../../../models/index.ts';
import { agent, queue } from '../../support/routing.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';

const SECRET = 'cti-webhook-secret';

describe('CTI webhook: one answer per event', function () {
  this.timeout(30_000);
  let s: TestServer;
  let clock: ManualClock;
  beforeEach(async () => {
    clock = makeManualClock(Date.now());
    s = await startTestServer({ CROSSDESK_CTI_SECRET: SECRET }, { clock });
    await queue(s.server.engine, { name: 'hotline', channel: 'VOICE', slaSeconds: 20 });
    await agent(s.server.engine, 'ann', '', { VOICE: 1, BACKOFFICE: 1, total: 1 });
  });
  afterEach(() => s.close());

  /** Delivers a signed batch; answers the HTTP status and the results. */
  async function deliver(events: unknown): Promise<{ status: number; results: any[] }> {
    const body = JSON.stringify(events);
    const now = clock.now();
    const res = await fetch(`${s.server.url}/cti/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-crossdesk-timestamp': String(now),
        'x-crossdesk-signature': signCtiBody(SECRET, now, body),
      },
      body,
    });
    const text = await res.text();
    return { status: res.status, results: res.status === 200 ? JSON.parse(text).results : [] };
  }
  const presence = async () => (await getAgent(s.server.engine, 'ann'))?.presence;

  it('given a batch with malformed events, then each is REJECTED with a reason while the valid ones apply, and the delivery is a 200', async () => {
    const at = clock.now();
    const { status, results } = await deliver([
      { eventId: 'e1', type: 'AGENT_LOGIN', agentId: 'ann', at },
      { eventId: 'e2', type: 'CALL_OFFERED', callId: { nested: true }, queue: 'hotline', at },
      { eventId: 'e3', type: 'AGENT_READY', agentId: 'ann', at: at + 1 },
      { eventId: 'e4', type: 'CALL_TELEPORTED', at },
      'not an event',
      { eventId: 'e5', type: 'CALL_OFFERED', callId: 'c1', queue: 'hotline', skills: 'english', at },
      { eventId: 'e6', type: 'CALL_OFFERED', callId: 'c2', queue: 'hotline', at: 'yesterday' },
      { eventId: 'e7', type: 'CALL_OFFERED', callId: 'c3', queue: 'hotline', at },
    ]);
    assert.equal(status, 200);
    assert.deepEqual(
      results.map((r) => [r.outcome, r.error?.field ?? null]),
      [
        ['APPLIED', null],
        ['REJECTED', 'callId'],
        ['APPLIED', null],
        ['REJECTED', 'type'],
        ['REJECTED', 'event'],
        ['REJECTED', 'skills'],
        ['REJECTED', 'at'],
        ['APPLIED', null],
      ],
    );
    assert.deepEqual(
      results.map((r) => r.index),
      [0, 1, 2, 3, 4, 5, 6, 7],
    );
    assert.equal(results[1].error.code, 'BAD_USER_INPUT');
    assert.match(results[1].reason, /callId must be a non-empty string/);
    assert.equal(await presence(), 'AVAILABLE');
    assert.ok(await findCallTask(s.server.engine.db, 'c3'), 'valid events after rejected ones still apply');
    assert.equal(await findCallTask(s.server.engine.db, 'c1'), undefined);
  });

  it('given a resend without eventId, then without `at` it is refused both times, and with `at` it is applied once', async () => {
    const login = { type: 'AGENT_LOGIN', agentId: 'ann' };
    for (let i = 0; i < 2; i++) {
      const { results } = await deliver([login]);
      assert.deepEqual(
        [results[0].outcome, results[0].error.code, results[0].error.field],
        ['REJECTED', 'BAD_USER_INPUT', 'at'],
      );
      clock.advance(1000);
    }
    assert.equal(await presence(), 'OFFLINE', 'nothing applied');
    const offer = { type: 'CALL_OFFERED', callId: 'c9', queue: 'hotline', at: new Date(clock.now()).toISOString() };
    const first = await deliver([offer]);
    clock.advance(1000);
    const resent = await deliver([offer]);
    assert.deepEqual([first.results[0].outcome, resent.results[0].outcome], ['APPLIED', 'DUPLICATE']);
    assert.equal(first.results[0].eventId, resent.results[0].eventId);
    const rows = await s.server.engine.db('tasks').where({ call_id: 'c9' });
    assert.equal(rows.length, 1);
  });
  it('given a CALL_OFFERED re-sent (another event id) after its call ended, then it is acknowledged as DUPLICATE and no second task exists', async () => {
    const at = clock.now();
    const first = await deliver([
      { eventId: 'o1', type: 'CALL_OFFERED', callId: 'c5', queue: 'hotline', at },
      { eventId: 'x1', type: 'CALL_ENDED', callId: 'c5', at: at + 2000 },
    ]);
    assert.deepEqual(
      first.results.map((r) => r.outcome),
      ['APPLIED', 'APPLIED'],
    );
    clock.advance(5000);
    const resent = await deliver([
      { eventId: 'o2', type: 'CALL_OFFERED', callId: 'c5', queue: 'hotline', at },
      { eventId: 'o3', type: 'CALL_OFFERED', callId: 'c5', queue: 'hotline', at: clock.now() },
    ]);
    assert.equal(resent.status, 200);
    assert.deepEqual(
      resent.results.map((r) => [r.outcome, r.error?.code ?? null, r.taskId]),
      [
        ['DUPLICATE', null, first.results[0].taskId],
        ['DUPLICATE', null, first.results[0].taskId],
      ],
    );
    const rows = await s.server.engine.db('tasks').where({ call_id: 'c5' });
    assert.deepEqual(
      rows.map((r) => r.state),
      ['CANCELLED'],
    );
  });
  it('given the router offering a call to one agent, when the platform says another answered it, then that one holds it and the offer is rescinded', async () => {
    await agent(s.server.engine, 'yuki', '', { VOICE: 1, BACKOFFICE: 1, total: 1 });
    const at = clock.now();
    const ready = ['ann', 'yuki'].flatMap((id, n) => [
      { eventId: `l-${id}`, type: 'AGENT_LOGIN', agentId: id, at: at + n },
      { eventId: `r-${id}`, type: 'AGENT_READY', agentId: id, at: at + n + 1 },
    ]);
    await deliver([...ready, { eventId: 'o1', type: 'CALL_OFFERED', callId: 'c7', queue: 'hotline', at: at + 10 }]);
    await s.server.router.settle();
    const offered = await s.server.engine.db('reservations').where({ state: 'PENDING' });
    assert.equal(offered.length, 1, 'the router offered the call');
    const other = offered[0].agent_id === 'ann' ? 'yuki' : 'ann';
    const { results } = await deliver([
      { eventId: 'a1', type: 'CALL_ANSWERED', callId: 'c7', agentId: other, at: at + 20 },
    ]);
    assert.deepEqual([results[0].outcome, results[0].error], ['APPLIED', undefined]);
    await s.server.router.settle();
    const task = await findCallTask(s.server.engine.db, 'c7');
    assert.deepEqual([task?.state, task?.assigneeId], ['ASSIGNED', other]);
    const rows = await s.server.engine.db('reservations').where({ task_id: task?.id });
    assert.deepEqual(
      rows.map((r) => [r.agent_id, r.state, r.reason]),
      [[offered[0].agent_id, 'RESCINDED', `answered by ${other}`]],
    );
  });
});
