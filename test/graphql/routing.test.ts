import { strict as assert } from 'node:assert';
import { makeManualClock, signCtiBody, type ManualClock } from '../../engine/index.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { subscribe, waitFor } from './http-helpers.ts';
import { sharedFixture } from '../support/fixtures.ts';

const fixture = sharedFixture('routed-task.bpmn');
const SECRET = 'cti-shared-secret';

const DEPLOY = 'mutation($xml: String!) { deployProcess(input: { name: "routed", bpmnXml: $xml }) { id } }';
const START = 'mutation($v: JSON) { startProcess(input: { key: "routed", variables: $v }) { id tasks { id } } }';
const AGENT = `mutation($input: AgentInput!) { upsertAgent(input: $input) { id skills { name level } capacity { VOICE BACKOFFICE total } presence } }`;
const PRESENCE = 'mutation($s: Presence!) { setPresence(input: { state: $s }) { id presence } }';
const CTI =
  'mutation($input: CtiEventInput!) { ctiEvent(input: $input) { eventId outcome task { id state channel kind } agent { id presence } } }';
const ME =
  '{ agent(id: "ann") { presence load { VOICE BACKOFFICE total } reservations { id expiresAt task { id kind } } tasks { id state } } }';
const TASK = `query($id: ID!) { task(id: $id) { id state kind channel handlingSeconds effectivePriority enqueuedAt routingDecision
  assignee { id } reservation { id state agent { id } expiresAt } } }`;

const vars = (extra: Record<string, unknown> = {}) => ({
  ref: 'x',
  priority: 50,
  groups: '',
  skills: '',
  queue: 'backoffice',
  value: 0,
  interruptible: false,
  channel: 'BACKOFFICE',
  ...extra,
});

