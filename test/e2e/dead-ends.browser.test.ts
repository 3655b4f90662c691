import { expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { signedInPage, withAppAndBrowser } from '../support/browser.js';
import { ask } from '../support/forum.js';
import type { TestApp, TestUser } from '../support/test-app.js';

let t: TestApp;
let browser: Browser;
withAppAndBrowser((app, b) => ((t = app), (browser = b)));

const missingTopic = Buffer.from('Topic:987654').toString('base64url');
const missingUser = Buffer.from('User:987654').toString('base64url');

// Issue 12, item 4: addresses that lead nowhere answered 200 with the app shell, and the app
// showed "Loading…" forever with an uncaught error.
it('the server answers 404 for addresses that lead nowhere, 200 for real pages', async () => {
  const asker = await t.user('customer');
  const topic = await ask(t, asker.client, { tags: ['wake-on-lan'] });
  const [category] = await t.sql<{ slug: string }>('select slug from category order by id limit 1');
  const status = async (path: string) => (await fetch(`${t.url}${path}`)).status;
  for (const path of ['/', '/ask', '/search?q=backup', '/login', '/leaderboard', '/u/me', '/staff/dashboard', `/c/${category!.slug}`, '/tag/wake-on-lan', `/u/${asker.id}`, `/t/${topic.id}`]) {
    expect(await status(path), path).toBe(200);
  }
  for (const path of ['/nowhere', '/t/garbage', `/t/${missingTopic}`, '/c/nope', '/tag/no-such-tag', '/u/garbage', `/u/${missingUser}`, `/u/${topic.id}`, '/staff/nothing', '/t/x/y']) {
    expect(await status(path), path).toBe(404);
  }
});

async function open(user: TestUser | null, path: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const { context, page } = user ? await signedInPage(browser, t.url, user) : await (async () => {
    const context = await browser.newContext();
    return { context, page: await context.newPage() };
  })();
  page.setDefaultTimeout(5_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${t.url}${path}`);
  return { page, errors, close: () => context.close() };
}

it('every dead end shows a page with a way back, never an endless Loading… or an uncaught error', async () => {
  const customer = await t.user('customer');
  const cases: Array<[TestUser | null, string, string]> = [
    [null, '/nowhere', 'Page not found'],
    [null, '/t/garbage', 'Page not found'],
    [null, `/t/${missingTopic}`, 'Question not found'],
    [null, '/c/nope', 'No such category'],
    [null, `/u/${missingUser}`, 'No such member'],
    [null, '/u/garbage', 'Page not found'],
    [null, '/staff/dashboard', 'Log in to see this page'],
    [null, '/staff/queue', 'Log in to see this page'],
    [customer, '/staff/moderation', 'This page is for staff'],
    [customer, '/admin/users', 'This page is for staff'],
  ];
  for (const [user, path, heading] of cases) {
    const { page, errors, close } = await open(user, path);
    try {
      await page.getByRole('heading', { name: heading }).waitFor();
      expect(await page.getByText('Loading').count(), path).toBe(0);
      expect(await page.getByRole('link', { name: /Back to all questions|Log in/ }).count(), path).toBeGreaterThan(0);
      expect(await page.title(), path).toContain(heading === 'Log in to see this page' ? 'Log in' : heading === 'This page is for staff' ? 'Staff only' : heading);
      expect(errors, path).toEqual([]);
    } finally {
      await close();
    }
  }
}, 60_000);

it('/u/me is the signed-in member\'s profile, and the login page for a visitor', async () => {
  const member = await t.user('customer', { displayName: 'Mia Member' });
  const signedIn = await open(member, '/u/me');
  await signedIn.page.getByRole('heading', { name: /Mia Member/ }).waitFor();
  expect(new URL(signedIn.page.url()).pathname).toBe(`/u/${member.id}`);
  await signedIn.close();
  const visitor = await open(null, '/u/me');
  await visitor.page.waitForURL(/\/login\?next=%2Fu%2Fme|\/login\?next=\/u\/me/);
  await visitor.close();
});

it('the not-found page searches the community', async () => {
  const { page, close } = await open(null, '/nowhere');
  await page.getByLabel('Search the community').fill('restore a file');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(/\/search\?q=restore/);
  await close();
});

it('when the API cannot be reached, a page says so and offers to try again', async () => {
  const asker = await t.user('customer');
  const topic = await ask(t, asker.client);
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/graphql', (route) => route.abort('connectionrefused'));
  try {
    await page.goto(`${t.url}/t/${topic.id}`);
    await page.getByRole('heading', { name: 'Something went wrong' }).waitFor();
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: /Backups fail with E1042/ }).waitFor();
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
