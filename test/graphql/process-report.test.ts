import { strict as assert } from 'node:assert';
import { claimTask, completeTask, makeManualClock, type ManualClock } from '../../engine/index.ts';
import { actors } from '../support/actors.ts';
import { openTask, sharedFixture } from '../support/scenario.ts';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server.ts';
import { codeOf } from './http-helpers.ts';

const MIN = 60_000;

/** RFC 4180 text as records by header (quoted cells, doubled quotes): enough to read the export back. */
function parse(text: string, _options: { columns: true }): Record<string, string>[] {
  const rows: string[][] = [];
  const row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') cell += text[++i];
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === '\n') {
      row.push(cell);
      cell = '';
      if (c === '\n') rows.push(row.splice(0));
    } else if (c !== '\r') cell += c;
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
const REPORT = `query($f: ReportFilter!, $k: String!) { processReport(filter: $f, processKey: $k) {
  processKey instancesStarted instancesCompleted duration { p50Seconds p90Seconds }
  elements { elementId count waiting { meanSeconds p90Seconds } working { meanSeconds } total { meanSeconds } }
  slaBreachStarts { elementId count } incidents intervals { start started completed } } }`;
const SEARCH = `query($f: HistoryFilter, $first: Int, $after: String) { historySearch(filter: $f, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { type taskId actor { id } } } } }`;

describe('GraphQL and CSV: process reports and history search', function () {
  this.timeout(60_000);
  let s: TestServer;
  let clock: ManualClock;
  let from: string;
  let to: string;

  before(async () => {
    clock = makeManualClock(Date.now());
    s = await startTestServer({}, { clock });
    const ok = await s.gql(
      'mutation($x: String!) { deployProcess(input: { name: "refund.bpmn", bpmnXml: $x }) { id } }',
      {
        x: sharedFixture('refund.bpmn'),
      },
    );
    assert.equal(ok.errors, undefined, JSON.stringify(ok.errors));
    from = new Date(clock.now() - MIN).toISOString();
    // One refund: 10 minutes waiting, 20 worked.
    const started = await s.gql(
      'mutation { startProcess(input: { key: "refund", variables: { amount: 5, customer: { name: "Ann" } } }) { id } }',
    );
    const engine = s.server.engine;
    const task = await openTask(engine, started.data.startProcess.id, 'review');
    clock.advance(10 * MIN);
    await claimTask(engine, actors.expert, task.id);
    clock.advance(20 * MIN);
    await completeTask(engine, actors.expert, task.id, { approved: false });
    to = new Date(clock.now() + MIN).toISOString();
    // The leader's process-reports reader writes the facts from the change feed.
    for (let i = 0; i < 500; i++) {
      const r = await s.gql(REPORT, { f: { from, to }, k: 'refund' });
      if (r.data?.processReport.instancesCompleted === 1) break;
      await s.server.feed.wake();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  after(() => s.close());

  it('processReport answers supervisors, designers and admins with the element figures, and refuses the other roles', async () => {
    const r = await s.gql(REPORT, { f: { from, to, intervalMinutes: 60 }, k: 'refund' }, { as: 'supervisor' });
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    const report = r.data.processReport;
    assert.equal(report.instancesStarted, 1);
    assert.equal(report.instancesCompleted, 1);
    assert.deepEqual(report.duration, { p50Seconds: 1800, p90Seconds: 1800 });
    const review = report.elements.find((e: any) => e.elementId === 'review');
    assert.deepEqual(review, {
      elementId: 'review',
      count: 1,
      waiting: { meanSeconds: 600, p90Seconds: 600 },
      working: { meanSeconds: 1200 },
      total: { meanSeconds: 1800 },
    });
    assert.equal(report.intervals.length, 1);
    for (const role of ['designer', undefined])
      assert.equal(codeOf(await s.gql(REPORT, { f: { from, to }, k: 'refund' }, { as: role })), undefined);
    for (const role of ['expert', 'agent', 'integrator'])
      assert.equal(codeOf(await s.gql(REPORT, { f: { from, to }, k: 'refund' }, { as: role })), 'FORBIDDEN', role);
    const tooMany = await s.gql(REPORT, {
      f: { from: '2026-01-01T00:00:00Z', to: '2026-03-01T00:00:00Z', intervalMinutes: 1 },
      k: 'refund',
    });
    assert.equal(codeOf(tooMany), 'BAD_USER_INPUT');
  });

  it('historySearch finds entries across instances by actor and type, a page at a time, for supervisors', async () => {
    const first = await s.gql(SEARCH, { f: { actorId: 'expert' }, first: 1 }, { as: 'supervisor' });
    assert.equal(first.errors, undefined, JSON.stringify(first.errors));
    const page = first.data.historySearch;
    assert.ok(page.totalCount >= 2, 'the claim and the completion');
    assert.equal(page.edges.length, 1);
    assert.equal(page.edges[0].node.actor.id, 'expert');
    assert.equal(page.pageInfo.hasNextPage, true);
    const next = await s.gql(SEARCH, { f: { actorId: 'expert' }, first: 1, after: page.pageInfo.endCursor });
    assert.notEqual(next.data.historySearch.edges[0].node.type, page.edges[0].node.type);
    const claims = await s.gql(SEARCH, { f: { type: 'task.claimed', from, to } });
    assert.deepEqual(
      claims.data.historySearch.edges.map((e: any) => e.node.type),
      ['task.claimed'],
    );
    assert.equal(codeOf(await s.gql(SEARCH, {}, { as: 'expert' })), 'FORBIDDEN');
    assert.equal(codeOf(await s.gql(SEARCH, { first: 500 })), 'BAD_USER_INPUT');
  });

  it('GET /reports/processes.csv streams the report for supervisors, escapes formula cells, and refuses others', async () => {
    const url = (key: string) =>
      `${s.server.url}/reports/processes.csv?processKey=${encodeURIComponent(key)}&from=${from}&to=${to}`;
    const res = await fetch(url('refund'), {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'x-act-as': 'supervisor' },
    });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    assert.deepEqual(rows[0], { ...rows[0], kind: 'process', completed: '1', totalMeanSeconds: '1800' });
    const review = rows.find((r) => r.elementId === 'review')!;
    assert.equal(review.waitingMeanSeconds, '600');
    assert.equal(review.workingMeanSeconds, '1200');
    // A key a user typed comes back as text a spreadsheet will not run.
    const hostile = await fetch(url('=HYPERLINK("x")'), { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    const cells = parse(await hostile.text(), { columns: true }) as Record<string, string>[];
    assert.equal(cells[0].processKey, `'=HYPERLINK("x")`);
    assert.equal((await fetch(url('refund'))).status, 401);
    const expert = await fetch(url('refund'), {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'x-act-as': 'expert' },
    });
    assert.equal(expert.status, 403);
    const bad = await fetch(`${s.server.url}/reports/processes.csv?processKey=refund&from=yesterday&to=${to}`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    assert.equal(bad.status, 400);
  });
});
