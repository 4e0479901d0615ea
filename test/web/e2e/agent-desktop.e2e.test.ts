import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import { verifyCtiSignature } from '../../../engine/index.ts';
import { startDialReceiver } from '../../support/dial-receiver.ts';
import type { TestServer } from '../../support/server.ts';
import { screenshot, signIn, useBrowserPage } from './browser.ts';

const SECRET = 'cti-secret-for-the-desktop-test';
const CTI = 'mutation($i: CtiEventInput!) { ctiEvent(input: $i) { outcome } }';

describe('web app in Chromium: the agent desktop (call card, call control, wrap-up codes)', function () {
  this.timeout(90_000);
  let platform: Awaited<ReturnType<typeof startDialReceiver>>;
  before(async () => {
    platform = await startDialReceiver();
  });
  after(() => platform?.close());
  const session = useBrowserPage(() => ({
    CROSSDESK_CTI_SECRET: SECRET,
    CROSSDESK_CTI_COMMAND_URL: platform.url,
  }));
  let s: TestServer;
  let page: Page;
  beforeEach(() => {
    ({ s, page } = session);
    platform.received.length = 0;
  });

  it('shows the caller on the call card, hangs up through the platform, and ends wrap-up only with a code', async () => {
    await s.gql(
      `mutation { captureInteraction(input: { channel: EMAIL, externalId: "gh-1", subject: "Invoice 2291 is wrong",
        customer: { name: "Grace Hopper", email: "grace@example.com", phone: "+49 30 555" } }) { id } }`,
    );
    await s.gql('mutation { setPresence(input: { state: AVAILABLE }) { id } }', {}, { as: 'agent' });
    await s.gql(CTI, {
      i: {
        type: 'CALL_OFFERED',
        callId: 'd-1',
        queue: 'sales',
        agentId: 'agent',
        customer: { name: 'Grace Hopper', phone: '+49 30 555' },
      },
    });
    await s.gql(CTI, { i: { type: 'CALL_ANSWERED', callId: 'd-1', agentId: 'agent' } });

    await signIn(page, s.server.url, 'agent', 'demo', '#/agent');
    const card = page.getByTestId('live-call');
    await card.getByTestId('caller').getByText('Grace Hopper').waitFor();
    await card.getByTestId('call-queue').getByText(/sales/).waitFor();
    await card.getByTestId('recent-contacts').getByText('Invoice 2291 is wrong').waitFor();
    assert.equal(await card.getByText(/"phone"|\{/).count(), 0, 'a card, not JSON');
    await screenshot(page, 'agent-desktop-call-card');

    await card.getByTestId('hang-up').click();
    await platform.waitFor(1);
    const [request] = platform.received;
    assert.equal(request.headers['x-crossdesk-event'], 'call.command');
    assert.equal(
      verifyCtiSignature(
        SECRET,
        Buffer.from(request.body),
        request.headers['x-crossdesk-timestamp'] as string,
        request.headers['x-crossdesk-signature'] as string,
        Date.now(),
      ),
      null,
    );
    const command = JSON.parse(request.body);
    assert.deepEqual([command.command, command.callId, command.agentId], ['HANG_UP', 'd-1', 'agent']);
    // The platform confirms: the call ends, the agent wraps up.
    await s.gql(CTI, { i: { type: 'CALL_ENDED', callId: 'd-1', agentId: 'agent' } });
    await page.getByText('No call').waitFor();
    await page.getByTestId('presence').getByText('Wrap-up').waitFor();

    const wrapUp = page.getByTestId('wrap-up');
    const finish = wrapUp.getByTestId('finish-wrap-up');
    assert.equal(await finish.isDisabled(), true, 'no code, no end of wrap-up');
    await wrapUp.locator('select[name="disposition"]').selectOption('SOLD');
    await wrapUp.locator('input[name="disposition-note"]').fill('annual plan');
    await screenshot(page, 'agent-desktop-wrap-up');
    await finish.click();
    await page.getByTestId('presence').getByText('Available').waitFor();
    const task = await s.gql(
      '{ tasks(filter: { queue: "sales" }) { edges { node { dispositionCode dispositionNote } } } }',
    );
    assert.deepEqual(task.data.tasks.edges[0].node, { dispositionCode: 'SOLD', dispositionNote: 'annual plan' });
  });
});
