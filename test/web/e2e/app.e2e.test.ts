import { strict as assert } from 'node:assert';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { ensureBuilt, launchBrowser, screenshot, signIn } from './browser.ts';

describe('web app in Chromium', function () {
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
    // Demo mode gives the demo users (password "demo") and the complaint-handling process.
    s = await startTestServer({ CROSSDESK_DEMO: 'true' });
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await screenshot(page, `failed-${this.currentTest.title.slice(0, 40).replace(/\W+/g, '-')}`);
    await context?.close();
    await s?.close();
  });

  it('signs in, shows the navigation of the role, switches to Chinese, and refuses a wrong password', async () => {
    await page.goto(`${s.server.url}/`);
    await page.getByLabel(/User id/).fill('designer');
    await page.getByLabel(/Password/).fill('wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    await screenshot(page, 'sign-in');
    await signIn(page, s.server.url, 'designer');
    const nav = await page.getByRole('navigation').getByRole('link').allTextContents();
    assert.deepEqual(nav, ['Instances', 'Processes', 'Modeler', 'Forms']);
    await page.getByTestId('language').selectOption('zh-CN');
    await page.getByRole('link', { name: '流程', exact: true }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  });

  it('lists process versions, starts one, and edits and deploys a task form in the form designer', async () => {
    await signIn(page, s.server.url, 'designer', 'demo', '#/definitions');
    const complaints = page.locator('section', { has: page.getByRole('heading', { name: /Complaint handling/ }) });
    await complaints.getByRole('button', { name: 'Start' }).click();
    await page.getByText(/Started instance/).waitFor();
    await screenshot(page, 'definitions');
    await page.getByRole('link', { name: 'Instances', exact: true }).first().click();
    await page.locator('table tbody tr').first().waitFor();
    await screenshot(page, 'instances');
    await page.goto(`${s.server.url}/#/forms/complaint-review`);
    await page.locator('.fjs-editor-container').getByText('Summary of the complaint').first().waitFor();
    await page.getByRole('button', { name: 'Save form' }).click();
    await page.getByText('Saved form complaint-review.').waitFor();
    const draft = await page.evaluate(() => JSON.parse(localStorage.getItem('crossdesk.forms.complaint-review') ?? 'null'));
    assert.ok(draft.components.some((c: any) => c.key === 'summary'));
    await page.getByRole('button', { name: 'Deploy to server' }).click();
    await page.getByText('Deployed form complaint-review, version 1').waitFor();
    const deployed = await s.gql('{ taskForm(key: "complaint-review") { version schema } }');
    assert.ok(deployed.data.taskForm.schema.components.some((c: any) => c.key === 'summary'), 'the task page now gets the form from the server');
    assert.equal(await page.evaluate(() => localStorage.getItem('crossdesk.forms.complaint-review')), null, 'the draft is gone once deployed');
    await screenshot(page, 'form-designer');
  });
});
