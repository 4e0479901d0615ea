import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { TestServer } from '../../support/server.ts';
import { screenshot, signIn, useBrowserPage } from './browser.ts';

const klingon = readFileSync(new URL('./fixtures/klingon.bpmn', import.meta.url), 'utf8');

describe('web app in Chromium: the supervisor board explains and asks', function () {
  this.timeout(60_000);
  const session = useBrowserPage();
  let s: TestServer;
  let page: Page;
  beforeEach(async () => {
    ({ s, page } = session);
  });

  const taskRow = (name: string) => page.getByTestId('open-tasks').locator('tr', { hasText: name });

  it('"Why?" says which requirement nobody meets for a task that waits', async () => {
    await s.gql(
      'mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }',
      { x: klingon },
      { as: 'designer' },
    );
    await s.gql('mutation { startProcess(input: { key: "klingon-care" }) { id } }');
    await signIn(page, s.server.url, 'supervisor', 'demo', '#/supervisor');
    const row = taskRow('Answer in Klingon');
    await row.waitFor();
    const why = row.getByRole('button', { name: 'Why?' });
    assert.equal(await why.isEnabled(), true, 'a waiting task has no routing decision, but can be asked about');
    await why.click();
    const panel = page.getByTestId('decision');
    await panel.getByText('No agent has klingon:5.').waitFor();
    await panel.getByText('klingon:5: nobody has this skill').waitFor();
    await screenshot(page, 'supervisor-why');
    await page.getByTestId('language').selectOption('zh-CN');
    await panel.getByText('没有坐席具备 klingon:5。').waitFor();
  });

  it('asks before reassigning a task to an agent who is offline', async () => {
    await s.gql(
      'mutation { startProcess(input: { key: "complaint-handling", variables: { caseRef: "R-9", vip: false } }) { id } }',
    );
    await signIn(page, s.server.url, 'supervisor', 'demo', '#/supervisor');
    const row = taskRow('Review complaint R-9');
    await row.waitFor();
    await page.getByTestId('agents').locator('tr[data-agent="lena"]').getByText('Offline').waitFor();
    await row.getByLabel('Reassign task to').selectOption('lena');
    await row.getByRole('button', { name: 'Reassign', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Lena Lang is offline.').waitFor();
    await dialog.getByRole('button', { name: 'Go back' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const open = async () =>
      (await s.gql('{ tasks(filter: { queue: "complaints" }) { edges { node { state assignee { id } } } } }')).data
        .tasks.edges[0].node;
    assert.deepEqual(await open(), { state: 'QUEUED', assignee: null }, 'going back reassigns nothing');
    await row.getByRole('button', { name: 'Reassign', exact: true }).click();
    await dialog.getByRole('button', { name: 'Reassign anyway' }).click();
    await row.getByTestId('assignee').getByText('Lena Lang').waitFor();
    assert.deepEqual(await open(), { state: 'ASSIGNED', assignee: { id: 'lena' } });
  });

  it('redraws the chart legends in the language chosen', async () => {
    await signIn(page, s.server.url, 'supervisor', 'demo', '#/supervisor');
    // The legend is drawn into the canvas; the chart's accessible name carries the same labels.
    await page.getByRole('img', { name: 'Today by hour: Arrived, Handled, Within service level' }).waitFor();
    await page.getByTestId('language').selectOption('zh-CN');
    await page.getByRole('img', { name: '今日按小时: 到达, 已处理, 服务水平内' }).waitFor();
    await page.getByTestId('queues').getByText('等待中').waitFor();
  });
});
