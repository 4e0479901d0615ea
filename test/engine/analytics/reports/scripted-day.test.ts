import { strict as assert } from 'node:assert';
import { makeManualClock, type ManualClock } from '../../../../engine/index.ts';
import { fixture } from '../../../support/fixtures.ts';
import { startTestServer, type TestServer } from '../../../support/server.ts';
import { reportsCaughtUp } from '../../../support/reports.ts';

const CTI = 'mutation($input: CtiEventInput!) { ctiEvent(input: $input) { outcome } }';
const QUEUES = `query($f: ReportFilter!) { queueReport(filter: $f) { queue channel start total offered answered abandoned
  shortAbandoned serviceLevelPercent averageSpeedOfAnswerSeconds waitP50Seconds handled averageHandleSeconds
  backOfficeCompleted slaMet slaBreached backlog } }`;
const AGENTS = `query($f: ReportFilter!) { agentReport(filter: $f) { agent start handled handledVoice averageHandleSeconds
  availableSeconds awaySeconds offersAccepted } }`;
const at = (hh: number, mm: number, ss = 0) => Date.UTC(2026, 0, 5, hh, mm, ss);
const iso = (t: number) => new Date(t).toISOString();

/**
 * A scripted morning with the manual clock, through the real server (CTI events, processes, the change
 * feed, the reports consumer, GraphQL); every figure below is computed by hand in the comments.
 */
