import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { signedInPage, withAppAndBrowser } from '../support/browser.js';
import { appPages, type PageToVisit } from '../support/pages.js';
import type { TestApp, TestUser } from '../support/test-app.js';

// Issue 12, item 13: axe-core (Deque's engine, as used by Lighthouse) on every page, in light and
// dark colour schemes, for a visitor, a member and an admin: no serious or critical violation.
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let t: TestApp;
let browser: Browser;
withAppAndBrowser((app, b) => ((t = app), (browser = b)), { demo: true });

async function pageFor(user: TestUser | null, colorScheme: 'light' | 'dark'): Promise<Page> {
  // bypassCSP: the page's CSP (rightly) refuses the injected axe script.
  return (await signedInPage(browser, t.url, user, { viewport: { width: 1280, height: 900 }, colorScheme, bypassCSP: true })).page;
}

async function violations(page: Page, pages: PageToVisit[]): Promise<string[]> {
  const found: string[] = [];
  for (const { path, ready } of pages) {
    await page.goto(`${t.url}${path}`);
    await page.getByRole('heading', { name: ready }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.addScriptTag({ path: axeSource });
    const results = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations;
    });
    for (const v of results.filter((r) => r.impact === 'serious' || r.impact === 'critical')) {
      found.push(`${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    }
  }
  return found;
}

for (const colorScheme of ['light', 'dark'] as const) {
  it(`no serious or critical accessibility violation on any page (${colorScheme})`, async () => {
    const { publicPages, memberPages, staffPages } = await appPages(t);
    const found = [
      ...(await violations(await pageFor(null, colorScheme), publicPages)),
      ...(await violations(await pageFor(await t.user('customer'), colorScheme), memberPages.filter((p) => p.path === '/ask'))),
      ...(await violations(await pageFor(await t.user('admin'), colorScheme), staffPages)),
    ];
    expect(found).toEqual([]);
  }, 180_000);
}

it('a skip link leads past the header to the page, and the page has its landmarks', async () => {
  const page = await pageFor(null, 'light');
  await page.goto(`${t.url}/`);
  await page.getByRole('heading', { name: 'Recent questions' }).waitFor();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await skip.isVisible()).toBe(true); // shown when focused
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  for (const role of ['banner', 'main', 'contentinfo', 'search'] as const) expect(await page.getByRole(role).count(), role).toBeGreaterThan(0);
});

it('dark mode follows the system setting', async () => {
  const background = async (scheme: 'light' | 'dark') => {
    const page = await pageFor(null, scheme);
    await page.goto(`${t.url}/`);
    await page.getByRole('heading', { name: 'Recent questions' }).waitFor();
    await page.screenshot({ path: `test-results/home-${scheme}.png` });
    return page.evaluate(() => {
      const [r, g, b] = getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g)!.map(Number);
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    });
  };
  expect(await background('light')).toBeGreaterThan(0.8);
  expect(await background('dark')).toBeLessThan(0.2);
});
