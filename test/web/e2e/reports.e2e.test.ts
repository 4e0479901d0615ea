import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { makeManualClock, type ManualClock } from '../../../engine/index.ts';
import { reportsCaughtUp } from '../../support/reports.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { ensureBuilt, launchBrowser, screenshot, signIn } from './browser.ts';

const CTI = 'mutation($i: CtiEventInput!) { ctiEvent(input: $i) { outcome } }';

describe("web app in Chromium: the Reports page shows yesterday's service level and downloads matching CSV", function () {
  this.timeout(90_000);
  let s: TestServer;
  let clock: ManualClock;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    await ensureBuilt();
    browser = await launchBrowser();
    // Yesterday at 10:00 local time (the page's default range is yesterday, local midnight to midnight).
    const now = new Date();
    const yesterday10 = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1, 10, 0, 0).getTime();
    clock = makeManualClock(yesterday10);
    s = await startTestServer({ CROSSDESK_DEMO: 'true' }, { clock });
    const cti = (offset: number, i: Record<string, unknown>) => {
      clock.set(yesterday10 + offset * 1000);
      return s.gql(CTI, { i: { at: new Date(clock.now()).toISOString(), ...i } });
    };
    await cti(0, { type: 'AGENT_LOGIN', agentId: 'lena' });
    for (const [n, wait] of [
      [1, 5],
      [2, 40],
    ]) {
      await cti(n * 600, { type: 'CALL_OFFERED', callId: `y-${n}`, queue: 'hotline' });
      await cti(n * 600 + wait, { type: 'CALL_ANSWERED', callId: `y-${n}`, agentId: 'lena' });
      await cti(n * 600 + 200, { type: 'CALL_ENDED', callId: `y-${n}` });
    }
    await cti(3 * 600, { type: 'CALL_OFFERED', callId: 'y-3', queue: 'hotline' });
    await cti(3 * 600 + 90, { type: 'CALL_ENDED', callId: 'y-3' }); // abandoned after 90 s
    clock.set(Date.now());
    await reportsCaughtUp(s.server);
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await s?.close();
  });

  it('draws the service-level chart over yesterday and the table total equals the CSV total', async function () {
    try {
      await signIn(page, s.server.url, 'supervisor', 'demo', '#/reports');
      await page.getByRole('link', { name: 'Reports' }).waitFor();
      await page.waitForFunction(
        () => Number(document.querySelector('[data-chart="service-level"]')?.getAttribute('data-points')) > 0,
      );
      const total = page.locator('tr[data-row="total"] td');
      const cells = await total.allInnerTexts();
      // offered 3 (2 answered, 1 abandoned); 1 answered within 20 s of 2 counted after no short abandons: 33.3 %.
      assert.deepEqual(cells.slice(0, 4), ['3', '2', '1', '33.3']);
      await screenshot(page, 'reports-yesterday');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download queues CSV' }).click(),
      ]);
      const text = readFileSync((await download.path()) as string, 'utf8');
      const [header, ...lines] = text.trim().split('\n');
      const columns = header.split(',');
      const rows = lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [columns[i], v])));
      const all = rows.find((r) => r.queue === '*' && r.overRange === 'true');
      assert.ok(all, text);
      assert.deepEqual([all.offered, all.answered, all.abandoned, all.serviceLevelPercent], cells.slice(0, 4));
    } catch (err) {
      await screenshot(page, 'failed-reports');
      throw err;
    }
  });
});
