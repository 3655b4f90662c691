import { expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ACCEPT, answer, ask, VOTE } from '../support/forum.js';
import { signedInPage, withAppAndBrowser } from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let browser: Browser;
withAppAndBrowser((app, b) => ((t = app), (browser = b)));

it('a helper earns reputation, tops the leaderboard, and staff make them an expert from their profile', async () => {
  const helper = await t.user('customer', { displayName: 'Helpful Hana' });
  const asker = await t.user();
  const topic = await ask(t, asker.client, { title: 'Schedule skips Sunday backups', body: 'The weekly schedule never runs on Sundays since the update.' });
  const answerId = await answer(helper.client, topic.id, 'Sunday is off by default in 4.2: tick it under Schedule → Days.');
  await (await t.user()).client.ok(VOTE, { input: { answerId, value: 1 } });
  await asker.client.ok(ACCEPT, { input: { answerId } });

  const page = await (await browser.newContext()).newPage();
  await page.goto(`${t.url}/leaderboard?period=WEEK`);
  const board = page.getByTestId('leaderboard');
  await board.getByText('Helpful Hana').waitFor();
  expect(await board.textContent()).toContain('+25 points');

  const { context, page: staffPage } = await signedInPage(browser, t.url, await t.user('staff'));
  await staffPage.goto(`${t.url}/u/${helper.id}`);
  expect(await staffPage.getByTestId('profile-figures').textContent()).toContain('25 reputation · 1 answers · 1 accepted');
  expect(await staffPage.getByTestId('reputation-history').textContent()).toContain('+15 answer accepted');
  await staffPage.getByRole('button', { name: 'Make expert' }).click();
  await staffPage.getByRole('button', { name: 'Revoke expert status' }).waitFor();
  expect(await staffPage.locator('h1').textContent()).toContain('Expert');
  await staffPage.screenshot({ path: 'test-results/profile.png', fullPage: true });
  await context.close();
});
