import { strict as assert } from 'node:assert';
import { saveUser, SYSTEM_ACTOR, upsertAgent, upsertSite } from '../../../engine/index.ts';
import { screenshot, signIn, useBrowserPage } from './browser.ts';

const ADMIN_PASSWORD = 'granite-orchid-tally-58';
const SUE_PASSWORD = 'copper-willow-sunrise-73';

describe('web app in Chromium: sites (an admin sets up a site; its supervisor sees only its agents)', function () {
  this.timeout(90_000);
  const session = useBrowserPage();

  it('an admin creates a site with hours, holidays and a supervisor; a bad zone is refused under its field; the supervisor sees only the site agents', async () => {
    const { s, page } = session;
    const engine = s.server.engine;
    await saveUser(engine, null, { id: 'ana', name: 'Ana Admin', roles: ['admin'], password: ADMIN_PASSWORD });
    await saveUser(engine, null, { id: 'sue', name: 'Sue Site', roles: ['supervisor'], password: SUE_PASSWORD });
    await signIn(page, s.server.url, 'ana', ADMIN_PASSWORD, '#/people?tab=sites');
    // The demo's sites are listed.
    await page.getByTestId('sites').locator('[data-site="lyon"]').waitFor();
    const form = page.getByTestId('create-site');
    await form.locator('input[name="site-id"]').fill('porto');
    await form.locator('input[name="site-name"]').fill('Porto team');
    await form.locator('input[name="site-zone"]').fill('Europe/Oporto');
    await form.locator('textarea[name="site-hours"]').fill('MON-FRI 09:00-18:00\nSAT 10:00-13:00');
    await form.locator('textarea[name="site-holidays"]').fill('2026-06-13 Santo António');
    await form.locator('input[name="site-supervisors"]').fill('sue');
    await form.getByRole('button', { name: 'Create site' }).click();
    await form
      .getByRole('alert')
      .getByText(/unknown time zone "Europe\/Oporto"/)
      .waitFor();
    assert.equal(await page.locator('[data-site="porto"]').count(), 0, 'nothing was created');
    await form.locator('input[name="site-zone"]').fill('Europe/Lisbon');
    await form.getByRole('button', { name: 'Create site' }).click();
    const porto = page.getByTestId('sites').locator('[data-site="porto"]');
    await porto.waitFor();
    assert.equal(
      await porto.locator('textarea[name="site-hours"]').inputValue(),
      'MON-FRI 09:00-18:00\nSAT 10:00-13:00',
    );
    assert.equal(await porto.locator('input[name="site-supervisors"]').inputValue(), 'sue');
    await screenshot(page, 'sites-admin');
    const stored = (await s.gql('{ sites { id timeZone holidays { date name } supervisors { id } } }')).data.sites;
    assert.deepEqual(
      stored.find((x: any) => x.id === 'porto'),
      {
        id: 'porto',
        timeZone: 'Europe/Lisbon',
        holidays: [{ date: '2026-06-13', name: 'Santo António' }],
        supervisors: [{ id: 'sue' }],
      },
    );

    // Two agents at Porto, the demo's at Lyon: Sue, supervising Porto, sees only Porto's.
    await upsertAgent(engine, SYSTEM_ACTOR, { id: 'rui', name: 'Rui', site: 'porto' });
    await upsertAgent(engine, SYSTEM_ACTOR, { id: 'ines', name: 'Inês', site: 'porto' });
    await upsertSite(engine, SYSTEM_ACTOR, { id: 'porto' });
    const suePage = await session.context
      .browser()!
      .newContext({ viewport: { width: 1400, height: 900 } })
      .then(async (c) => {
        c.setDefaultTimeout(8000);
        return c.newPage();
      });
    try {
      await signIn(suePage, s.server.url, 'sue', SUE_PASSWORD, '#/people?tab=agents');
      const agents = suePage.getByTestId('agents');
      await agents.locator('tr[data-agent="rui"]').waitFor();
      const shown = await agents
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-agent')));
      assert.deepEqual(shown.sort(), ['ines', 'rui']);
      assert.equal(await agents.locator('tr[data-agent="rui"] select').inputValue(), 'porto');
      await suePage.goto(`${s.server.url}/#/supervisor`);
      await suePage.getByTestId('my-sites').getByText('Your sites: Porto team').waitFor();
      await screenshot(suePage, 'sites-supervisor-board');
    } finally {
      await suePage.context().close();
    }
  });
});
