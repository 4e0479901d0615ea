import { strict as assert } from 'node:assert';
import { saveUser } from '../../../engine/index.ts';
import { screenshot, signIn, useBrowserPage } from './browser.ts';

const START =
  'mutation { startProcess(input: { key: "complaint-handling", variables: { caseRef: "P-7", vip: false } }) { tasks { id } } }';
const ADMIN_PASSWORD = 'granite-orchid-tally-58';
const ZOE_PASSWORD = 'copper-willow-sunrise-73';

describe('web app in Chromium: people (an admin sets up a new agent)', function () {
  this.timeout(90_000);
  const session = useBrowserPage();

  it('an admin creates a user with a skill; the user signs in with the one-time password, must change it, then sees their work; the audit log lists each change', async () => {
    const { s, page } = session;
    await saveUser(s.server.engine, null, { id: 'ana', name: 'Ana Admin', roles: ['admin'], password: ADMIN_PASSWORD });
    await signIn(page, s.server.url, 'ana', ADMIN_PASSWORD, '#/people');
    const form = page.getByTestId('create-user');
    await form.getByLabel('User id', { exact: true }).fill('zoe');
    await form.getByLabel('Name', { exact: true }).fill('Zoe Zhang');
    await form.getByLabel('E-mail').fill('zoe-at-example');
    await form.getByLabel('backoffice').check();
    await form.getByLabel('Skills').fill('complaints:5');
    await form.getByRole('button', { name: 'Create' }).click();
    // The server's refusal appears under the field it names, and nothing was created.
    await form.getByRole('alert').getByText('"zoe-at-example" is not an e-mail address').waitFor();
    assert.equal(await page.getByTestId('users').locator('tr[data-user="zoe"]').count(), 0);
    await form.getByLabel('E-mail').fill('zoe@example.com');
    await form.getByRole('button', { name: 'Create' }).click();
    const oneTime = (await page.getByTestId('one-time-password').textContent())!.trim();
    assert.match(oneTime, /^\S{12,}$/);
    const row = page.getByTestId('users').locator('tr[data-user="zoe"]');
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /Zoe Zhang[\s\S]*agent[\s\S]*backoffice[\s\S]*active/);
    await screenshot(page, 'people-users');

    const zoePage = await session.context
      .browser()!
      .newContext({ viewport: { width: 1400, height: 900 } })
      .then(async (c) => {
        c.setDefaultTimeout(8000);
        return c.newPage();
      });
    try {
      await signIn(zoePage, s.server.url, 'zoe', oneTime);
      await zoePage.getByTestId('password-forced').waitFor();
      await zoePage.getByLabel('Current password').fill(oneTime);
      await zoePage.getByLabel('New password', { exact: true }).fill(ZOE_PASSWORD);
      await zoePage.getByLabel('Repeat the new password').fill(ZOE_PASSWORD);
      await zoePage.getByRole('button', { name: 'Change password' }).click();
      // An agent lands on the desktop: going available brings the complaint her skill qualifies her for.
      await zoePage.locator('select[name="presence"]').selectOption('AVAILABLE');
      await zoePage.getByRole('button', { name: 'Save' }).click();
      await zoePage.getByTestId('presence').getByText('Available').waitFor();
      await s.gql(START, {}, { as: 'supervisor' });
      const offer = zoePage.getByTestId('offer');
      await offer.waitFor();
      await offer.getByRole('button', { name: 'Accept' }).click();
      await zoePage.getByTestId('my-work').getByText('Review complaint P-7').waitFor();
      await screenshot(zoePage, 'people-new-agent-work');
    } finally {
      await zoePage.context().close();
    }

    await page.getByRole('link', { name: 'Audit log' }).first().click();
    await page.getByLabel('Subject').fill('zoe');
    await page.getByRole('button', { name: 'Refresh' }).click();
    const audit = page.getByTestId('audit');
    await audit.locator('tr[data-type="user.created"]').waitFor();
    const created = audit.locator('tr[data-type="user.created"]');
    assert.equal((await created.getByTestId('audit-actor').textContent())?.trim(), 'ana');
    assert.match((await created.getByTestId('audit-changes').textContent()) ?? '', /email: "zoe@example.com"/);
    const skills = audit.locator('tr[data-type="agent.created"]');
    assert.match(
      (await skills.getByTestId('audit-changes').textContent()) ?? '',
      /skills: \[\{"name":"complaints","level":5\}\]/,
    );
    assert.equal(await audit.locator('tr[data-type="user.password-reset"]').count(), 1);
    await screenshot(page, 'people-audit');
  });

  it('an admin changes a queue (target, rule, escalation) and an agent (skills, capacity) on the page, with errors next to the field', async () => {
    const { s, page } = session;
    await saveUser(s.server.engine, null, { id: 'ana', name: 'Ana Admin', roles: ['admin'], password: ADMIN_PASSWORD });
    await signIn(page, s.server.url, 'ana', ADMIN_PASSWORD, '#/people?tab=queues');
    const queue = page.locator('form[data-queue="complaints"]');
    await queue.waitFor();
    await queue.locator('input[name="slaTargetPercent"]').fill('150');
    await queue.getByRole('button', { name: 'Save queue' }).click();
    await queue.getByRole('alert').getByText('slaTargetPercent must be an integer 1-100').waitFor();
    await queue.locator('input[name="slaTargetPercent"]').fill('90');
    await queue.locator('select[name="serviceLevelRule"]').selectOption('IGNORE_ABANDONS');
    await queue.getByRole('button', { name: 'Add a step' }).click();
    await queue.getByLabel('Add group').last().fill('supervisors');
    await queue.getByRole('button', { name: 'Save queue' }).click();
    await queue.getByRole('status').getByText('Saved.').waitFor();
    const saved = (
      await s.gql(
        '{ queue(name: "complaints") { slaTargetPercent serviceLevelRule escalation { afterSeconds addGroup } } }',
      )
    ).data.queue;
    assert.equal(saved.slaTargetPercent, 90);
    assert.equal(saved.serviceLevelRule, 'IGNORE_ABANDONS');
    assert.deepEqual(saved.escalation.at(-1), { afterSeconds: 7500, addGroup: 'supervisors' });

    await page.getByRole('link', { name: 'Agents' }).click();
    const agent = page.getByTestId('agents').locator('tr[data-agent="agent"]');
    await agent.waitFor();
    await agent.getByLabel('VOICE').fill('2');
    await agent.getByRole('button', { name: 'Save' }).click();
    await agent
      .getByRole('alert')
      .getByText(/capacity VOICE is at most 1/)
      .waitFor();
    await agent.getByLabel('VOICE').fill('1');
    await agent.getByLabel('Skills').fill('complaints:4 spanish:2');
    await agent.getByLabel('CHAT').fill('3');
    await agent.getByRole('button', { name: 'Save' }).click();
    await agent.getByRole('status').getByText('Saved.').waitFor();
    const changed = (await s.gql('{ agent(id: "agent") { skills { name level } capacity { CHAT VOICE } } }')).data
      .agent;
    assert.deepEqual(changed.skills, [
      { name: 'complaints', level: 4 },
      { name: 'spanish', level: 2 },
    ]);
    assert.deepEqual(changed.capacity, { CHAT: 3, VOICE: 1 });
    await screenshot(page, 'people-agents');
    const audit = (await s.gql('{ auditLog(filter: { actorId: "ana" }) { edges { node { type subjectId } } } }')).data
      .auditLog;
    assert.deepEqual(
      audit.edges.map((e: any) => `${e.node.type} ${e.node.subjectId}`),
      ['agent.changed agent', 'queue.changed complaints'],
    );
  });
});
