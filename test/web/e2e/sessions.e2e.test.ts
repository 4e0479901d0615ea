import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import type { TestServer } from '../../support/server.ts';
import { codeOf } from '../../graphql/http-helpers.ts';
import { screenshot, signIn, useBrowserPage } from './browser.ts';

const STRONG = 'ferry lantern quietly 1987 orchids';
const storedToken = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('crossdesk.session') ?? 'null')?.token as string | undefined);

/** Fills and sends the change-password form. */
async function changePassword(page: Page, current: string, next: string) {
  await page.getByLabel('Current password').fill(current);
  await page.getByLabel('New password', { exact: true }).fill(next);
  await page.getByLabel('Repeat the new password').fill(next);
  await page.getByRole('button', { name: 'Change password' }).click();
}

describe('web app in Chromium: sessions and passwords', function () {
  this.timeout(60_000);
  const session = useBrowserPage();
  let s: TestServer;
  let page: Page;
  beforeEach(async () => {
    ({ s, page } = session);
  });

  it('signs out on the server too: the token stops working', async () => {
    await signIn(page, s.server.url, 'expert', 'demo', '#/inbox');
    const token = await storedToken(page);
    assert.equal((await s.gql('{ me { id } }', {}, { token })).data.me.id, 'expert');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    assert.equal(await storedToken(page), undefined);
    assert.equal(codeOf(await s.gql('{ me { id } }', {}, { token })), 'UNAUTHENTICATED');
  });

  it('changes the password from the header, explaining a weak one', async () => {
    await signIn(page, s.server.url, 'designer', 'demo');
    await page.getByRole('link', { name: 'Change password' }).click();
    await changePassword(page, 'demo', 'password1234');
    await page
      .getByRole('alert')
      .getByText(/Not accepted/)
      .waitFor();
    await changePassword(page, 'wrong', STRONG);
    await page.getByRole('alert').getByText('The current password is wrong.').waitFor();
    await changePassword(page, 'demo', STRONG);
    await page
      .getByRole('status')
      .getByText(/Your password is changed/)
      .waitFor();
    await screenshot(page, 'change-password');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, s.server.url, 'designer', STRONG);
    assert.equal(await page.getByRole('navigation').getByRole('link').count(), 6);
  });

  it('makes a user whose password was reset change it before anything else', async () => {
    const oneTime = (await s.gql('mutation { resetPassword(userId: "agent") }')).data.resetPassword;
    await signIn(page, s.server.url, 'agent', oneTime);
    await page.getByTestId('password-forced').waitFor();
    assert.equal(await page.getByRole('navigation').count(), 0, 'no navigation until the password is changed');
    await screenshot(page, 'change-password-forced');
    await changePassword(page, oneTime, STRONG);
    await page.getByRole('navigation').getByRole('link', { name: 'Agent desktop' }).waitFor();
    assert.equal(
      await page.evaluate(() => JSON.parse(localStorage.getItem('crossdesk.session')!).mustChangePassword),
      false,
    );
  });

  it('tells the user to wait after too many wrong passwords', async () => {
    await page.goto(`${s.server.url}/`);
    for (let i = 0; i < 6; i++) {
      await page.getByLabel(/User id/).fill('supervisor');
      await page.getByLabel(/Password/).fill(`wrong-${i}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').waitFor();
      await page.getByRole('button', { name: 'Sign in' }).and(page.locator(':enabled')).waitFor();
    }
    assert.match(await page.getByRole('alert').innerText(), /Too many attempts\. Try again in \d+ s\./);
  });
});
