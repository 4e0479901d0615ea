import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { setPresence, upsertAgent, upsertQueue, SYSTEM_ACTOR } from '../../../engine/index.ts';
import { actorFor } from '../../support/actors.ts';
import type { TestServer } from '../../support/server.ts';
import { screenshot, signIn, useBrowserPage } from './browser.ts';

const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';

/**
 * Runs in the agent's page before the app: the myChatEvents stream passes through a gate that, once
 * `__chatGate.hold` is set, keeps its events back until `__chatGate.release(dropEnded)`; so a test
 * decides that the stream's word of a chat's end comes after the desk's reload (or never). Plain
 * JavaScript: the page runs it as written.
 */
const CHAT_EVENT_GATE = `(() => {
  const gate = { hold: false, held: [] };
  gate.release = (dropEnded) => {
    for (const h of gate.held.splice(0)) if (!(dropEnded && h.event.includes('"chat.ended"'))) h.out(h.event);
  };
  window.__chatGate = gate;
  const fetchOriginal = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const res = await fetchOriginal(input, init);
    if (typeof init?.body !== 'string' || !init.body.includes('subscription MyChatEvents') || !res.body) return res;
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    const encoder = new TextEncoder();
    const body = new ReadableStream({
      start(controller) {
        const out = (event) => controller.enqueue(encoder.encode(event));
        let buffer = '';
        (async () => {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) return controller.close();
            buffer += decoder.decode(value, { stream: true });
            for (let end = buffer.indexOf('\\n\\n'); end >= 0; end = buffer.indexOf('\\n\\n')) {
              const event = buffer.slice(0, end + 2);
              buffer = buffer.slice(end + 2);
              if (gate.hold && event.includes('myChatEvents')) gate.held.push({ event, out });
              else out(event);
            }
          }
        })().catch((err) => controller.error(err));
      },
      cancel: (reason) => reader.cancel(reason),
    });
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  };
})();`;

interface GatedWindow {
  __chatGate: { hold: boolean; held: { event: string }[]; release(dropEnded: boolean): void };
}

