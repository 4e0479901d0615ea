import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import type { TestServer } from '../../support/server.ts';
import { screenshot, signIn, useBrowserPage } from './browser.ts';

describe('web app in Chromium: the desk a new user meets', function () {
  this.timeout(60_000);
  const session = useBrowserPage();
  let s: TestServer;
  let page: Page;
  beforeEach(async () => {
    ({ s, page } = session);
  });

  it('lands each role on its own page: designer on processes, agent on the desktop, supervisor on the board', async () => {
    for (const [user, title] of [
      ['designer', 'Processes'],
      ['agent', 'Agent desktop'],
      ['supervisor', 'Supervisor board'],
    ]) {
      await signIn(page, s.server.url, user);
      await page.waitForFunction((t) => document.querySelector('main h1')?.textContent?.trim() === t, title);
      assert.equal(await page.locator('nav a[aria-current="page"]').textContent(), title, user);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
    }
  });

  it('starts a process with a business key and checked JSON variables', async () => {
    await signIn(page, s.server.url, 'designer', 'demo', '#/definitions');
    const complaints = page.locator('section', { has: page.getByRole('heading', { name: /Complaint handling/ }) });
    await complaints.getByRole('button', { name: 'Start', exact: true }).click();
    const form = page.getByTestId('start-form');
    await form.getByText('The model reads: caseRef, vip, refund').waitFor();
    await form.getByLabel(/Business key/).fill('C-42');
    const variables = form.getByLabel(/Variables/);
    await variables.fill('{\n  "caseRef": "C-42",\n  vip: true\n}');
    await form.getByText('Not valid JSON (line 3, column 3).').waitFor();
    assert.equal(await form.getByRole('button', { name: 'Start instance' }).isDisabled(), true);
    assert.equal(await variables.getAttribute('aria-invalid'), 'true');
    await variables.fill('{"fields": 1}');
    await form.getByText('The name "fields" is reserved by the engine').waitFor();
    await variables.fill('{"caseRef": "C-42", "vip": true}');
    await form.getByText('Valid JSON.').waitFor();
    await screenshot(page, 'definitions-start');
    await form.getByRole('button', { name: 'Start instance' }).click();
    await page.getByText('Started instance C-42.').waitFor();
    const found = await s.gql(
      '{ processInstances(filter: { processKey: "complaint-handling" }) { edges { node { businessKey variables tasks { name priority } } } } }',
    );
    const instance = found.data.processInstances.edges[0].node;
    assert.equal(instance.businessKey, 'C-42');
    assert.deepEqual(instance.variables, { businessKey: 'C-42', caseRef: 'C-42', vip: true });
    assert.deepEqual(instance.tasks, [{ name: 'Review complaint C-42', priority: 80 }]);
  });

  it('lists instances as instances, with translated states and column headers', async () => {
    for (const key of ['A-1', 'A-2'])
      await s.gql(
        `mutation { startProcess(input: { key: "complaint-handling", businessKey: "${key}", variables: { caseRef: "${key}", vip: false } }) { id } }`,
      );
    await signIn(page, s.server.url, 'supervisor', 'demo', '#/instances');
    await page.getByText('2 of 2 instances').waitFor();
    const headers = await page.locator('main table th').allTextContents();
    assert.deepEqual(headers, ['Instance', 'Process', 'State', 'Started']);
    assert.equal(
      await page
        .locator('main')
        .getByText(/tasks|Started instance/)
        .count(),
      0,
    );
    assert.equal(
      await page.getByTestId('instances').locator('tbody tr').first().locator('td').nth(2).textContent(),
      'Active',
    );
    await page.getByTestId('language').selectOption('zh-CN');
    await page.getByText('共 2 个实例，已显示 2 个').waitFor();
    await page.locator('main table td', { hasText: '运行中' }).first().waitFor();
    assert.deepEqual(await page.locator('select[name="state"] option').allTextContents(), [
      '任意状态',
      '运行中',
      '已完成',
      '已取消',
    ]);
  });

  it('follows an instance live, tells its story in words, and asks before cancelling it', async () => {
    const started = await s.gql(
      'mutation { startProcess(input: { key: "complaint-handling", businessKey: "L-1", variables: { caseRef: "L-1", vip: false } }) { id tasks { id } } }',
    );
    const { id, tasks } = started.data.startProcess;
    await signIn(page, s.server.url, 'supervisor', 'demo', `#/instance/${id}`);
    const history = page.locator('ol.history');
    await history.getByText('Started “Complaint received”').waitFor();
    await history.getByText('Task created: Review complaint L-1').waitFor();
    assert.equal(await history.getByText(/element\.started|task\.created/).count(), 0);
    // A change made elsewhere shows up without reloading.
    await s.gql('mutation($id: ID!) { claimTask(id: $id) { id } }', { id: tasks[0].id }, { as: 'expert' });
    await history.getByText('Task claimed: Review complaint L-1').waitFor();
    await page.locator('aside li', { hasText: 'Review complaint L-1' }).getByText('Assigned').waitFor();
    await screenshot(page, 'instance-live');

    await page.getByRole('button', { name: 'Cancel instance' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Cancel L-1? Its open tasks are withdrawn').waitFor();
    await dialog.getByRole('button', { name: 'Go back' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const still = await s.gql('query($id: ID!) { processInstance(id: $id) { state } }', { id });
    assert.equal(still.data.processInstance.state, 'ACTIVE', 'going back cancels nothing');
    await page.getByRole('button', { name: 'Cancel instance' }).click();
    await dialog.getByRole('button', { name: 'Cancel instance' }).click();
    await page.getByRole('heading', { level: 1 }).getByText('Cancelled').waitFor();
    await history.getByText('Instance cancelled').waitFor();
  });
});
