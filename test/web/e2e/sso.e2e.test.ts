import { strict as assert } from 'node:assert';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startSsoRig, type SsoRig } from '../../support/oidc-flow.ts';
import { ensureBuilt, launchBrowser, screenshot } from './browser.ts';

const ACCOUNTS = {
  ana: { name: 'Ana Ortiz', preferred_username: 'ana', email: 'ana@contoso.example', groups: ['cc-agents'] },
  nobody: { name: 'No Role', preferred_username: 'nobody', groups: ['marketing'] },
};

/** Clicks "Sign in with Contoso ID" and signs in on the provider's own login page. */
async function signInAtProvider(page: Page, baseUrl: string, login: string) {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('link', { name: 'Sign in with Contoso ID' }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('anything');
  await page.locator('button[type="submit"]').click();
}

describe('web app in Chromium: single sign-on through an OpenID provider', function () {
  this.timeout(90_000);
  let browser: Browser;
  let rig: SsoRig;
  let context: BrowserContext;
  let page: Page;
  before(async () => {
    await ensureBuilt();
    browser = await launchBrowser();
  });
  after(() => browser?.close());
  beforeEach(async () => {
    rig = await startSsoRig(ACCOUNTS, { CROSSDESK_LOCAL_PASSWORDS: 'false' });
    context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed')
      await screenshot(page, `failed-sso-${this.currentTest.title.slice(0, 30).replace(/\W+/g, '-')}`);
    await context?.close();
    await rig?.close();
  });

  it('signs in with the provider and lands signed in; no code stays in the address or history', async () => {
    await page.goto(`${rig.s.server.url}/`);
    await page.getByRole('link', { name: 'Sign in with Contoso ID' }).waitFor();
    // Local passwords are off: the sign-in page offers no password form.
    assert.equal(await page.getByLabel('Password').count(), 0);
    await screenshot(page, 'sso-sign-in');
    await signInAtProvider(page, rig.s.server.url, 'ana');
    await page.getByTestId('who').getByText('Ana Ortiz').waitFor();
    assert.doesNotMatch(page.url(), /sso_code/);
    const token = await page.evaluate(() => JSON.parse(localStorage.getItem('crossdesk.session') ?? 'null')?.token);
    assert.equal((await rig.s.gql('{ me { id roles } }', {}, { token })).data.me.id, 'ana');
    // Back in history is the provider's page or the app, never the address with the one-time code.
    await page.goBack().catch(() => undefined);
    assert.doesNotMatch(page.url(), /sso_code/);
    await screenshot(page, 'sso-signed-in');
  });

  it('shows a clear refusal when the provider vouches for someone without a role', async () => {
    await signInAtProvider(page, rig.s.server.url, 'nobody');
    await page
      .getByRole('alert')
      .getByText(/nothing gives you a role/)
      .waitFor();
    assert.equal(await page.getByTestId('who').count(), 0);
  });
});
