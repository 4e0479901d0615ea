import { strict as assert } from 'node:assert';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { ensureBuilt, launchBrowser, screenshot, signIn } from './browser.ts';

const START =
  'mutation { startProcess(input: { key: "complaint-handling", variables: { caseRef: "R-1", vip: false } }) { tasks { id } } }';

describe('web app in Chromium: agent desktop and supervisor board', function () {
  this.timeout(60_000);
  let s: TestServer;
  let browser: Browser;
  let contexts: BrowserContext[];
  let agentPage: Page;
  let supervisorPage: Page;

  before(async () => {
    await ensureBuilt();
    browser = await launchBrowser();
  });
  after(() => browser?.close());
  beforeEach(async () => {
    s = await startTestServer({ CROSSDESK_DEMO: 'true' });
    // The test users replace the demo users' groups; the agent works back-office complaints here.
    await s.gql('mutation { upsertAgent(input: { id: "agent", groups: ["frontline", "backoffice"] }) { id } }');
    contexts = [
      await browser.newContext({ viewport: { width: 1400, height: 900 } }),
      await browser.newContext({ viewport: { width: 1400, height: 1000 } }),
    ];
    for (const c of contexts) c.setDefaultTimeout(8000);
    agentPage = await contexts[0].newPage();
    supervisorPage = await contexts[1].newPage();
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      await screenshot(agentPage, 'failed-agent');
      await screenshot(supervisorPage, 'failed-supervisor');
    }
    for (const c of contexts ?? []) await c.close();
    await s?.close();
  });

  it('offers a task to an available agent, who accepts it, and the supervisor sees the counts change live', async () => {
    await signIn(supervisorPage, s.server.url, 'supervisor', 'demo', '#/supervisor');
    const complaints = supervisorPage.locator('[data-testid="queues"] tr[data-queue="complaints"]');
    await complaints.waitFor();
    assert.equal(await complaints.getByTestId('waiting').textContent(), '0');

    await signIn(agentPage, s.server.url, 'agent', 'demo', '#/agent');
    await agentPage.locator('select[name="presence"]').selectOption('AVAILABLE');
    await agentPage.getByRole('button', { name: 'Save' }).click();
    await agentPage.getByTestId('presence').getByText('Available').waitFor();

    await s.gql(START, {}, { as: 'supervisor' });
    const offer = agentPage.getByTestId('offer');
    await offer.waitFor();
    assert.match((await offer.textContent()) ?? '', /Review complaint R-1[\s\S]*complaints[\s\S]*Expires in \d+ s/);
    await complaints.locator('td', { hasText: '1' }).first().waitFor();
    await screenshot(agentPage, 'agent-desktop');
    await offer.getByRole('button', { name: 'Accept' }).click();
    await agentPage.getByTestId('my-work').getByText('Review complaint R-1').waitFor();

    await supervisorPage.waitForFunction(
      () => document.querySelector('tr[data-queue="complaints"] [data-testid="assigned"]')?.textContent === '1',
    );
    assert.equal(await complaints.getByTestId('waiting').textContent(), '0');
    await supervisorPage.getByRole('button', { name: 'Why?' }).first().click();
    assert.match((await supervisorPage.getByTestId('decision').textContent()) ?? '', /agent/);
    await screenshot(supervisorPage, 'supervisor-board');

    // Reassign from the board: the task goes to the expert.
    await supervisorPage.getByLabel('Reassign task to').first().selectOption('expert');
    await supervisorPage.getByRole('button', { name: 'Reassign', exact: true }).first().click();
    // The expert has not signed in to the desk today: the board asks first.
    await supervisorPage.getByTestId('confirm').getByRole('button', { name: 'Reassign anyway' }).click();
    await supervisorPage
      .getByTestId('open-tasks')
      .getByTestId('assignee')
      .getByText('expert', { exact: true })
      .waitFor();
    const moved = await s.gql('{ tasks(filter: { queue: "complaints" }) { edges { node { assignee { id } } } } }');
    assert.equal(moved.data.tasks.edges[0].node.assignee.id, 'expert');
  });

  it('shows the agent a live call from CTI events, pauses the interruptible back-office task, and gives it back after wrap-up', async () => {
    await s.gql('mutation { setPresence(input: { state: AVAILABLE }) { id } }', {}, { as: 'agent' });
    await s.gql(START, {}, { as: 'supervisor' });
    // The router offers the new task to the available agent right after the start, asynchronously.
    let reservation: { id: string } | null = null;
    for (let i = 0; i < 100 && !reservation; i++) {
      const found = await s.gql('{ tasks(filter: { queue: "complaints" }) { edges { node { reservation { id } } } } }');
      reservation = found.data.tasks.edges[0]?.node.reservation ?? null;
      if (!reservation) await new Promise((r) => setTimeout(r, 20));
    }
    assert.ok(reservation, 'the router offered the task to the available agent');
    await s.gql('mutation($id: ID!) { acceptReservation(id: $id) { id } }', { id: reservation.id }, { as: 'agent' });
    await signIn(agentPage, s.server.url, 'agent', 'demo', '#/agent');
    await agentPage.getByTestId('my-work').getByText('Review complaint R-1').waitFor();

    const cti = 'mutation($i: CtiEventInput!) { ctiEvent(input: $i) { outcome } }';
    await s.gql(cti, {
      i: { type: 'CALL_OFFERED', callId: 'c-77', queue: 'hotline', agentId: 'agent', customer: { name: 'Liv' } },
    });
    await s.gql(cti, { i: { type: 'CALL_ANSWERED', callId: 'c-77', agentId: 'agent' } });
    await agentPage.getByTestId('live-call').getByText(/c-77/).waitFor();
    await screenshot(agentPage, 'agent-live-call');
    await s.gql(cti, { i: { type: 'CALL_ENDED', callId: 'c-77', agentId: 'agent' } });
    await agentPage.getByText('No call').waitFor();
    // The call paused the interruptible review: it waits under paused tasks during wrap-up.
    await agentPage.getByTestId('presence').getByText('Wrap-up').waitFor();
    await agentPage.getByTestId('paused').getByText('Review complaint R-1').waitFor();
    assert.equal(await agentPage.getByTestId('my-work').getByText('Review complaint R-1').count(), 0);
    await s.gql(cti, { i: { type: 'WRAP_UP_ENDED', callId: 'c-77', agentId: 'agent' } });
    await agentPage.getByTestId('my-work').getByText('Review complaint R-1').waitFor();
    assert.equal(await agentPage.getByTestId('paused').locator('li').count(), 0);
    const review = await s.gql(
      '{ tasks(filter: { queue: "complaints" }) { edges { node { state assignee { id } } } } }',
    );
    assert.deepEqual(review.data.tasks.edges[0].node, { state: 'ASSIGNED', assignee: { id: 'agent' } });
  });
});
