import { strict as assert } from 'node:assert';
import { upsertNode } from '../../../models/index.ts';
import { signIn, useBrowserPage } from './browser.ts';

describe('web app in Chromium: the supervisor board lists the server nodes', function () {
  this.timeout(90_000);
  const session = useBrowserPage(() => ({ CROSSDESK_NODE_ID: 'board-node' }));

  it('shows this node as leader, a standby, and a node without heartbeat flagged, in English and Chinese', async () => {
    const { s, page } = session;
    const now = Date.now();
    const other = { host: 'far-host', pid: 1, version: '0.0.9', startedAt: now - 3600_000, leaderTerm: 0 };
    await upsertNode(s.server.engine.db, { ...other, id: 'standby-node', role: 'standby', lastSeenAt: now });
    await upsertNode(s.server.engine.db, { ...other, id: 'dead-node', role: 'leader', lastSeenAt: now - 120_000 });

    await signIn(page, s.server.url, 'supervisor', 'demo', '#/supervisor');
    const nodes = page.getByTestId('nodes');
    const own = nodes.locator('tr[data-node="board-node"]');
    await own.getByText('Leader', { exact: true }).waitFor();
    await nodes.locator('tr[data-node="standby-node"]').getByText('Standby', { exact: true }).waitFor();
    const dead = nodes.locator('tr[data-node="dead-node"]');
    await dead.getByText('No heartbeat').waitFor();
    assert.match((await dead.getAttribute('class')) ?? '', /stale/);
    assert.equal(await own.getByText('No heartbeat').count(), 0);
    await dead.getByText(/^2m \d\ds ago$/).waitFor();
    await page.getByTestId('leader-term').getByText('Leader term 1').waitFor();

    await page.evaluate(() => localStorage.setItem('crossdesk.locale', 'zh-CN'));
    await page.reload();
    await page.getByRole('heading', { name: '服务器节点' }).waitFor();
    await nodes.locator('tr[data-node="dead-node"]').getByText('无心跳').waitFor();
  });
});
