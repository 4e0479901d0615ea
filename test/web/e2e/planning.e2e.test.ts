import { strict as assert } from 'node:assert';
import { seedHistory } from '../../support/planning-history.ts';
import { screenshot, signIn, useBrowserPage } from './browser.ts';

const DAY = 86_400_000;
const DAY_START = Math.floor(Date.now() / DAY) * DAY + 2 * DAY;
const DATE = new Date(DAY_START).toISOString().slice(0, 10);

describe('web app in Chromium: planning (a supervisor rosters a day, sees the gap and simulates it)', function () {
  this.timeout(120_000);
  const session = useBrowserPage();

  it('shows the forecast and accuracy, the staffing gap, takes a shift and a CSV, and compares policies', async () => {
    const { s, page } = session;
    const q = await s.gql(
      'mutation { upsertQueue(input: { name: "plan-q", channel: VOICE, slaSeconds: 20, slaTargetPercent: 80 }) { name } }',
    );
    assert.equal(q.errors, undefined, JSON.stringify(q.errors));
    // A back-office queue beside it: the simulated day holds every queue of the site (here: of none).
    const claims = await s.gql(
      'mutation { upsertQueue(input: { name: "plan-claims", channel: BACKOFFICE, slaSeconds: 28800, slaTargetPercent: 90 }) { name } }',
    );
    assert.equal(claims.errors, undefined, JSON.stringify(claims.errors));
    // 40 calls (and 40 claims) a day from 10:00 UTC, a minute apart, 300 s each, over the 8 weeks before today.
    await seedHistory(s.testDb.db, 'plan-q', DAY_START - 2 * DAY, 56, 40);
    await seedHistory(s.testDb.db, 'plan-claims', DAY_START - 2 * DAY, 56, 40, null, 'BACKOFFICE');
    await signIn(page, s.server.url, 'supervisor', 'demo', '#/planning');
    await page.locator('select[name="queue"]').selectOption('plan-q');
    await page.locator('input[name="from"]').fill(DATE);
    await page.locator('input[name="days"]').fill('1');
    await page.locator('select[name="interval"]').selectOption('15');
    await page.getByRole('button', { name: 'Show plan' }).click();
    await page
      .getByTestId('accuracy')
      .getByText(/over 4 held-out weeks/)
      .waitFor();
    const ten = page.getByTestId('plan').locator('tr[data-start="10:00"]');
    await ten.waitFor();
    const required = Number(await ten.locator('td').nth(2).textContent());
    assert.ok(required > 1, `required ${required}`);
    assert.equal(await ten.locator('td[data-gap]').getAttribute('data-gap'), String(-required));
    assert.match((await ten.getAttribute('class')) ?? '', /short/);

    // A mailing doubles the day: the forecast and the requirement follow.
    const before = Number(await ten.locator('td').nth(1).textContent());
    const adjust = page.getByTestId('adjust');
    await adjust.locator('input[name="adjust-percent"]').fill('100');
    await adjust.locator('input[name="adjust-reason"]').fill('mailing');
    await adjust.getByRole('button', { name: 'Apply' }).click();
    await ten
      .locator('td')
      .nth(1)
      .getByText((before * 2).toFixed(1).slice(0, -1), { exact: false })
      .waitFor();
    assert.ok(Math.abs(Number(await ten.locator('td').nth(1).textContent()) - before * 2) < 0.11);
    assert.ok(Number(await ten.locator('td').nth(2).textContent()) > required);

    // A shift through the form: 09:00-17:00 with a break at 10:00.
    const form = page.getByTestId('shift-form');
    await form.locator('input[name="agent"]').fill('agent');
    await form.locator('input[name="date"]').fill(DATE);
    await form.locator('input[name="breaks"]').fill('10:00-10:15');
    await form.locator('input[name="shift-queue"]').fill('plan-q');
    await form.getByRole('button', { name: 'Save shift' }).click();
    await page.getByTestId('roster').locator('tr[data-shift="agent"]').waitFor();
    const quarter = page.getByTestId('plan').locator('tr[data-start="10:15"]');
    await quarter.locator('td').nth(4).getByText('1', { exact: true }).waitFor();
    assert.equal(await ten.locator('td').nth(4).textContent(), '0', 'on a break at 10:00');

    // A CSV with a bad line is refused with its line number; a good one fills the gap at 10:15.
    const roster = page.getByTestId('roster');
    await roster
      .locator('textarea[name="csv"]')
      .fill(`agent,date,start,end,queue\nexpert,${DATE},09:00,17:00,plan-q\nnobody,${DATE},09:00,17:00,plan-q`);
    await roster.getByRole('button', { name: 'Import' }).click();
    await page
      .getByRole('alert')
      .getByText(/line 3: .*nobody/)
      .waitFor();
    const lines = Array.from(
      { length: 12 },
      (_, i) => `${['expert', 'expert2', 'designer', 'integrator', 'outsider'][i] ?? ''}`,
    ).filter(Boolean);
    await roster
      .locator('textarea[name="csv"]')
      .fill(['agent,date,start,end,queue', ...lines.map((a) => `${a},${DATE},09:00,17:00,`)].join('\n'));
    // No queue: these agents serve every queue of the site (they count for plan-q and work the claims).
    await roster.getByRole('button', { name: 'Import' }).click();
    await page.getByText(`${lines.length} shifts imported.`).waitFor();
    await quarter
      .locator('td')
      .nth(4)
      .getByText(String(lines.length + 1), { exact: true })
      .waitFor();
    await screenshot(page, 'planning-roster');

    await page.getByTestId('simulation').getByRole('button', { name: 'Simulate this day' }).click();
    for (const policy of ['BLENDED', 'BLENDED_NO_RESERVE', 'SEPARATE'])
      await page.locator(`tr[data-policy="${policy}"][data-state="DONE"]`).waitFor({ timeout: 60_000 });
    const sl = await page.locator('tr[data-policy="BLENDED"] td').nth(1).textContent();
    assert.match(sl ?? '', /^\d+(\.\d)?%$/);
    // The forecast claims are worked on the simulated day too.
    const done = await page.locator('tr[data-policy="BLENDED"] td[data-back-office]').getAttribute('data-back-office');
    assert.ok(Number(done) > 0, `back-office work done: ${done}`);
    await screenshot(page, 'planning-simulation');
  });
});