describe('Reports: a scripted day equals hand-computed figures interval by interval', function () {
  this.timeout(60_000);
  let s: TestServer;
  let clock: ManualClock;
  const ok = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await s.gql(query, variables);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return res.data;
  };
  const cti = (t: number, input: Record<string, unknown>) => {
    clock.set(t);
    return ok(CTI, { input: { at: iso(t), ...input } });
  };
  const startWork = async (t: number, sla: string) => {
    clock.set(t);
    const started = await ok('mutation($i: StartProcessInput!) { startProcess(input: $i) { tasks { id } } }', {
      i: { key: 'backOffice', variables: { sla } },
    });
    return started.startProcess.tasks[0].id as string;
  };
  const work = async (id: string, claim: number, done: number) => {
    clock.set(claim);
    await ok('mutation($id: ID!) { claimTask(id: $id) { id } }', { id });
    clock.set(done);
    await ok('mutation($id: ID!) { completeTask(id: $id) { id } }', { id });
  };

  before(async () => {
    clock = makeManualClock(at(8, 55));
    s = await startTestServer({}, { clock });
    await ok(
      'mutation { upsertQueue(input: { name: "hotline", channel: VOICE, slaSeconds: 20, abandonGraceSeconds: 5 }) { name } }',
    );
    await ok('mutation { upsertQueue(input: { name: "backoffice", channel: BACKOFFICE, slaSeconds: 3600 }) { name } }');
    await ok('mutation { upsertAgent(input: { id: "ann", capacity: { VOICE: 1, total: 1 } }) { id } }');
    await ok('mutation { upsertAgent(input: { id: "bob", capacity: { VOICE: 0, total: 1 } }) { id } }');
    await ok('mutation($x: DeployProcessInput!) { deployProcess(input: $x) { id } }', {
      x: { bpmnXml: fixture(import.meta.url, 'back-office.bpmn') },
    });
    await cti(at(9, 0), { type: 'AGENT_LOGIN', agentId: 'ann' });
    await cti(at(9, 0), { type: 'AGENT_READY', agentId: 'ann' });
    await cti(at(9, 0), { type: 'AGENT_LOGIN', agentId: 'bob' });
    await cti(at(9, 0), { type: 'AGENT_READY', agentId: 'bob' });
    const b1 = await startWork(at(9, 0), 'PT1H'); // due 10:00
    const b2 = await startWork(at(9, 1), 'PT10M'); // due 09:11
    await cti(at(9, 0, 0), { type: 'CALL_OFFERED', callId: 'c1', queue: 'hotline' });
    await s.server.router.settle();
    await cti(at(9, 0, 10), { type: 'CALL_ANSWERED', callId: 'c1', agentId: 'ann' }); // waited 10 s
    await cti(at(9, 5), { type: 'CALL_ENDED', callId: 'c1' }); // handled 290 s
    await cti(at(9, 6), { type: 'CALL_OFFERED', callId: 'c2', queue: 'hotline' });
    await cti(at(9, 6, 3), { type: 'CALL_ENDED', callId: 'c2' }); // short abandon (3 s <= 5 s)
    await cti(at(9, 7), { type: 'CALL_OFFERED', callId: 'c3', queue: 'hotline' });
    await cti(at(9, 8), { type: 'CALL_ENDED', callId: 'c3' }); // abandoned after 60 s
    await cti(at(9, 10), { type: 'AGENT_NOT_READY', agentId: 'bob' });
    await cti(at(9, 20), { type: 'CALL_OFFERED', callId: 'c4', queue: 'hotline' });
    await s.server.router.settle();
    await cti(at(9, 20, 30), { type: 'CALL_ANSWERED', callId: 'c4', agentId: 'ann' }); // waited 30 s
    await cti(at(9, 24, 30), { type: 'CALL_ENDED', callId: 'c4' }); // handled 240 s
    await cti(at(9, 25), { type: 'AGENT_READY', agentId: 'bob' });
    await work(b1, at(9, 35), at(9, 40)); // on time; handled 300 s
    await work(b2, at(9, 45), at(9, 50)); // 39 minutes late; handled 300 s
    await cti(at(9, 50), { type: 'AGENT_LOGOUT', agentId: 'bob' });
    clock.set(at(10, 30));
    await reportsCaughtUp(s.server);
  });
  after(() => s?.close());

  const filter = { from: iso(at(9, 0)), to: iso(at(10, 0)), intervalMinutes: 15 };

  it('queueReport: offered, answered, abandoned, service level, ASA, wait, AHT, SLA met/breached, backlog', async () => {
    const rows = (await ok(QUEUES, { f: filter })).queueReport;
    const row = (q: string, hh: number, mm: number) =>
      rows.find((r: any) => r.queue === q && r.start === iso(at(hh, mm)));
    // 09:00: c1 answered within 20 s, c2 short-abandoned, c3 abandoned: 1 / (3 - 1) = 50 %.
    assert.deepEqual(row('hotline', 9, 0), {
      queue: 'hotline',
      channel: 'VOICE',
      start: iso(at(9, 0)),
      total: false,
      offered: 3,
      answered: 1,
      abandoned: 2,
      shortAbandoned: 1,
      serviceLevelPercent: 50,
      averageSpeedOfAnswerSeconds: 10,
      waitP50Seconds: 10,
      handled: 1,
      averageHandleSeconds: 290,
      backOfficeCompleted: 0,
      slaMet: 0,
      slaBreached: 0,
      backlog: 0,
    });
    // 09:15: c4 answered after 30 s (outside 20 s): 0 %.
    assert.deepEqual(
      [row('hotline', 9, 15)].map((r: any) => [
        r.offered,
        r.answered,
        r.serviceLevelPercent,
        r.averageSpeedOfAnswerSeconds,
        r.waitP50Seconds,
        r.averageHandleSeconds,
        r.backlog,
      ]),
      [[1, 1, 0, 30, 30, 240, 0]],
    );
    // Back office: both arrive at 09:00-09:01 (backlog 2); b1 met at 09:40, b2 breached at 09:50.
    assert.equal(row('backoffice', 9, 0).backlog, 2);
    assert.equal(row('backoffice', 9, 0).offered, 0, 'back-office work is not offered like a call');
    assert.deepEqual(
      [row('backoffice', 9, 30), row('backoffice', 9, 45)].map((r: any) => [
        r.backOfficeCompleted,
        r.slaMet,
        r.slaBreached,
        r.serviceLevelPercent,
        r.averageHandleSeconds,
        r.backlog,
      ]),
      [
        [1, 1, 0, 100, 300, 1],
        [1, 0, 1, 0, 300, 0],
      ],
    );
    assert.equal(rows.length, 5, JSON.stringify(rows.map((r: any) => [r.queue, r.start])));
  });

  it('totals: per interval over queues, per queue over the range, and everything', async () => {
    const rows = (await ok(QUEUES, { f: { ...filter, totals: true } })).queueReport.filter((r: any) => r.total);
    const all = rows.find(
      (r: any) => r.queue === '*' && r.start === iso(at(9, 0)) && r.channel === null && r.handled === 4,
    );
    // Everything: met 1 (c1) + 1 (b1) over counted (4 offered - 1 short) + 2 completed = 2 / 5 = 40 %.
    assert.ok(all, JSON.stringify(rows));
    assert.equal(all.serviceLevelPercent, 40);
    const hotline = rows.find((r: any) => r.queue === 'hotline');
    assert.deepEqual(
      [hotline.offered, hotline.answered, hotline.abandoned, hotline.serviceLevelPercent],
      [4, 2, 2, 33.3],
    );
  });

  it('agentReport: handled work and presence time per interval', async () => {
    const rows = (await ok(AGENTS, { f: filter })).agentReport;
    const bob = rows
      .filter((r: any) => r.agent === 'bob')
      .map((r: any) => [r.start.slice(11, 16), r.availableSeconds, r.awaySeconds]);
    // bob: available 09:00-09:10, away 09:10-09:25, available 09:25-09:50, then offline.
    assert.deepEqual(bob, [
      ['09:00', 600, 300],
      ['09:15', 300, 600],
      ['09:30', 900, 0],
      ['09:45', 300, 0],
    ]);
    const ann = rows
      .filter((r: any) => r.agent === 'ann' && r.handled > 0)
      .map((r: any) => [r.start.slice(11, 16), r.handledVoice, r.averageHandleSeconds]);
    assert.deepEqual(ann, [
      ['09:00', 1, 290],
      ['09:15', 1, 240],
    ]);
  });

  it('is for supervisors and admins, and bounded by the row setting', async () => {
    const denied = await s.gql(QUEUES, { f: filter }, { as: 'agent' });
    assert.equal(denied.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const allowed = await s.gql(QUEUES, { f: filter }, { as: 'supervisor' });
    assert.equal(allowed.errors, undefined);
    const bad = await s.gql(QUEUES, { f: { ...filter, intervalMinutes: 7 } });
    assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });
});
