import { strict as assert } from 'node:assert';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { recordQueueSamples } from '../../../models/index.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { ensureBuilt, launchBrowser, screenshot, signIn } from './browser.ts';

const CTI = 'mutation($i: CtiEventInput!) { ctiEvent(input: $i) { outcome } }';
const START =
  'mutation { startProcess(input: { key: "complaint-handling", variables: { caseRef: "R-9", vip: false } }) { id } }';

describe('web app in Chromium: board figures and the agent desktop during a call', function () {
  this.timeout(60_000);
  let s: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    await ensureBuilt();
    browser = await launchBrowser();
  });
  after(() => browser?.close());
  beforeEach(async () => {
    s = await startTestServer({ CROSSDESK_DEMO: 'true' });
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    context.setDefaultTimeout(8000);
    page = await context.newPage();
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await screenshot(page, `failed-${this.currentTest.title.slice(0, 30)}`);
    await context?.close();
    await s?.close();
  });

  it('draws waiting over the day from the server, from before the page opened, and shows the wait estimate and abandons', async () => {
    // Samples the server took earlier today (before anyone opened the board).
    const minute = 60_000;
    const first = Date.now() - (Date.now() % minute) - 30 * minute;
    const from = Math.max(first, Date.now() - (Date.now() % 86_400_000));
    await recordQueueSamples(s.server.engine.db, [
      { queue: 'hotline', at: from, waiting: 4 },
      { queue: 'hotline', at: from + minute, waiting: 6 },
    ]);
    await s.gql(CTI, { i: { type: 'CALL_OFFERED', callId: 'b-1', queue: 'hotline' } });
    await s.gql(CTI, { i: { type: 'CALL_OFFERED', callId: 'b-2', queue: 'hotline' } });
    await s.gql(CTI, { i: { type: 'CALL_ENDED', callId: 'b-2' } });

    await signIn(page, s.server.url, 'supervisor', 'demo', '#/supervisor');
    const chart = page.getByTestId('waiting-chart');
    await page.waitForFunction(
      (iso) => document.querySelector('[data-testid="waiting-chart"]')?.getAttribute('data-from') === iso,
      new Date(from).toISOString(),
    );
    assert.ok(Number(await chart.getAttribute('data-points')) >= 3, 'two samples and the live point');
    const hotline = page.locator('[data-testid="queues"] tr[data-queue="hotline"]');
    await hotline.getByTestId('abandoned').getByText('1', { exact: true }).waitFor();
    await hotline.getByTestId('estimated-wait').getByText('nobody serving').waitFor();

    // A voice agent logs in: the waiting call is offered to her, so the next caller waits a handling time.
    await s.gql(CTI, { i: { type: 'AGENT_LOGIN', agentId: 'lena' } });
    await s.gql(CTI, { i: { type: 'AGENT_READY', agentId: 'lena' } });
    await hotline.getByTestId('estimated-wait').getByText('5m 00s').waitFor();
    await screenshot(page, 'supervisor-board-figures');
  });

  it('disables Resume while the agent is on a call and in wrap-up, and resumes the paused task after', async () => {
    await s.gql('mutation { upsertAgent(input: { id: "agent", groups: ["frontline", "backoffice"] }) { id } }');
    await s.gql('mutation { setPresence(input: { state: AVAILABLE }) { id } }', {}, { as: 'agent' });
    await s.gql(START, {}, { as: 'supervisor' });
    let reservation: { id: string } | null = null;
    for (let i = 0; i < 100 && !reservation; i++) {
      const found = await s.gql('{ tasks(filter: { queue: "complaints" }) { edges { node { reservation { id } } } } }');
      reservation = found.data.tasks.edges[0]?.node.reservation ?? null;
      if (!reservation) await new Promise((r) => setTimeout(r, 20));
    }
    assert.ok(reservation, 'the router offered the task to the available agent');
    await s.gql('mutation($id: ID!) { acceptReservation(id: $id) { id } }', { id: reservation.id }, { as: 'agent' });
    await s.gql(CTI, { i: { type: 'CALL_OFFERED', callId: 'r-1', queue: 'hotline', agentId: 'agent' } });
    await s.gql(CTI, { i: { type: 'CALL_ANSWERED', callId: 'r-1', agentId: 'agent' } });

    await signIn(page, s.server.url, 'agent', 'demo', '#/agent');
    await page.getByTestId('live-call').getByText(/r-1/).waitFor();
    const resume = page.getByTestId('paused').getByRole('button', { name: 'Resume' });
    await resume.waitFor();
    assert.equal(await resume.isDisabled(), true, 'Resume is disabled during the call');
    await page.getByTestId('resume-hint').waitFor();

    await s.gql(CTI, { i: { type: 'CALL_ENDED', callId: 'r-1', agentId: 'agent' } });
    await page.getByTestId('presence').getByText('Wrap-up').waitFor();
    assert.equal(await resume.isDisabled(), true, 'and during its wrap-up');
    await s.gql(CTI, { i: { type: 'WRAP_UP_ENDED', agentId: 'agent' } });
    await page.getByTestId('my-work').getByText('Review complaint R-9').waitFor();
    assert.equal(await page.getByTestId('paused').locator('li').count(), 0);
  });
});
