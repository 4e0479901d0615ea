import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../support/server.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = join(root, 'test-artifacts', 'web');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/**
 * Builds the web app unless web/dist is newer than every source file, so a run tests what the sources
 * say without paying for a build each time.
 */
export async function ensureBuilt(): Promise<void> {
  const index = join(root, 'web/dist/index.html');
  const sources = ['web/src', 'web/index.html', 'web/vite.config.ts', 'bpmn-shared'].map((p) =>
    newestMtime(join(root, p)),
  );
  if (existsSync(index) && statSync(index).mtimeMs > Math.max(...sources)) return;
  const { build } = await import('vite');
  await build({ configFile: join(root, 'web/vite.config.ts'), logLevel: 'warn' });
}

/** Starts Debian's Chromium headless; a missing browser fails the test (it is installed in CI). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install it with "apt-get install -y chromium" (browser tests never skip)`);
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Saves a full-page screenshot under test-artifacts/web. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Signs a page in through the sign-in form. */
export async function signIn(page: Page, baseUrl: string, userId: string, password = 'demo', hash = ''): Promise<void> {
  await page.goto(`${baseUrl}/${hash}`);
  await page.getByLabel(/User id/).fill(userId);
  await page.getByLabel(/Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('who').waitFor();
}

/** A fresh server with demo data and a fresh browser page for each test. */
export interface BrowserSession {
  s: TestServer;
  context: BrowserContext;
  page: Page;
}

/**
 * Registers the hooks of a browser suite: Chromium once per suite, and for each test a server in demo
 * mode (demo users with password "demo", plus `env()`) and a new page; a failed test leaves a screenshot.
 */
export function useBrowserPage(env: () => Record<string, string> = () => ({})): BrowserSession {
  const session = {} as BrowserSession;
  let browser: Browser;
  before(async () => {
    await ensureBuilt();
    browser = await launchBrowser();
  });
  after(() => browser?.close());
  beforeEach(async () => {
    session.s = await startTestServer({ CROSSDESK_DEMO: 'true', ...env() });
    session.context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    session.context.setDefaultTimeout(8000);
    session.page = await session.context.newPage();
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session.page)
      await screenshot(session.page, `failed-${this.currentTest.title.slice(0, 40).replace(/\W+/g, '-')}`);
    await session.context?.close();
    await session.s?.close();
  });
  return session;
}