/** A company's own site on another origin: one page with the widget's script tag pointing at Crossdesk. */
function startShop(): Promise<{ server: Server; origin: string; setDesk(url: string): void }> {
  let desk = '';
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><title>Shop</title><h1>Shop</h1>
<script src="${desk}/chat/widget.js" data-queue="web-chat" data-label="Ask us" async></script>`);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve({ server, origin, setDesk: (url) => (desk = url) });
    }),
  );
}

describe('web app in Chromium: live chat from the public page to the agent desktop', function () {
  this.timeout(90_000);
  let shop: Awaited<ReturnType<typeof startShop>>;
  before(async () => {
    shop = await startShop();
  });
  after(() => new Promise<void>((resolve) => shop.server.close(() => resolve())));
  const session = useBrowserPage(() => ({ CROSSDESK_CHAT_ORIGINS: shop.origin }));
  let s: TestServer;
  let agentPage: Page;
  const customers: { context: BrowserContext; page: Page }[] = [];

  beforeEach(async () => {
    ({ s, page: agentPage } = session);
    // Chats only, two at once: nothing else of the demo's work can take the agent's room.
    await upsertAgent(s.server.engine, SYSTEM_ACTOR, {
      id: 'agent',
      name: 'Ana Agent',
      skills: [{ name: 'english', level: 8 }],
      capacity: { VOICE: 0, CHAT: 2, EMAIL: 0, BACKOFFICE: 0, total: 2 },
    });
    await setPresence(s.server.engine, actorFor('agent'), { state: 'AVAILABLE' });
    // The desk's wrap-up rule and reply helpers apply to chats too.
    await upsertQueue(s.server.engine, SYSTEM_ACTOR, {
      name: 'web-chat',
      channel: 'CHAT',
      dispositionCodes: ['RESOLVED', 'FOLLOW_UP'],
      cannedResponses: [{ title: 'Ships today', text: 'It ships today.' }],
    });
  });
  afterEach(async () => {
    for (const c of customers.splice(0)) await c.context.close();
  });

  async function customerChats(name: string, email: string, message: string): Promise<Page> {
    const context = await session.context.browser()!.newContext();
    context.setDefaultTimeout(8000);
    const page = await context.newPage();
    customers.push({ context, page });
    await page.goto(`${s.server.url}/chat/web-chat`);
    const form = page.getByTestId('chat-start');
    await form.getByLabel('Your name').fill(name);
    await form.getByLabel(/E-mail/).fill(email);
    await form.getByLabel('How can we help?').fill(message);
    await form.getByRole('button', { name: 'Start chat' }).click();
    await page.getByTestId('chat-lines').getByText(message, { exact: true }).waitFor();
    return page;
  }
  const chatCard = (name: string) => agentPage.getByTestId('chat').filter({ hasText: name });

  it('given two customers chatting, the agent answers both at once, reloads and still sees both; the transcript lands on the timeline', async () => {
    const ada = await customerChats('Ada Lovelace', 'ada@example.com', XSS);
    const bob = await customerChats('Bob Byte', 'bob@example.com', 'Where is my parcel?');
    await ada.getByText('Waiting for an agent…').waitFor();

    await signIn(agentPage, s.server.url, 'agent', 'demo', '#/agent');
    for (let i = 0; i < 2; i++) {
      await agentPage.getByTestId('offer').first().getByRole('button', { name: 'Accept' }).click();
      await agentPage.waitForFunction((n) => document.querySelectorAll('[data-testid="chat"]').length >= n, i + 1);
    }
    assert.equal(await agentPage.getByTestId('chat').count(), 2);
    // The customer's markup is shown as the text it is, and never runs.
    await chatCard('Ada Lovelace').getByTestId('chat-transcript').getByText(XSS, { exact: true }).waitFor();
    assert.equal(await chatCard('Ada Lovelace').locator('img').count(), 0);

    await chatCard('Ada Lovelace').getByLabel('Reply').fill('Hello Ada, how can I help?');
    await chatCard('Ada Lovelace').getByRole('button', { name: 'Send' }).click();
    await chatCard('Bob Byte').getByLabel('Reply').fill('Hi Bob,');
    await chatCard('Bob Byte').getByTestId('canned-responses').selectOption('Ships today');
    assert.equal(await chatCard('Bob Byte').getByLabel('Reply').inputValue(), 'Hi Bob, It ships today.');
    await chatCard('Bob Byte').getByRole('button', { name: 'Send' }).click();
    await ada.locator('[data-author="AGENT"]').getByText('Hello Ada, how can I help?').waitFor();
    await bob.locator('[data-author="AGENT"]').getByText('Hi Bob, It ships today.').waitFor();

    await bob.getByTestId('chat-send').getByLabel('Message').fill('Great, thanks!');
    await bob.getByTestId('chat-send').getByRole('button', { name: 'Send' }).click();
    await chatCard('Bob Byte').getByText('Great, thanks!').waitFor();
    await screenshot(agentPage, 'chat-two-at-once');

    await agentPage.reload();
    await agentPage.waitForFunction(() => document.querySelectorAll('[data-testid="chat"]').length === 2);
    await chatCard('Ada Lovelace').getByText('Hello Ada, how can I help?').waitFor();
    await chatCard('Bob Byte').getByText('Great, thanks!').waitFor();
    await ada.reload();
    await ada.locator('[data-author="AGENT"]').getByText('Hello Ada, how can I help?').waitFor();
    await ada.getByTestId('chat-lines').getByText(XSS, { exact: true }).waitFor();
    for (const page of [agentPage, ada])
      assert.equal(await page.evaluate(() => (window as { __xss?: number }).__xss), undefined, 'no script ran');

    const bobCard = chatCard('Bob Byte');
    await bobCard.getByText('Close chat', { exact: true }).first().click();
    await bobCard.getByLabel('Disposition code').selectOption('RESOLVED');
    await bobCard.getByTestId('close-chat').click();
    await bob.getByTestId('chat-ended').waitFor();
    await bobCard.getByTestId('chat-ended').waitFor();

    const found = await s.gql('{ customers(search: "bob@example.com") { id } }');
    const customerId = found.data?.customers?.[0]?.id;
    assert.ok(customerId, JSON.stringify(found));
    await agentPage.getByRole('button', { name: 'Sign out' }).click();
    await signIn(agentPage, s.server.url, 'supervisor', 'demo', `#/customer/${customerId}`);
    const timeline = agentPage.getByTestId('customer-timeline');
    await timeline.getByText(/Bob Byte: Where is my parcel\?/).waitFor();
    const transcript = (await timeline.locator('.body').first().textContent()) ?? '';
    assert.match(transcript, /Agent agent: Hi Bob, It ships today\./);
    assert.match(transcript, /Bob Byte: Great, thanks!/);
    await screenshot(agentPage, 'chat-transcript-timeline');
  });

  it('given the customer ends a chat and the stream says so only after the desk reloaded (or never), the card shows the chat ended, with its transcript, until the agent dismisses it', async () => {
    await agentPage.addInitScript({ content: CHAT_EVENT_GATE });
    const cleo = await customerChats('Cleo Client', 'cleo@example.com', 'Is my order on its way?');
    await signIn(agentPage, s.server.url, 'agent', 'demo', '#/agent');
    await agentPage.getByTestId('offer').first().getByRole('button', { name: 'Accept' }).click();
    const card = chatCard('Cleo Client');
    await card.getByLabel('Reply').fill('It left the warehouse today.');
    await card.getByRole('button', { name: 'Send' }).click();
    await cleo.locator('[data-author="AGENT"]').getByText('It left the warehouse today.').waitFor();
    await cleo.getByTestId('chat-send').getByLabel('Message').fill('Thanks, bye!');
    await cleo.getByTestId('chat-send').getByRole('button', { name: 'Send' }).click();
    await card.getByText('Thanks, bye!').waitFor();

    // From here the stream's chat events wait; the end reaches the desk only by the reload that myWork
    // (the chat's task completed) starts, which no longer lists the chat among the agent's.
    await agentPage.evaluate(() => ((window as unknown as GatedWindow).__chatGate.hold = true));
    await cleo.getByRole('button', { name: 'End chat' }).click();
    await cleo.getByTestId('chat-ended').waitFor();
    await card.getByTestId('chat-ended').waitFor();
    await card.getByText('The customer ended the chat.').waitFor();
    await card.getByText('Thanks, bye!').waitFor();
    await agentPage.waitForFunction(() =>
      (window as unknown as GatedWindow).__chatGate.held.some((h) => h.event.includes('"chat.ended"')),
    );
    assert.equal(await card.getByLabel('Reply').count(), 0, 'no reply box on an ended chat');
    assert.match((await card.getByTestId('chat-ended').textContent()) ?? '', /CUSTOMER_LEFT/);

    // The held messages arrive late (the last one was written while the chat was still open) and the
    // chat.ended never does: an end is not undone by them.
    await agentPage.evaluate(() => (window as unknown as GatedWindow).__chatGate.release(true));
    await agentPage.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    await card.getByTestId('chat-ended').waitFor();
    assert.equal(await card.getByLabel('Reply').count(), 0, 'still ended after the late messages');
    assert.equal(await agentPage.getByTestId('chat').count(), 1);
    await screenshot(agentPage, 'chat-ended-by-customer');

    await card.getByRole('button', { name: 'Close', exact: true }).click();
    await agentPage.getByText('No chats right now.').waitFor();
    await agentPage.reload();
    await agentPage.getByText('No chats right now.').waitFor();
  });

  it('given the widget on a listed site, its button opens the chat page in a frame and the customer chats there', async () => {
    shop.setDesk(s.server.url);
    const page = agentPage;
    await page.goto(shop.origin);
    await page.getByRole('button', { name: 'Ask us' }).click();
    const frame = page.frameLocator('iframe[data-crossdesk-chat="frame"]');
    const form = frame.getByTestId('chat-start');
    await form.getByLabel('Your name').fill('Cleo');
    await form.getByLabel('How can we help?').fill('Do you ship to Mars?');
    await form.getByRole('button', { name: 'Start chat' }).click();
    await frame.getByTestId('chat-lines').getByText('Do you ship to Mars?').waitFor();
    await screenshot(page, 'chat-widget');
    const [row] = await s.testDb.db('chat_conversations');
    assert.equal(row.customer_name, 'Cleo');
  });
});
