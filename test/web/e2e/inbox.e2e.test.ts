import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import type { TestServer } from '../../support/server.ts';
import { screenshot, signIn, useBrowserPage } from './browser.ts';

const START =
  'mutation($ref: String!) { startProcess(input: { key: "complaint-handling", businessKey: $ref, variables: { caseRef: $ref, vip: false } }) { id tasks { id } } }';

describe('web app in Chromium: task inbox and instance', function () {
  this.timeout(60_000);
  const session = useBrowserPage();
  let s: TestServer;
  let page: Page;
  beforeEach(async () => {
    ({ s, page } = session);
  });

  it('shows an expert a new task live, validates the form, and completes the task with its values', async () => {
    await signIn(page, s.server.url, 'expert', 'demo', '#/inbox');
    await page.getByText('0 of 0 tasks').waitFor();
    const started = await s.gql(START, { ref: 'C-42' }, { as: 'supervisor' });
    const taskId = started.data.startProcess.tasks[0].id;
    // No reload: the task arrives through the taskEvents subscription.
    const row = page.locator(`tr[data-task-id="${taskId}"]`);
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /Review complaint C-42/);
    await page.getByText('1 of 1 tasks').waitFor();
    await screenshot(page, 'inbox');
    await row.getByRole('link').click();
    await page.getByRole('button', { name: 'Claim' }).click();
    await page.getByTestId('complete-task').waitFor();
    await page.getByLabel('Summary of the complaint').waitFor();
    // An empty required field keeps the task open.
    await page.getByTestId('complete-task').click();
    await page.getByText('Please fix the highlighted fields.').waitFor();
    await page.getByLabel('Summary of the complaint').fill('Parcel arrived damaged');
    // form-js applies typed text after a 300 ms debounce, from the data as it was: let it land first.
    await page.waitForTimeout(400);
    await page.getByLabel('Refund is due').check();
    await page.getByLabel('Refund amount').fill('25');
    await screenshot(page, 'task-form');
    await page.getByTestId('complete-task').click();
    await page.getByText('Task completed.').waitFor();
    const task = await s.gql(
      'query($id: ID!) { task(id: $id) { state completedBy { id } processInstance { variables tasks { name state } } } }',
      { id: taskId },
    );
    assert.equal(task.data.task.state, 'COMPLETED');
    assert.equal(task.data.task.completedBy.id, 'expert');
    assert.deepEqual(
      [
        task.data.task.processInstance.variables.summary,
        task.data.task.processInstance.variables.refund,
        task.data.task.processInstance.variables.refundAmount,
      ],
      ['Parcel arrived damaged', true, 25],
    );
    assert.ok(
      task.data.task.processInstance.tasks.some((t: any) => t.name === 'Approve refund' && t.state === 'QUEUED'),
    );

    // "Next task" pulls the best waiting task, claims it, and opens it.
    const next = await s.gql(START, { ref: 'C-43' }, { as: 'supervisor' });
    await page.goto(`${s.server.url}/#/inbox`);
    await page.locator(`tr[data-task-id="${next.data.startProcess.tasks[0].id}"]`).waitFor();
    await page.getByTestId('next-task').click();
    await page.getByRole('heading', { name: 'Review complaint C-43' }).waitFor();
    await page.getByRole('button', { name: 'Give back' }).waitFor();
  });

  it('loads the inbox with under 500 kB of JavaScript: the designer libraries stay out', async () => {
    const scripts = new Map<string, number>();
    page.on('response', async (res) => {
      if (res.url().endsWith('.js')) scripts.set(res.url(), (await res.body()).length);
    });
    await signIn(page, s.server.url, 'expert', 'demo', '#/inbox');
    await page.getByText('0 of 0 tasks').waitFor();
    const total = [...scripts.values()].reduce((a, b) => a + b, 0);
    assert.ok(
      total > 10_000 && total < 500_000,
      `inbox JavaScript: ${total} bytes in ${[...scripts.keys()].join(', ')}`,
    );
    assert.ok(
      ![...scripts.keys()].some((url) => /Modeler|FormDesigner|NavigatedViewer/.test(url)),
      [...scripts.keys()].join(', '),
    );
  });

  it('shows a supervisor the instance diagram with its active task and lets them cancel it', async () => {
    const started = await s.gql(START, { ref: 'C-7' }, { as: 'supervisor' });
    const instanceId = started.data.startProcess.id;
    await signIn(page, s.server.url, 'supervisor', 'demo', `#/instance/${encodeURIComponent(instanceId)}`);
    await page
      .locator('[data-testid="instance-diagram"] .cd-active[data-element-id="review"]')
      .waitFor({ state: 'attached' });
    assert.equal(await page.locator('.cd-completed[data-element-id="received"]').count(), 1);
    assert.equal(await page.locator('.cd-tasks').textContent(), '1');
    await screenshot(page, 'instance');
    await page.getByLabel('Reason').fill('duplicate');
    await page.getByRole('button', { name: 'Cancel instance' }).click();
    await page.getByTestId('confirm').getByRole('button', { name: 'Cancel instance' }).click();
    await page.getByTestId('instance-state').getByText('Cancelled').waitFor();
    const after = await s.gql('query($id: ID!) { processInstance(id: $id) { state endReason } }', { id: instanceId });
    assert.deepEqual(after.data.processInstance, { state: 'CANCELLED', endReason: 'duplicate' });
  });
});
