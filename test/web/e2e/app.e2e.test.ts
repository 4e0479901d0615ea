import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import type { TestServer } from '../../support/server.ts';
import { screenshot, signIn, useBrowserPage } from './browser.ts';

describe('web app in Chromium', function () {
  this.timeout(60_000);
  const session = useBrowserPage();
  let s: TestServer;
  let page: Page;
  beforeEach(async () => {
    ({ s, page } = session);
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
    assert.deepEqual(nav, ['Instances', 'Processes', 'Modeler', 'Forms', 'Rules', 'Web forms']);
    await page.getByTestId('language').selectOption('zh-CN');
    await page.getByRole('link', { name: '流程', exact: true }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  });

  it('lists process versions, starts one, and edits and deploys a task form in the form designer', async () => {
    await signIn(page, s.server.url, 'designer', 'demo', '#/definitions');
    const complaints = page.locator('section', { has: page.getByRole('heading', { name: /Complaint handling/ }) });
    await complaints.getByRole('button', { name: 'Start', exact: true }).click();
    await complaints.getByRole('button', { name: 'Start instance' }).click();
    await page.getByText(/Started instance/).waitFor();
    await screenshot(page, 'definitions');
    await page.getByRole('link', { name: 'Instances', exact: true }).first().click();
    await page.locator('table tbody tr').first().waitFor();
    await screenshot(page, 'instances');
    await page.goto(`${s.server.url}/#/forms/complaint-review`);
    await page.locator('.fjs-editor-container').getByText('Summary of the complaint').first().waitFor();
    await page.getByRole('button', { name: 'Save form' }).click();
    await page.getByText('Saved form complaint-review.').waitFor();
    const draft = await page.evaluate(() =>
      JSON.parse(localStorage.getItem('crossdesk.forms.complaint-review') ?? 'null'),
    );
    assert.ok(draft.components.some((c: any) => c.key === 'summary'));
    await page.getByRole('button', { name: 'Deploy to server' }).click();
    await page.getByText('Deployed form complaint-review, version 1').waitFor();
    const deployed = await s.gql('{ taskForm(key: "complaint-review") { version schema } }');
    assert.ok(
      deployed.data.taskForm.schema.components.some((c: any) => c.key === 'summary'),
      'the task page now gets the form from the server',
    );
    assert.equal(
      await page.evaluate(() => localStorage.getItem('crossdesk.forms.complaint-review')),
      null,
      'the draft is gone once deployed',
    );
    await screenshot(page, 'form-designer');
  });
});
