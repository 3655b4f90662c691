import { expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { signedInPage, withAppAndBrowser } from '../support/browser.js';
import { appPages, type PageToVisit } from '../support/pages.js';
import type { TestApp, TestUser } from '../support/test-app.js';

// Issue 12, item 2: most visitors of a support community come from web search on a phone.
// Every page at 390×844 (an iPhone 12–15) must fit the screen: no sideways scrolling.
const PHONE = { width: 390, height: 844 };

let t: TestApp;
let browser: Browser;
withAppAndBrowser((app, b) => ((t = app), (browser = b)), { demo: true });

async function phonePage(user: TestUser | null): Promise<Page> {
  return (await signedInPage(browser, t.url, user, { viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true })).page;
}

/** The page's width and, when it overflows, the elements that stick out (to say what to fix). */
const measure = (page: Page) =>
  page.evaluate((limit) => {
    const scrollsInside = (el: Element): boolean => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        const overflow = getComputedStyle(up).overflowX;
        if ((overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') && up.getBoundingClientRect().right <= limit + 0.5) return true;
      }
      return false;
    };
    const wide = [...document.querySelectorAll('body *')]
      // Wide content inside its own scroll box (a code block, a table) scrolls there, not the page.
      .filter((el) => el.getBoundingClientRect().right > limit + 0.5 && getComputedStyle(el).position !== 'fixed' && !scrollsInside(el))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, wide };
  }, PHONE.width);

async function checkPages(page: Page, who: string, paths: PageToVisit[]) {
  for (const { path, ready } of paths) {
    await page.goto(`${t.url}${path}`);
    await page.getByRole('heading', { name: ready }).first().waitFor();
    await page.waitForLoadState('networkidle');
    const { scrollWidth, innerWidth, wide } = await measure(page);
    // For looking at: the first screen, and the whole page.
    const name = `test-results/phone/${who}${path.replace(/[^a-z0-9]+/gi, '-')}`;
    await page.screenshot({ path: `${name}.png` });
    await page.screenshot({ path: `${name}-full.png`, fullPage: true });
    expect.soft({ path, scrollWidth, wide }, `${who} ${path}`).toEqual({ path, scrollWidth: PHONE.width, wide: [] });
    // A mobile viewport widens the layout viewport to fit overflowing content: that is the same fault.
    expect.soft(innerWidth, `${who} ${path}`).toBe(PHONE.width);
  }
}

it('every page fits a 390 px wide phone, for a visitor, a member and an admin', async () => {
  const { publicPages, memberPages, staffPages } = await appPages(t);
  await checkPages(await phonePage(null), 'visitor', publicPages);
  await checkPages(await phonePage(await t.user('customer', { displayName: 'Phone Customer With A Long Name' })), 'customer', memberPages);
  await checkPages(await phonePage(await t.user('admin', { displayName: 'Phone Admin' })), 'admin', staffPages);
}, 240_000);

it('on a phone the header is one compact row: search opens from its button, categories and filters from theirs', async () => {
  const page = await phonePage(null);
  await page.goto(`${t.url}/`);
  await page.getByRole('heading', { name: 'Recent questions' }).waitFor();
  expect(await page.locator('header.header').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(64);
  // The first screen shows questions, not the category list.
  expect(await page.getByRole('link', { name: /Backup & restore/ }).first().isVisible()).toBe(true); // a row's category chip
  expect(await page.locator('.category-list').isVisible()).toBe(false);
  await page.getByRole('button', { name: 'Categories' }).click();
  expect(await page.locator('.category-list').isVisible()).toBe(true);

  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('restore');
  await page.getByRole('heading', { name: 'Results for “restore”' }).waitFor();
  await page.getByTestId('search-hit').first().waitFor();
  expect(await page.locator('.facet-list').first().isVisible()).toBe(false);
  await page.getByRole('button', { name: 'Filters' }).click();
  expect(await page.locator('.facet-list').first().isVisible()).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
});
