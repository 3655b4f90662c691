import { expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { answer, ask } from '../support/forum.js';
import { signedInPage, withAppAndBrowser } from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let browser: Browser;
withAppAndBrowser((app, b) => ((t = app), (browser = b)));

it('the bell lights up live when someone answers, and opening the notification reads it', async () => {
  const asker = await t.user();
  const topic = await ask(t, asker.client, { title: 'Cloud sync pauses every night at two', body: 'Cloud sync pauses every night at 2 am and resumes at 6.' });
  const { context, page } = await signedInPage(browser, t.url, asker);
  await page.goto(t.url);
  const bell = page.getByRole('button', { name: /Notifications/ });
  await bell.waitFor();
  expect(await page.getByTestId('bell-count').count()).toBe(0);

  await answer((await t.user('expert', { displayName: 'Eli Expert' })).client, topic.id, 'That is the quiet-hours setting: turn it off under Sync.');
  await expect.poll(() => page.getByTestId('bell-count').textContent(), { timeout: 10_000 }).toBe('1');

  await bell.click();
  const item = page.getByTestId('notification').first();
  expect(await item.textContent()).toContain('Eli Expert answered your question Cloud sync pauses every night at two');
  await page.screenshot({ path: 'test-results/bell.png' });
  await item.getByRole('link').click();
  await page.waitForURL(`${t.url}/t/${topic.id}`);
  await expect.poll(() => page.getByTestId('bell-count').count(), { timeout: 10_000 }).toBe(0);
  // The thread renders after the bell has cleared: wait for it rather than read it at once.
  await expect.poll(() => page.getByRole('button', { name: 'Following' }).count(), { timeout: 10_000 }).toBe(1);
  await context.close();
});

it('a member follows a category from its page, and a new question there rings the bell live', async () => {
  const watcher = await t.user();
  const { context, page } = await signedInPage(browser, t.url, watcher);
  const [category] = (await watcher.client.ok('{ categories { id slug name } }')).categories;
  await page.goto(`${t.url}/c/${category.slug}`);
  const follow = page.getByRole('button', { name: 'Follow category' });
  await follow.click();
  await page.getByRole('button', { name: 'Following category' }).waitFor();
  expect((await t.sql('select count(*)::int as n from category_follow where user_id = $1', [watcher.dbId]))[0].n).toBe(1);

  await ask(t, (await t.user('customer', { displayName: 'Cleo Customer' })).client, { categoryId: category.id, title: 'Agent update fails on ARM servers', body: 'The agent update fails on every ARM server with exit code 3.' });
  await expect.poll(() => page.getByTestId('bell-count').textContent(), { timeout: 10_000 }).toBe('1');
  await page.getByRole('button', { name: /Notifications/ }).click();
  expect(await page.getByTestId('notification').first().textContent()).toContain('Agent update fails on ARM servers');

  // A reload shows the stored state; unfollowing stops it.
  await page.reload();
  await page.getByRole('button', { name: 'Following category' }).click();
  await page.getByRole('button', { name: 'Follow category' }).waitFor();
  expect((await t.sql('select count(*)::int as n from category_follow where user_id = $1', [watcher.dbId]))[0].n).toBe(0);
  await context.close();
});
