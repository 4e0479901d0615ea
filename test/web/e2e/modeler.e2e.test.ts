import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { TestServer } from '../../support/server.ts';
import { screenshot, signIn, useBrowserPage } from './browser.ts';

const klingon = readFileSync(new URL('./fixtures/klingon.bpmn', import.meta.url));

/**
 * Selects a shape by clicking it at `x` (a fraction of its width). A click on a selected shape would
 * deselect it, and two quick clicks on one spot are a double click (label editing), so callers vary `x`.
 */
async function clickShape(page: Page, id: string, x = 0.7): Promise<void> {
  const shape = page.locator(`g.djs-element[data-element-id="${id}"]`).first();
  if (/\bselected\b/.test((await shape.getAttribute('class')) ?? '')) return;
  const box = await shape.boundingBox();
  assert.ok(box, `shape ${id} is drawn`);
  // Right of centre: a selected connection's context pad sits at its end, on the left of the target.
  await page.mouse.click(box.x + box.width * x, box.y + box.height / 2);
  await page.locator('.djs-context-pad.open').waitFor({ state: 'attached' });
}

describe('web app in Chromium: the modeler', function () {
  this.timeout(60_000);
  const session = useBrowserPage();
  let s: TestServer;
  let page: Page;
  beforeEach(async () => {
    ({ s, page } = session);
    await signIn(page, s.server.url, 'designer', 'demo', '#/modeler');
    await page.locator('[data-element-id="start"]').waitFor();
  });

  it('lets a designer draw a process with the palette, set a skill in the Routing group, and deploy it', async () => {
    // Palette: a task placed on the canvas, then made a user task through the replace menu.
    await page.locator('.djs-palette [data-action="create.task"]').click();
    await page.mouse.click(520, 420);
    await page.keyboard.type('Check order');
    await page.mouse.click(900, 700);
    const taskId = await page
      .locator('.djs-element.djs-shape[data-element-id^="Activity_"]')
      .first()
      .getAttribute('data-element-id');
    assert.ok(taskId);
    await clickShape(page, taskId);
    await page.locator('.djs-context-pad [data-action="replace"]').click();
    await page.locator('[data-id="replace-with-user-task"]').click();
    // Connect the start event to the task, and append an end event.
    await clickShape(page, 'start');
    await page.locator('.djs-context-pad [data-action="connect"]').click();
    await clickShape(page, taskId, 0.4);
    await page.waitForTimeout(600);
    await clickShape(page, taskId);
    await page.locator('.djs-context-pad [data-action="append.end-event"]').click();
    await page.mouse.click(900, 700);
    // Properties panel: the Routing group of the user task.
    await clickShape(page, taskId);
    await page.locator('[data-group-id="group-crossdesk-routing"] .bio-properties-panel-group-header').click();
    const skills = page.locator('#bio-properties-panel-crossdesk-skills');
    await skills.fill('billing:11');
    await page.getByText('Skill levels run from 1 to 10').waitFor();
    await skills.fill('billing:3 spanish:2');
    await page.locator('#bio-properties-panel-crossdesk-queue').fill('backoffice');
    await page.locator('#bio-properties-panel-crossdesk-sla').fill('PT4H');
    await page.waitForTimeout(400); // the panel debounces input
    await screenshot(page, 'modeler');
    await page.getByTestId('deploy').click();
    const notice = await page.getByTestId('modeler-notice').textContent();
    assert.match(notice!, /Deployed process-\w+ version 1/);
    const defs = await s.gql('{ processDefinitions { key bpmnXml } }');
    const deployed = defs.data.processDefinitions.find((d: any) => d.key.startsWith('process-'));
    assert.match(
      deployed.bpmnXml,
      /<bpmn:userTask id="Activity_\w+" name="Check order" crossdesk:skills="billing:3 spanish:2" crossdesk:queue="backoffice" crossdesk:sla="PT4H"/,
    );
  });

  it("shows the server's BPMN_INVALID problems on the offending elements", async () => {
    // A lone start event: no end event, and the start event leads nowhere.
    await page.getByTestId('deploy').click();
    await page.getByTestId('modeler-error').waitFor();
    const marked = await page
      .locator('div.cd-problem-note')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-element-id')));
    assert.ok(marked.includes('start'), JSON.stringify(marked));
    assert.match(
      (await page.locator('div.cd-problem-note[data-element-id="start"]').textContent()) ?? '',
      /no-implicit-end|end-event-required/,
    );
    await screenshot(page, 'modeler-problems');
  });

  it("clears the previous diagram's problems when a file opens, and warns of a task nobody can take", async () => {
    const problems = page.locator('details', { hasText: /^Problems \(/ });
    await page.getByTestId('deploy').click();
    await problems.waitFor();
    assert.ok((await page.locator('div.cd-problem-note').count()) > 0);
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'klingon.bpmn', mimeType: 'application/xml', buffer: klingon });
    await page.locator('[data-element-id="answer"]').first().waitFor();
    assert.equal(await problems.count(), 0, 'the old problems list is gone');
    assert.equal(await page.getByTestId('modeler-error').count(), 0);
    await page.getByTestId('deploy').click();
    await page
      .getByTestId('modeler-notice')
      .getByText(/Deployed klingon-care version 1, with 1 warning/)
      .waitFor();
    await page.getByTestId('modeler-warnings').getByText('No agent has klingon:5.').waitFor();
    await page.locator('div.cd-warning-note[data-element-id="answer"]').waitFor();
    await screenshot(page, 'modeler-warnings');
    // The process list says it too, for the version that new instances run.
    await page.getByRole('navigation').getByRole('link', { name: 'Processes' }).click();
    const card = page.locator('section', { has: page.getByRole('heading', { name: /Klingon care/ }) });
    await card.getByTestId('definition-warnings').getByText('No agent has klingon:5.').waitFor();
  });

  it('asks before dropping unsaved edits: a new diagram, another page', async () => {
    await page.locator('.djs-palette [data-action="create.task"]').click();
    await page.mouse.click(520, 420);
    await page.keyboard.press('Escape');
    const tasks = () => page.locator('.djs-element.djs-shape[data-element-id^="Activity_"]').count();
    assert.equal(await tasks(), 1);
    const dialog = page.getByRole('dialog');

    await page.getByRole('button', { name: 'New diagram' }).click();
    await dialog.getByText('The diagram has changes that are neither deployed nor downloaded.').waitFor();
    await page.getByTestId('unsaved').waitFor();
    await dialog.getByRole('button', { name: 'Go back' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await tasks(), 1, 'going back keeps the edits');

    await page.getByRole('navigation').getByRole('link', { name: 'Processes' }).click();
    await dialog.getByRole('button', { name: 'Go back' }).click();
    assert.match(page.url(), /#\/modeler$/);
    assert.equal(await tasks(), 1, 'the modeler stayed, with the edits');

    await page.getByRole('navigation').getByRole('link', { name: 'Processes' }).click();
    await dialog.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('heading', { name: 'Processes', level: 1 }).waitFor();
    assert.match(page.url(), /#\/definitions$/);
  });
});
