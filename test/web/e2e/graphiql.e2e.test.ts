import { strict as assert } from 'node:assert';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { launchBrowser, screenshot } from './browser.ts';

describe('GraphiQL in Chromium without internet', function () {
  this.timeout(90_000);
  let browser: Browser;
  let s: TestServer;
  before(async () => {
    browser = await launchBrowser();
    s = await startTestServer();
  });
  after(async () => {
    await browser?.close();
    await s?.close();
  });

  it('loads from the server alone, reads the schema and runs a query, with every other host cut off', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const origin = new URL(s.server.url).origin;
    const elsewhere: string[] = [];
    const errors: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || /^(data|blob):/.test(url)) return route.continue();
      elsewhere.push(url);
      return route.abort();
    });
    page.on('pageerror', (err) => errors.push(err.message));
    try {
      await page.goto(`${s.server.url}/graphql`);
      await page.getByRole('button', { name: 'Show Documentation Explorer' }).click({ timeout: 30_000 });
      await page.getByText('Root Types').waitFor({ timeout: 15_000 });
      await page.locator('.graphiql-query-editor .monaco-editor').first().click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('{ __typename'); // the editor closes the brace itself
      // The schema-aware typeahead opens over the run button: close it first.
      await page.locator('.suggest-widget.visible').waitFor({ timeout: 15_000 });
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
      await page.locator('.graphiql-response').getByText('"Query"').waitFor({ timeout: 15_000 });
      await screenshot(page, 'graphiql');
      assert.deepEqual(elsewhere, [], 'nothing was asked of another host');
      assert.deepEqual(errors, []);
    } catch (err) {
      await screenshot(page, 'failed-graphiql');
      throw err;
    } finally {
      await context.close();
    }
  });
});
