import { strict as assert } from 'node:assert';
import { makeManualClock, type ManualClock } from '../../../../engine/index.ts';
import { escapeCell } from '../../../../server/routes/index.ts';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../../../support/server.ts';
import { reportsCaughtUp } from '../../../support/reports.ts';

const CTI = 'mutation($input: CtiEventInput!) { ctiEvent(input: $input) { outcome } }';
const at = (hh: number, mm: number, ss = 0) => Date.UTC(2026, 0, 5, hh, mm, ss);
const iso = (t: number) => new Date(t).toISOString();

/** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks) as objects by header. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    rows[rows.length - 1].push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) cell += c;
    else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\n') {
      endCell();
      rows.push([]);
    } else cell += c;
  }
  if (cell || rows[rows.length - 1].length) rows[rows.length - 1].push(cell);
  const [header, ...body] = rows.filter((r) => r.length > 1);
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

describe('GET /reports/queues.csv and /reports/agents.csv', function () {
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
  const csv = (path: string, token: string | null = ADMIN_TOKEN, actAs?: string) =>
    fetch(`${s.server.url}${path}`, {
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(actAs ? { 'x-act-as': actAs } : {}) },
    });
  const range = `from=${iso(at(9, 0))}&to=${iso(at(10, 0))}&intervalMinutes=30`;

  before(async () => {
    clock = makeManualClock(at(8, 55));
    s = await startTestServer({}, { clock });
    // A queue whose name a spreadsheet would run as a formula.
    await ok('mutation { upsertQueue(input: { name: "-hotline", channel: VOICE, slaSeconds: 20 }) { name } }');
    await ok('mutation { upsertQueue(input: { name: "hotline", channel: VOICE, slaSeconds: 20 }) { name } }');
    for (const [i, q] of ['hotline', 'hotline', '-hotline'].entries()) {
      await cti(at(9, 10 + i), { type: 'CALL_OFFERED', callId: `c${i}`, queue: q });
      await cti(at(9, 10 + i, 30 + i * 10), { type: 'CALL_ENDED', callId: `c${i}` });
    }
    await cti(at(9, 40), { type: 'CALL_OFFERED', callId: 'c9', queue: 'hotline' });
    await cti(at(9, 41), { type: 'CALL_ENDED', callId: 'c9' });
    clock.set(at(10, 5));
    await reportsCaughtUp(s.server);
  });
  after(() => s?.close());

  it('escapes cells that start like a formula', () => {
    assert.deepEqual(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'ok', 5, null].map(escapeCell), [
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      'ok',
      5,
      null,
    ]);
  });

  it('streams the queue report as CSV whose rows and totals equal the GraphQL report', async () => {
    const res = await csv(`/reports/queues.csv?${range}`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/csv/);
    const text = await res.text();
    const rows = parseCsv(text);
    assert.ok(
      rows.some((r) => r.queue === "'-hotline"),
      'the formula-like name is escaped',
    );
    assert.ok(!text.split('\n').some((line) => line.startsWith('=')), 'no line starts a formula');
    const { queueReport } = await ok(
      `query($f: ReportFilter!) { queueReport(filter: $f) { queue start total offered abandoned serviceLevelPercent backlog } }`,
      { f: { from: iso(at(9, 0)), to: iso(at(10, 0)), intervalMinutes: 30, totals: true } },
    );
    assert.equal(rows.length, queueReport.length);
    const total = rows.find(
      (r) => r.queue === '*' && r.total === 'true' && r.channel === '' && Number(r.offered) === 4,
    );
    assert.ok(total, text);
    const gqlTotal = queueReport.filter((r: any) => r.queue === '*' && r.total && r.offered === 4);
    assert.equal(gqlTotal.length, 1);
    assert.deepEqual(
      [Number(total.offered), Number(total.abandoned), Number(total.backlog)],
      [gqlTotal[0].offered, gqlTotal[0].abandoned, gqlTotal[0].backlog],
    );
  });

  it('serves the agent report; refuses callers who are not supervisors, and bad ranges', async () => {
    assert.equal((await csv(`/reports/agents.csv?${range}`)).status, 200);
    assert.equal((await csv(`/reports/queues.csv?${range}`, null)).status, 401);
    assert.equal((await csv(`/reports/queues.csv?${range}`, ADMIN_TOKEN, 'agent')).status, 403);
    assert.equal((await csv(`/reports/queues.csv?${range}`, ADMIN_TOKEN, 'supervisor')).status, 200);
    const bad = await csv(`/reports/queues.csv?from=${iso(at(10, 0))}&to=${iso(at(9, 0))}`);
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as any).error.code, 'BAD_USER_INPUT');
  });
});
