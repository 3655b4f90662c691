import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { seedDemoCommunity } from '../../api/src/db/seed.js';
import { afterAll, beforeAll } from 'vitest';
import { startTestApp, type TestApp, type TestAppOptions, type TestUser } from './test-app.js';

/** Debian's chromium (apt-get install chromium), never a downloaded browser build. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No browser at ${CHROMIUM}: run apt-get install -y chromium (or set CHROMIUM_PATH).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // No sandbox as root; no background traffic to Google on a closed network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A fresh browser context signed in as `user` (its session cookie), or a visitor's for null, with a
 * page open. Options set the screen (a phone, dark mode…); the default is a 1200×900 desktop.
 */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  user: TestUser | null,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, ...options });
  if (user) {
    const [name, value] = user.client.cookie!.split('=');
    await context.addCookies([{ name: name!, value: value!, url: baseUrl, httpOnly: true, sameSite: 'Lax' }]);
  }
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return { context, page };
}

/**
 * A test file's app and browser: started before its tests, both closed after them. With `demo`,
 * the app holds the demo community (and its search index is built).
 */
export function withAppAndBrowser(ready: (t: TestApp, browser: Browser) => void, options: { demo?: boolean; app?: TestAppOptions } = {}): void {
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startTestApp(options.app);
    if (options.demo) {
      await seedDemoCommunity(app.app.deps, { passwordCost: 10 });
      await app.app.deps.indexer.idle(60_000);
    }
    browser = await launchBrowser();
    ready(app, browser);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
}
