import { expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { signedInPage, withAppAndBrowser } from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let browser: Browser;
withAppAndBrowser((app, b) => ((t = app), (browser = b)), { demo: true });

it('a visitor finds the answer while typing in the search box, typos and all', async () => {
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(t.url);
  await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('outlook pst skiped', { delay: 20 });
  await page.waitForURL(/\/search\?q=outlook/);
  const first = page.getByTestId('search-hit').first();
  await expect.poll(() => first.textContent()).toContain('Outlook PST file is always skipped');
  expect(await first.innerHTML()).toContain('<mark>');
  await page.getByRole('button', { name: /resolved/ }).click();
  await expect.poll(() => page.getByTestId('search-hit').count()).toBeGreaterThan(0);
  // A category filter narrows the hits and stays chosen (it once sent a number the API refused).
  const category = page.locator('h2:has-text("Category") + ul button').first();
  await category.click();
  await page.waitForURL(/category=/);
  await expect.poll(() => page.locator('h2:has-text("Category") + ul button.active').count()).toBe(1);
  await expect.poll(() => page.getByTestId('search-hit').count()).toBeGreaterThan(0);
  await page.getByRole('searchbox', { name: 'Search' }).fill('zzqqxx nothing like this');
  await page.getByText('No thread matches yet.').waitFor();
});

it('the ask form shows threads that may already answer the question, with the solution inline', async () => {
  const ann = await t.user();
  const { context, page } = await signedInPage(browser, t.url, ann);
  await page.goto(`${t.url}/ask`);
  await page.getByLabel('Title').pressSequentially('my backup is stuck on scanning files', { delay: 10 });
  const suggestion = page.getByTestId('similar-topic').first();
  await expect.poll(() => suggestion.textContent()).toContain('First backup stuck at "Scanning files" for hours');
  expect(await suggestion.textContent()).toContain('Harbor 4.2.1');
  await page.screenshot({ path: 'test-results/ask-suggestions.png' });
  await context.close();
});

it('every page names itself in the tab as the visitor moves around the app', async () => {
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(t.url);
  await expect.poll(() => page.title()).toBe('Recent questions — Commons');
  const first = page.locator('a[href^="/t/"]').first();
  const threadTitle = (await first.textContent())!.trim();
  await first.click();
  await expect.poll(() => page.title()).toBe(`${threadTitle} — Commons`);
  await page.getByRole('searchbox', { name: 'Search' }).fill('restore');
  await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
  await expect.poll(() => page.title()).toBe('Search: restore — Commons');
  await page.goto(`${t.url}/leaderboard`);
  await expect.poll(() => page.title()).toBe('Top helpers — Commons');
  await page.goto(`${t.url}/no/such/page`);
  await expect.poll(() => page.title()).toBe('Page not found — Commons');
  await page.close();
});