describe('GraphQL: universal queue', function () {
  this.timeout(30_000);
  let s: TestServer;
  let clock: ManualClock;
  const ok = async (query: string, variables: Record<string, unknown> = {}, options: { as?: string } = {}) => {
    const res = await s.gql(query, variables, options);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return res.data;
  };
  const errCode = async (query: string, variables: Record<string, unknown> = {}, options: { as?: string } = {}) =>
    (await s.gql(query, variables, options)).errors?.[0]?.extensions?.code;

  beforeEach(async () => {
    clock = makeManualClock(Date.now());
    s = await startTestServer({ CROSSDESK_CTI_SECRET: SECRET }, { clock });
    await ok(DEPLOY, { xml: fixture }, { as: 'designer' });
    await ok(
      'mutation { upsertQueue(input: { name: "hotline", channel: VOICE, slaSeconds: 20, reservationTimeoutSeconds: 15 }) { name } }',
    );
    await ok(
      'mutation { upsertQueue(input: { name: "backoffice", reservationTimeoutSeconds: 60 }) { name slaSeconds } }',
    );
  });
  afterEach(() => s.close());

  it('an agent busy on a back-office task gets a call: the task pauses, the call is offered, and after wrap-up the task resumes', async () => {
    await ok(AGENT, {
      input: { id: 'ann', skills: [{ name: 'english', level: 6 }], capacity: { VOICE: 1, BACKOFFICE: 1, total: 1 } },
    });
    await ok(PRESENCE, { s: 'AVAILABLE' }, { as: 'ann' });
    const started = await ok(START, { v: vars({ interruptible: true }) });
    const taskId = started.startProcess.tasks[0].id;
    await s.server.router.settle();
    const offered = (await ok(ME, {}, { as: 'ann' })).agent.reservations[0];
    assert.equal(offered.task.id, taskId);
    await ok('mutation($id: ID!) { acceptReservation(id: $id) { id state } }', { id: offered.id }, { as: 'ann' });
    clock.advance(90_000);
    const call = await ok(
      CTI,
      { input: { type: 'CALL_OFFERED', callId: 'call-1', queue: 'hotline', skills: [{ name: 'english', level: 3 }] } },
      { as: 'integrator' },
    );
    assert.equal(call.ctiEvent.task.channel, 'VOICE');
    await s.server.router.settle();
    const paused = (await ok(TASK, { id: taskId })).task;
    assert.equal(paused.state, 'PAUSED');
    assert.equal(paused.assignee.id, 'ann');
    assert.equal(paused.handlingSeconds, 90);
    const me = (await ok(ME, {}, { as: 'ann' })).agent;
    assert.equal(me.reservations[0].task.kind, 'CALL');
    await ok(CTI, { input: { type: 'CALL_ANSWERED', callId: 'call-1', agentId: 'ann' } }, { as: 'integrator' });
    clock.advance(200_000);
    await ok(CTI, { input: { type: 'CALL_ENDED', callId: 'call-1', agentId: 'ann' } }, { as: 'integrator' });
    assert.equal((await ok(ME, {}, { as: 'ann' })).agent.presence, 'WRAP_UP');
    await ok(CTI, { input: { type: 'WRAP_UP_ENDED', agentId: 'ann' } }, { as: 'integrator' });
    const resumed = (await ok(TASK, { id: taskId })).task;
    assert.equal(resumed.state, 'ASSIGNED');
    assert.equal(resumed.handlingSeconds, 90, 'the call did not count as handling time');
  });

  it('a reservation times out and the task goes to the next agent; the offer reaches the agent over myWork', async () => {
    await ok(AGENT, { input: { id: 'ann', skills: [{ name: 'billing', level: 9 }] } });
    await ok(AGENT, { input: { id: 'bob', skills: [{ name: 'billing', level: 4 }] } });
    const work = await subscribe(
      s.server.url,
      'subscription { myWork { type task { id } reservation { id state } } }',
      { authorization: 'Bearer test-admin-secret', 'x-act-as': 'bob' },
    );
    await ok(PRESENCE, { s: 'AVAILABLE' }, { as: 'ann' });
    await ok(PRESENCE, { s: 'AVAILABLE' }, { as: 'bob' });
    const taskId = (await ok(START, { v: vars({ skills: 'billing:3' }) })).startProcess.tasks[0].id;
    await s.server.router.settle();
    assert.equal((await ok(TASK, { id: taskId })).task.reservation.agent.id, 'ann');
    clock.advance(61_000);
    await s.server.router.runDue();
    await s.server.router.settle();
    const task = (await ok(TASK, { id: taskId })).task;
    assert.equal(task.reservation.agent.id, 'bob');
    assert.equal(task.routingDecision.considered.find((c: any) => c.agentId === 'ann')?.excluded, 'REJECTED_BEFORE');
    await waitFor(
      () =>
        work.events.some((e) => e?.data?.myWork?.type === 'reservation.offered' && e.data.myWork.task.id === taskId),
      'bob hears of the offer',
    );
    assert.ok(
      !work.events.some(
        (e) => e?.data?.myWork?.type === 'reservation.offered' && e.data.myWork.reservation.state !== 'PENDING',
      ),
    );
    await work.close();
  });

  it('an agent without the skill can neither be offered nor claim the task; queues report the waiting work', async () => {
    await ok(AGENT, { input: { id: 'ann', skills: [{ name: 'spanish', level: 9 }] } });
    await ok(PRESENCE, { s: 'AVAILABLE' }, { as: 'ann' });
    const taskId = (await ok(START, { v: vars({ skills: 'billing:3' }) })).startProcess.tasks[0].id;
    await s.server.router.settle();
    assert.equal((await ok(TASK, { id: taskId })).task.state, 'QUEUED');
    assert.equal(
      await errCode('mutation($id: ID!) { claimTask(id: $id) { id } }', { id: taskId }, { as: 'ann' }),
      'TASK_NOT_CLAIMABLE',
    );
    assert.equal((await ok('mutation { nextTask { id } }', {}, { as: 'ann' })).nextTask, null);
    const eligible = await ok('{ tasks(filter: { eligible: true }) { totalCount } }', {}, { as: 'ann' });
    assert.equal(eligible.tasks.totalCount, 0);
    clock.advance(120_000);
    const queues = (
      await ok(
        '{ queues { name stats { waiting oldestWaitingSeconds agentsByPresence { presence count } hourly { hour arrived handled } } } }',
      )
    ).queues;
    const backoffice = queues.find((q: any) => q.name === 'backoffice');
    assert.equal(backoffice.stats.waiting, 1);
    assert.deepEqual(
      backoffice.stats.hourly.map((h: any) => [h.arrived, h.handled]),
      [[1, 0]],
    );
    assert.equal(Date.parse(backoffice.stats.hourly[0].hour) % 3_600_000, 0, 'buckets start on the hour');
    assert.equal(backoffice.stats.oldestWaitingSeconds, 120);
  });

  it('checks inputs and roles: bad capacity and skills are refused, agents may not change others, experts may not send CTI events', async () => {
    assert.equal(await errCode(AGENT, { input: { id: 'ann', capacity: { VOICE: 2 } } }), 'BAD_USER_INPUT');
    assert.equal(await errCode(AGENT, { input: { id: 'ann', skills: [{ name: 'x', level: 11 }] } }), 'BAD_USER_INPUT');
    assert.equal(await errCode(AGENT, { input: { id: 'ann' } }, { as: 'expert' }), 'FORBIDDEN');
    assert.equal(
      (await ok('{ agents { id } }')).agents.some((a: any) => a.id === 'ann'),
      false,
      'nothing was written',
    );
    assert.equal(
      await errCode(
        'mutation { setPresence(input: { state: AWAY, agentId: "expert2" }) { id } }',
        {},
        { as: 'expert' },
      ),
      'FORBIDDEN',
    );
    assert.equal(
      await errCode(CTI, { input: { type: 'AGENT_READY', agentId: 'expert' } }, { as: 'expert' }),
      'FORBIDDEN',
    );
    assert.equal(
      await errCode('mutation { upsertQueue(input: { name: "q", escalation: [{ afterSeconds: 10 }] }) { name } }'),
      'BAD_USER_INPUT',
    );
    assert.equal(await errCode('mutation { acceptReservation(id: "nope") { id } }'), 'NOT_FOUND');
  });

  it('takes signed CTI webhook deliveries, refusing bad signatures and stale timestamps', async () => {
    const body = JSON.stringify([
      { eventId: 'w-1', type: 'AGENT_LOGIN', agentId: 'agent', at: new Date(clock.now()).toISOString() },
      { eventId: 'w-2', type: 'AGENT_READY', agentId: 'agent', at: new Date(clock.now()).toISOString() },
      { type: 'CALL_OFFERED', callId: 'w', at: clock.now() },
    ]);
    const post = (headers: Record<string, string>) =>
      fetch(`${s.server.url}/cti/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
    const now = clock.now();
    assert.equal(
      (await post({ 'x-crossdesk-timestamp': String(now), 'x-crossdesk-signature': signCtiBody('wrong', now, body) }))
        .status,
      401,
    );
    const old = now - 10 * 60_000;
    assert.equal(
      (await post({ 'x-crossdesk-timestamp': String(old), 'x-crossdesk-signature': signCtiBody(SECRET, old, body) }))
        .status,
      401,
    );
    assert.equal(
      (await ok('{ agent(id: "agent") { presence } }')).agent.presence,
      'OFFLINE',
      'refused deliveries changed nothing',
    );
    const res = await post({
      'x-crossdesk-timestamp': String(now),
      'x-crossdesk-signature': signCtiBody(SECRET, now, body),
    });
    assert.equal(res.status, 200);
    const { results } = (await res.json()) as any;
    assert.deepEqual(
      results.slice(0, 2).map((r: any) => r.outcome),
      ['APPLIED', 'APPLIED'],
    );
    assert.equal(results[2].outcome, 'REJECTED');
    assert.equal(results[2].error.code, 'BAD_USER_INPUT');
    assert.equal((await ok('{ agent(id: "agent") { presence } }')).agent.presence, 'AVAILABLE');
    const again = await post({
      'x-crossdesk-timestamp': String(now),
      'x-crossdesk-signature': signCtiBody(SECRET, now, body),
    });
    assert.deepEqual(
      ((await again.json()) as any).results.slice(0, 2).map((r: any) => r.outcome),
      ['DUPLICATE', 'DUPLICATE'],
    );
  });

  it('a task needing a skill level nobody has waits until the queue escalation lowers it, then is offered', async () => {
    await ok(
      'mutation { upsertQueue(input: { name: "legal", escalation: [{ afterSeconds: 300, lowerSkillLevelBy: 2 }] }) { name escalation { afterSeconds lowerSkillLevelBy } } }',
    );
    await ok(AGENT, { input: { id: 'ann', skills: [{ name: 'law', level: 5 }] } });
    await ok(PRESENCE, { s: 'AVAILABLE' }, { as: 'ann' });
    const taskId = (await ok(START, { v: vars({ queue: 'legal', skills: 'law:7' }) })).startProcess.tasks[0].id;
    await s.server.router.settle();
    assert.equal((await ok(TASK, { id: taskId })).task.state, 'QUEUED');
    clock.advance(301_000);
    await s.server.router.runDue();
    await s.server.router.settle();
    const task = (
      await ok(
        'query($id: ID!) { task(id: $id) { state escalationLevel reservation { agent { id } } history { type } } }',
        { id: taskId },
      )
    ).task;
    assert.equal(task.escalationLevel, 1);
    assert.equal(task.reservation.agent.id, 'ann');
    assert.deepEqual(
      task.history.map((h: any) => h.type).filter((t: string) => t.startsWith('task.')),
      ['task.created', 'task.escalated', 'task.reserved'],
    );
  });

  it('pushes queue figures to queueStats subscribers when work changes', async () => {
    const stats = await subscribe(s.server.url, 'subscription { queueStats { name stats { waiting } } }', {
      authorization: 'Bearer test-admin-secret',
    });
    await waitFor(() => stats.events.length >= 1, 'the first push');
    await ok(START, { v: vars() });
    await waitFor(
      () =>
        stats.events.some((e) =>
          e.data?.queueStats?.some((q: any) => q.name === 'backoffice' && q.stats.waiting === 1),
        ),
      'a push with the new task',
      400,
    );
    await stats.close();
  });
});
