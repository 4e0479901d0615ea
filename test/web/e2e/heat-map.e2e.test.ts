import { strict as assert } from 'node:assert';
import { endFacts } from '../../../engine/analytics/process-report/index.ts';
import { recordInstanceEnd, withTransaction, type InstanceTrail } from '../../../models/index.ts';
import { screenshot, signIn, useBrowserPage } from './browser.ts';

const MIN = 60_000;

/**
 * One ended complaint made of visits [element, type, waiting min, working min], the way the change
 * feed's reader writes it (engine endFacts, models recordInstanceEnd).
 */
async function endedComplaint(db: any, id: string, startedAt: number, visits: [string, string, number, number][]) {
  const trail: InstanceTrail = { definitionVersion: 1, history: [], tasks: [] };
  let at = startedAt;
  for (const [elementId, type, wait, work] of visits) {
    const executionId = `${elementId}_${id}`;
    trail.history.push({ type: 'element.started', elementId, at, data: { elementType: type, executionId } });
    if (type === 'bpmn:UserTask')
      trail.tasks.push({
        executionId,
        elementId,
        createdAt: at,
        answeredAt: at + wait * MIN,
        completedAt: null,
        slaBreachedAt: null,
      });
    at += (wait + work) * MIN;
    trail.history.push({ type: 'element.completed', elementId, at, data: { elementType: type, executionId } });
  }
  const row = {
    id,
    definition_id: 'x',
    definition_key: 'complaint-handling',
    business_key: null,
    state: 'COMPLETED',
    started_at: startedAt,
    ended_at: at,
  };
  const { fact, elements, cells } = endFacts(row, trail);
  await withTransaction(db, (trx) => recordInstanceEnd(trx, fact, elements, cells));
}

describe('web app in Chromium: the process heat map', function () {
  this.timeout(90_000);
  const session = useBrowserPage();

  it('colours the complaint diagram by waiting time, counts visits on elements and flows, in English and Chinese', async () => {
    const { s, page } = session;
    const yesterday = Date.now() - 24 * 3600_000;
    await endedComplaint(s.server.engine.db, 'pi_a', yesterday, [
      ['received', 'bpmn:StartEvent', 0, 0],
      ['review', 'bpmn:UserTask', 10, 20],
      ['refundDecision', 'bpmn:ExclusiveGateway', 0, 0],
      ['reply', 'bpmn:UserTask', 5, 5],
      ['closed', 'bpmn:EndEvent', 0, 0],
    ]);
    await endedComplaint(s.server.engine.db, 'pi_b', yesterday, [
      ['received', 'bpmn:StartEvent', 0, 0],
      ['review', 'bpmn:UserTask', 50, 40],
      ['refundDecision', 'bpmn:ExclusiveGateway', 0, 0],
      ['approveRefund', 'bpmn:UserTask', 60, 10],
      ['refunded', 'bpmn:EndEvent', 0, 0],
    ]);

    await signIn(page, s.server.url, 'supervisor', 'demo', '#/definitions');
    await page.locator('a[href="#/heat-map/complaint-handling"]').click();
    await page.getByRole('heading', { name: 'Heat map: Complaint handling' }).waitFor();
    const review = page.getByTestId('heat-table').locator('tr[data-element="review"]');
    // Mean total: (30 + 90) / 2 minutes.
    await review.getByText('1.0 h').waitFor();
    assert.equal(await review.locator('td').nth(1).textContent(), '2');
    const diagram = page.getByTestId('heat-diagram');
    // Flows into a single-entry element carry its visits: both went to review, one to approveRefund.
    await diagram.locator('.djs-overlays[data-container-id="toReview"] .cd-heat-flow', { hasText: '2' }).waitFor();
    await diagram.locator('.djs-overlays[data-container-id="yesRefund"] .cd-heat-flow', { hasText: '1' }).waitFor();

    await page.getByTestId('heat-time').selectOption('waiting');
    // Waiting means: review 30 min, reply 5, approveRefund 60: review sits at step 2 of 0-4.
    await diagram.locator('[data-element-id="review"].cd-heat-2').waitFor();
    await diagram.locator('[data-element-id="approveRefund"].cd-heat-4').waitFor();
    await diagram.locator('[data-element-id="reply"].cd-heat-0').waitFor();
    await review.locator('td').nth(2).getByText('30 min').waitFor();
    await screenshot(page, 'heat-map-waiting');
    await page.getByTestId('heat-statistic').selectOption('p90Seconds');
    await review.locator('td').nth(2).getByText('50 min').waitFor();

    await page.evaluate(() => localStorage.setItem('crossdesk.locale', 'zh-CN'));
    await page.reload();
    await page.getByRole('heading', { name: '热力图：Complaint handling' }).waitFor();
    await page
      .getByTestId('heat-summary')
      .getByText(/已完成 2/)
      .waitFor();
  });
});
