import { strict as assert } from 'node:assert';
import { simpleParser } from 'mailparser';
import type { Page } from 'playwright-core';
import { startDialReceiver } from '../../support/dial-receiver.ts';
import { smtpClient, startTestMailbox, type TestMailbox } from '../../support/mail.ts';
import type { TestServer } from '../../support/server.ts';
import { screenshot, signIn, useBrowserPage } from './browser.ts';

/** Polls `check` every 50 ms until it holds (fails after `ms`). */
async function until(check: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50)))
    if (await check()) return;
  throw new Error(`timed out waiting for ${what}`);
}

const SECRET = 'cti-secret-for-the-browser-test';
const TASKS = `query ($key: String!) { tasks(filter: { processKey: $key }) { edges { node {
  id name state processInstance { id businessKey } } } } }`;

describe('web app in Chromium: contacts, cases, replies, consultations, callbacks', function () {
  this.timeout(90_000);
  let mailbox: TestMailbox;
  let platform: Awaited<ReturnType<typeof startDialReceiver>>;
  before(async () => {
    mailbox = await startTestMailbox();
    platform = await startDialReceiver();
  });
  after(async () => {
    await mailbox?.close();
    await platform?.close();
  });
  const session = useBrowserPage(() => ({
    CROSSDESK_SMTP_PORT: '0',
    CROSSDESK_SMTP_OUT: mailbox.url,
    CROSSDESK_INTAKE_ADDRESSES: 'support@crossdesk.test',
    CROSSDESK_MAIL_FROM: 'Crossdesk <support@crossdesk.test>',
    CROSSDESK_CTI_SECRET: SECRET,
    CROSSDESK_CTI_DIAL_URL: platform.url,
  }));
  let s: TestServer;
  let page: Page;
  beforeEach(() => {
    ({ s, page } = session);
    mailbox.received.length = 0;
  });

  const openTasks = async (key: string) =>
    (await s.gql(TASKS, { key }, { as: 'supervisor' })).data.tasks.edges
      .map((e: any) => e.node)
      .filter((t: any) => !['COMPLETED', 'CANCELLED'].includes(t.state));

  it("puts a mail that arrived by SMTP on the customer's timeline, and the expert replies from the app", async () => {
    await smtpClient(s.server.smtpPort as number).sendMail({
      from: 'Ada Lovelace <ada@example.com>',
      to: 'support@crossdesk.test',
      subject: 'Complaint: damaged parcel',
      text: 'The box arrived broken.\n<img src=x onerror=alert(1)>',
      messageId: '<p1@example.com>',
      attachments: [{ filename: 'photo.jpg', content: Buffer.alloc(2048, 1), contentType: 'image/jpeg' }],
    });
    await until(async () => (await openTasks('complaint-handling')).length === 1, 'the complaint task');
    const [task] = await openTasks('complaint-handling');

    await signIn(page, s.server.url, 'supervisor', 'demo', '#/customers');
    await page.getByTestId('customer-search').fill('lovelace');
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await page.getByTestId('customer-results').getByRole('link', { name: 'Ada Lovelace' }).click();
    const timeline = page.getByTestId('customer-timeline');
    await timeline.getByText('Complaint: damaged parcel').waitFor();
    await timeline.getByText('The box arrived broken.').waitFor();
    await timeline.getByText('<img src=x onerror=alert(1)>').waitFor();
    assert.equal(await timeline.locator('img').count(), 0, 'customer text is text, never markup');
    await timeline.getByText('photo.jpg (2.0 kB)').waitFor();
    assert.equal(await timeline.locator('li.interaction .badge').first().textContent(), 'E-mail');
    await timeline.getByRole('link', { name: task.name }).waitFor();
    await screenshot(page, 'contacts-customer-timeline');
    await page.getByRole('button', { name: 'Sign out' }).click();

    await signIn(page, s.server.url, 'expert', 'demo', `#/task/${task.id}`);
    const contacts = page.getByTestId('contacts');
    await contacts.getByText('The box arrived broken.').waitFor();
    await page.getByRole('button', { name: 'Claim' }).click();
    await contacts.getByRole('link', { name: 'Open and reply' }).click();
    await page.getByTestId('interaction-body').getByText('The box arrived broken.').waitFor();
    await page.getByLabel('Your answer').fill('A new box is on its way.');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.getByText('Reply sent').waitFor();
    await until(() => mailbox.received.length === 1, 'the reply in the customer mailbox');
    const out = await simpleParser(mailbox.received[0]);
    assert.equal(out.inReplyTo, '<p1@example.com>', 'threaded on the customer mail');
    assert.equal(out.subject, `Re: Complaint: damaged parcel [${task.processInstance.businessKey}]`);
    await page.locator('aside').getByText('Our reply to Ada Lovelace').waitFor();
    await screenshot(page, 'contacts-reply');
  });

  it("shows a web form's fields on its case; the callback task shows the number, not the variable's name", async () => {
    await page.goto(`${s.server.url}/intake/callback-request`);
    await page.getByRole('heading', { name: 'Please call me back' }).waitFor();
    await page.getByLabel(/Your name/).fill('Grace Hopper');
    await page.getByLabel(/Phone number/).fill('+442079460958');
    await page.getByLabel(/What is it about/).fill('Question about my invoice');
    await page.getByRole('button', { name: 'Send' }).click();
    await page
      .getByTestId('intake-done')
      .getByText(/Your reference: CASE-/)
      .waitFor();
    await screenshot(page, 'contacts-public-form');

    const [task] = await openTasks('callback-handling');
    await signIn(page, s.server.url, 'supervisor', 'demo', `#/instance/${task.processInstance.id}`);
    const fields = page.getByTestId('contacts').getByTestId('form-fields');
    await fields.getByText('Question about my invoice').waitFor();
    await fields.getByText('Grace Hopper').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();

    await signIn(page, s.server.url, 'agent', 'demo', `#/task/${task.id}`);
    await page.getByText('Call the customer on +442079460958.').waitFor();
    assert.equal(await page.getByText('on customerPhone').count(), 0);
    await page.locator('aside').getByTestId('form-fields').getByText('Question about my invoice').waitFor();
    await screenshot(page, 'contacts-callback-process');
  });

  it('answers a consultation in the app; the holder of the original task sees the answer live', async () => {
    const started = await s.gql(
      'mutation { startProcess(input: { key: "complaint-handling", businessKey: "C-7", variables: { caseRef: "C-7", vip: false } }) { tasks { id } } }',
      {},
      { as: 'supervisor' },
    );
    const parentId = started.data.startProcess.tasks[0].id;
    await s.gql('mutation ($id: ID!) { claimTask(id: $id) { id } }', { id: parentId }, { as: 'expert' });

    await signIn(page, s.server.url, 'expert', 'demo', `#/task/${parentId}`);
    const consultations = page.getByTestId('consultations');
    await consultations.getByText('No colleague was consulted on this task.').waitFor();
    await page.getByLabel('Ask a colleague').fill('Is a refund over 200 EUR fine?');
    await page.getByLabel('or user id').fill('agent');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await consultations.getByText('waiting for an answer').waitFor();

    const consultationId = (
      await s.gql('query ($id: ID!) { task(id: $id) { consultations { id } } }', { id: parentId })
    ).data.task.consultations[0].id;
    const otherContext = await session.context.browser()!.newContext({ viewport: { width: 1400, height: 900 } });
    otherContext.setDefaultTimeout(8000);
    const other = await otherContext.newPage();
    await signIn(other, s.server.url, 'agent', 'demo', `#/task/${consultationId}`);
    const consultation = other.getByTestId('consultation');
    await other.getByText('Is a refund over 200 EUR fine?').first().waitFor();
    await consultation.getByRole('link', { name: 'case C-7' }).waitFor();
    assert.equal(await other.getByTestId('complete-task').count(), 0, 'no answerless complete button');
    await other.getByRole('button', { name: 'Claim' }).click();
    await other.getByTestId('consult-answer').fill('Yes, up to 500 EUR.');
    await other.getByRole('button', { name: 'Send answer' }).click();
    await other.getByText('Answer sent.').waitFor();

    // The holder's page was not reloaded: the answer arrives over the subscription.
    await consultations.getByTestId('consultation-answer').getByText('Yes, up to 500 EUR.').waitFor();
    await consultations.getByText(/Answered by agent/).waitFor();
    await screenshot(page, 'contacts-consultation-answered');
    const stored = await s.gql('query ($id: ID!) { task(id: $id) { consultations { answer state } } }', {
      id: parentId,
    });
    assert.deepEqual(stored.data.task.consultations, [{ answer: 'Yes, up to 500 EUR.', state: 'COMPLETED' }]);
    await otherContext.close();
  });

  it('shows a callback with its number, window and attempts, and dials through the existing dial path', async () => {
    const start = new Date(Date.now() - 60_000).toISOString();
    const end = new Date(Date.now() + 3_600_000).toISOString();
    const requested = await s.gql(
      `mutation ($input: CallbackInput!) { requestCallback(input: $input) { id } }`,
      {
        input: {
          customer: { name: 'Linus' },
          phone: '+1 555 0100',
          queue: 'callbacks',
          windowStart: start,
          windowEnd: end,
        },
      },
      { as: 'supervisor' },
    );
    assert.equal(requested.errors, undefined, JSON.stringify(requested.errors));
    const id = requested.data.requestCallback.id;
    await signIn(page, s.server.url, 'agent', 'demo', `#/task/${id}`);
    const callback = page.getByTestId('callback');
    assert.equal(await callback.getByTestId('callback-number').textContent(), '+15550100');
    await callback.getByTestId('callback-attempts').getByText('0 of 3').waitFor();
    await callback.getByRole('button', { name: 'Take and dial' }).click();
    await callback.getByTestId('callback-dialled').getByText('Dial requested (attempt 1).').waitFor();
    await callback.getByTestId('callback-attempts').getByText('1 of 3').waitFor();
    await platform.waitFor(1);
    const dial = JSON.parse(platform.received.at(-1)!.body);
    assert.deepEqual([dial.taskId, dial.phone, dial.agentId, dial.attempt], [id, '+15550100', 'agent', 1]);
    await screenshot(page, 'contacts-callback');
  });

  it('keeps an agent out of a customer whose work is not theirs, in both languages', async () => {
    const captured = await s.gql(
      `mutation { captureInteraction(input: { channel: EMAIL, externalId: "x1", customer: { name: "Hidden Person", email: "hidden@example.com" }, subject: "Complaint about the bill" }) { id customer { id } } }`,
      {},
      { as: 'supervisor' },
    );
    const { id, customer } = captured.data.captureInteraction;
    // The complaint case is backoffice work needing the complaints skill at 3: the demo agent may take it.
    // Another customer's: the agent holds no work of it once the expert holds its only task.
    const [task] = await openTasks('complaint-handling');
    await s.gql('mutation ($id: ID!) { claimTask(id: $id) { id } }', { id: task.id }, { as: 'expert' });
    await signIn(page, s.server.url, 'agent', 'demo', `#/customer/${customer.id}`);
    await page.getByTestId('customer-forbidden').waitFor();
    assert.equal(await page.getByText('Hidden Person').count(), 0);
    await page.goto(`${s.server.url}/#/interaction/${id}`);
    await page.getByTestId('interaction-forbidden').waitFor();
    await page.getByTestId('language').selectOption('zh-CN');
    await page.getByText('您不能打开此联系记录').waitFor();
    await screenshot(page, 'contacts-forbidden');
  });

  it('merges a duplicate customer record from the customer page, audited, both timelines kept', async () => {
    const capture = (externalId: string, email: string, subject: string) =>
      s.gql(
        `mutation ($input: CaptureInteractionInput!) { captureInteraction(input: $input) { customer { id } } }`,
        { input: { channel: 'EMAIL', externalId, customer: { name: 'Ada Lovelace', email }, subject } },
        { as: 'supervisor' },
      );
    const work = (await capture('w1', 'ada@work.example', 'Invoice question')).data.captureInteraction.customer.id;
    await capture('h1', 'ada@home.example', 'Delivery question');
    await signIn(page, s.server.url, 'supervisor', 'demo', `#/customer/${work}`);
    const timeline = page.getByTestId('customer-timeline');
    await timeline.getByText('Invoice question').waitFor();
    await page.getByTestId('merge-search').fill('ada@home');
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await page.getByRole('button', { name: 'Merge into this customer' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/keeps its e-mail and phone/).waitFor();
    await dialog.getByRole('button', { name: 'Merge' }).click();
    await timeline.getByText('Delivery question').waitFor();
    await timeline.getByText('Invoice question').waitFor();
    await page
      .getByTestId('customer-merges')
      .getByText(/Ada Lovelace merged in by supervisor/)
      .waitFor();
    await screenshot(page, 'contacts-merged');
    const audit = await s.gql('query ($id: ID!) { customer(id: $id) { merges { sourceEmail actor { id } } } }', {
      id: work,
    });
    assert.deepEqual(audit.data.customer.merges, [{ sourceEmail: 'ada@home.example', actor: { id: 'supervisor' } }]);
  });

  it('lets a designer edit classification rules (errors on the field, versions listed) and web forms', async () => {
    await signIn(page, s.server.url, 'designer', 'demo', '#/rules');
    const rules = page.getByTestId('rules');
    await rules.getByText('Callback requests').waitFor();
    await page.getByRole('button', { name: 'New rule' }).click();
    const form = page.getByTestId('rule-form');
    await form.getByLabel('Name').fill('Invoices');
    await form.getByLabel('Subject pattern (regular expression)').fill('(invoice');
    await form.getByLabel('Start process (key)').fill('complaint-handling');
    await form.getByLabel('Variables (JSON object)').fill('{ nope');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Not valid JSON.').waitFor();
    assert.equal(await form.getByLabel('Variables (JSON object)').getAttribute('aria-invalid'), 'true');
    await form.getByLabel('Variables (JSON object)').fill('');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText(/match.subjectPattern is not a usable regular expression/).waitFor();
    assert.equal(await form.getByLabel('Subject pattern (regular expression)').getAttribute('aria-invalid'), 'true');
    await form.getByLabel('Subject pattern (regular expression)').fill('\\binvoice\\b');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved Invoices (version 1).').waitFor();
    const row = rules.locator('tr', { hasText: 'Invoices' });
    await row.getByRole('button', { name: 'Edit' }).click();
    await form.getByLabel('Keywords (comma-separated)').fill('bill, invoice');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved Invoices (version 2).').waitFor();
    await row.getByRole('button', { name: 'v2' }).click();
    const versions = page.getByTestId('rule-versions');
    await versions.getByText('created').waitFor();
    await versions.getByText('changed').waitFor();
    await screenshot(page, 'contacts-rules');

    await page.goto(`${s.server.url}/#/intake-forms`);
    const forms = page.getByTestId('intake-forms');
    const callbackRow = forms.locator('tr', { hasText: 'Please call me back' });
    await callbackRow.getByRole('button', { name: 'Edit' }).click();
    const editor = page.getByTestId('intake-form-editor');
    await editor.getByLabel(/^Mapping/).fill('{ "customerPhone": "nope" }');
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.getByText(/mapping.customerPhone: nope is not a field of the form/).waitFor();
    await editor.getByLabel(/^Mapping/).fill('{ "customerName": "name", "customerPhone": "phone", "body": "topic" }');
    await editor.getByLabel('Title').fill('Call me back, please');
    await editor.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved callback-request (version 2).').waitFor();
    const changed = forms.locator('tr', { hasText: 'Call me back, please' });
    await changed.getByRole('button', { name: 'v2' }).click();
    const formVersions = page.getByTestId('intake-versions');
    await formVersions.getByText(/Please call me back ·/).waitFor();
    await formVersions.getByText(/Call me back, please · designer/).waitFor();
    await screenshot(page, 'contacts-intake-forms');
  });
});
