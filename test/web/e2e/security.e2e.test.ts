import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { TestServer } from '../../support/server.ts';
import { screenshot, signIn, useBrowserPage } from './browser.ts';

/** What a hostile customer writes: markup, an event handler, markdown, a template and a link. */
const HOSTILE =
  '<img src="/planted.png" id="planted" onerror="window.__pwned = 1"> **bold** [click](https://evil.example/) {{secret}} https://evil.example/x';

const NOTE_FORM = {
  type: 'default',
  components: [
    { type: 'text', text: 'Customer wrote: {{message}}' },
    { type: 'textarea', key: 'message', label: 'Message', readonly: true },
  ],
};

/** Records CSP violations in the page (from before its first script), and every URL it requests. */
async function watch(page: Page): Promise<{ requests: string[]; violations: () => Promise<string[]> }> {
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  return { requests, violations: () => page.evaluate(() => (window as any).__violations as string[]) };
}

describe('web app in Chromium: customer content and the Content-Security-Policy', function () {
  this.timeout(90_000);
  const session = useBrowserPage();
  let s: TestServer;
  let page: Page;
  beforeEach(async () => {
    ({ s, page } = session);
  });

  /** A case whose task (open to everyone) carries the hostile text as an interaction and as a form value. */
  async function hostileCase(): Promise<string> {
    const bpmnXml = readFileSync(new URL('./fixtures/customer-note.bpmn', import.meta.url), 'utf8');
    const deployed = await s.gql(
      'mutation($x: String!, $f: JSON!) { deployProcess(input: { bpmnXml: $x, forms: [{ key: "customer-note", schema: $f }] }) { id } }',
      { x: bpmnXml, f: NOTE_FORM },
      { as: 'designer' },
    );
    assert.equal(deployed.errors, undefined, JSON.stringify(deployed.errors));
    const rule = await s.gql(
      'mutation($i: ClassificationRuleInput!) { upsertClassificationRule(input: $i) { id } }',
      {
        i: {
          name: 'notes',
          position: 0,
          match: { keywords: ['note'] },
          action: { processKey: 'customer-note', variables: { message: 'body' } },
        },
      },
      { as: 'designer' },
    );
    assert.equal(rule.errors, undefined, JSON.stringify(rule.errors));
    const captured = await s.gql(
      'mutation($i: CaptureInteractionInput!) { captureInteraction(input: $i) { case { tasks { id } } } }',
      {
        i: {
          channel: 'EMAIL',
          customer: { email: 'mallory@example.com', name: 'Mallory' },
          subject: 'a note',
          body: HOSTILE,
        },
      },
      { as: 'integrator' },
    );
    assert.equal(captured.errors, undefined, JSON.stringify(captured.errors));
    return captured.data.captureInteraction.case.tasks[0].id;
  }

  it('shows customer text in the contacts and in a form text template as text: no element, no link, no script, no request', async () => {
    const taskId = await hostileCase();
    const { requests, violations } = await watch(page);
    await signIn(page, s.server.url, 'expert', 'demo', `#/task/${encodeURIComponent(taskId)}`);
    const contacts = page.getByTestId('contacts');
    await contacts.getByText('From Mallory').waitFor();
    assert.ok(
      ((await contacts.textContent()) ?? '').includes('<img src="/planted.png"'),
      'the markup is shown as typed',
    );
    // The app's own "Open and reply" link to the interaction page is the only link; none from the customer.
    assert.equal(await contacts.locator('img, a:not([href^="#/interaction/"])').count(), 0);
    assert.equal(await contacts.locator('.body *').count(), 0, 'the body is one text node');
    const text = page.locator('.fjs-form-field-text');
    await text.getByText(/Customer wrote/).waitFor();
    assert.ok(
      ((await text.textContent()) ?? '').includes('<img src="/planted.png"'),
      'the template shows the value as text',
    );
    assert.ok(((await text.textContent()) ?? '').includes('**bold** [click](https://evil.example/) {{secret}}'));
    assert.equal(await page.locator('.fjs-form img, #planted').count(), 0, 'no <img> from the customer value');
    assert.equal(await text.locator('a, strong').count(), 0, 'no link or emphasis from the customer value');
    await screenshot(page, 'customer-content');
    assert.equal(await page.evaluate(() => (window as any).__pwned), undefined);
    assert.ok(!requests.some((u) => u.includes('planted') || u.includes('evil.example')), requests.join('\n'));
    assert.deepEqual(await violations(), []);

    // Done with the work, the expert no longer reads the case: the page says so instead of failing.
    await page.getByRole('button', { name: 'Claim' }).click();
    await page.getByTestId('complete-task').click();
    await page.getByText('Task completed.').waitFor();
    await page.getByTestId('restricted').waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
    assert.equal(await page.getByTestId('contacts').count(), 0, 'the contacts went with the work');
  });

  it('runs every page of the built app under the policy without a violation, and the policy stops injected script', async () => {
    const started = await s.gql(
      'mutation { startProcess(input: { key: "complaint-handling", businessKey: "S-1", variables: { caseRef: "S-1", vip: false } }) { id } }',
      {},
      { as: 'supervisor' },
    );
    const instanceId = started.data.startProcess.id;
    const { violations } = await watch(page);
    await signIn(page, s.server.url, 'supervisor', 'demo', '#/supervisor');
    await page.locator('canvas').first().waitFor();
    await page.goto(`${s.server.url}/#/instance/${encodeURIComponent(instanceId)}`);
    await page.locator('[data-testid="instance-diagram"] .cd-active[data-element-id="review"]').waitFor();
    assert.deepEqual(await violations(), []);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, s.server.url, 'designer', 'demo', '#/modeler');
    await page.locator('.djs-palette').waitFor();
    await page.goto(`${s.server.url}/#/forms/complaint-review`);
    await page.locator('.fjs-editor-container').waitFor();
    assert.deepEqual(
      await violations(),
      [],
      'the Vite build, bpmn-js, form-js and chart.js need nothing the policy forbids',
    );

    // Markup that reaches the page anyway cannot run: no inline script, no handler attribute.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true';
      document.body.append(script);
      const img = document.createElement('div');
      img.innerHTML = '<img src="data:," onerror="window.__handler = true">';
      document.body.append(img);
      await new Promise((r) => setTimeout(r, 200));
      return { inline: (window as any).__inline ?? false, handler: (window as any).__handler ?? false };
    });
    assert.deepEqual(ran, { inline: false, handler: false });
    assert.ok(
      (await violations()).some((v) => v.startsWith('script-src')),
      'the browser reported the blocked script',
    );
  });

  it('tells a viewer outside the read rules that the case data is withheld, and still shows the rest', async () => {
    const started = await s.gql(
      'mutation { startProcess(input: { key: "complaint-handling", businessKey: "S-2", variables: { caseRef: "S-2", vip: true } }) { id } }',
      {},
      { as: 'supervisor' },
    );
    await signIn(
      page,
      s.server.url,
      'designer',
      'demo',
      `#/instance/${encodeURIComponent(started.data.startProcess.id)}`,
    );
    await page.getByTestId('restricted').waitFor();
    await page.locator('[data-testid="instance-diagram"] .cd-active[data-element-id="review"]').waitFor();
    assert.equal(await page.getByRole('alert').count(), 0, 'no error: only the data is withheld');
    assert.ok(!(await page.content()).includes('"vip"'), 'the variables never reached the page');
  });
});
