import { expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { answer, ask } from '../support/forum.js';
import { signedInPage, withAppAndBrowser } from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let browser: Browser;
withAppAndBrowser((app, b) => ((t = app), (browser = b)));

it('a customer flags a spam answer, staff hide it from the queue, and it disappears live for the reader', async () => {
  const asker = await t.user();
  const topic = await ask(t, asker.client, { title: 'Restore hangs on the last volume', body: 'Restoring from the NAS hangs when it reaches the last volume.' });
  await answer((await t.user('expert')).client, topic.id, 'Mount the volume read-only, then restore again.');
  const spam = await answer((await t.user()).client, topic.id, 'Buy FastRestore Pro now at cheap-restore dot example!');

  // Staff have the flag queue open before anything is flagged.
  const { context: staffContext, page: staff } = await signedInPage(browser, t.url, await t.user('staff'));
  await staff.goto(`${t.url}/staff/moderation`);
  await staff.getByTestId('flag-count').waitFor();

  // The asker reads the thread and flags the spam.
  const { context: askerContext, page: reader } = await signedInPage(browser, t.url, asker);
  await reader.goto(`${t.url}/t/${topic.id}`);
  const spamRow = reader.locator(`[data-answer-id="${spam}"]`);
  await spamRow.getByRole('button', { name: 'Flag' }).click();
  await spamRow.getByRole('combobox', { name: 'Reason' }).selectOption('SPAM');
  await spamRow.getByRole('textbox', { name: 'Note' }).fill('Advert for a paid tool');
  await spamRow.getByRole('button', { name: 'Send flag' }).click();
  await spamRow.getByTestId('flagged').waitFor();
  expect(await reader.getByTestId('answer').count()).toBe(2);

  // The flag reaches the open queue without a reload; staff work it.
  const flagged = staff.getByTestId('flagged-post').filter({ hasText: 'FastRestore' });
  await flagged.waitFor({ timeout: 10_000 });
  expect(await flagged.textContent()).toContain('Advert for a paid tool');
  await flagged.getByRole('button', { name: 'Hide answer' }).click();
  await expect.poll(() => staff.getByTestId('flagged-post').filter({ hasText: 'FastRestore' }).count()).toBe(0);
  await expect.poll(() => staff.getByTestId('audit-entry').first().textContent()).toContain('hide');
  await staff.screenshot({ path: 'test-results/moderation.png', fullPage: true });

  // The reader's page drops the answer without a reload; the count follows.
  await expect.poll(() => reader.getByTestId('answer').count(), { timeout: 10_000 }).toBe(1);
  expect(await reader.getByTestId('answer-count').textContent()).toBe('1 answer');

  // Staff still see it on the thread, marked hidden, and can bring it back.
  await staff.goto(`${t.url}/t/${topic.id}`);
  const hiddenRow = staff.locator(`[data-answer-id="${spam}"]`);
  expect(await hiddenRow.textContent()).toContain('Hidden by staff');
  await hiddenRow.getByRole('button', { name: 'Unhide' }).click();
  await expect.poll(() => reader.getByTestId('answer').count(), { timeout: 10_000 }).toBe(2);
  await Promise.all([askerContext.close(), staffContext.close()]);
});

it('staff close a question as a duplicate: readers see the original with its solution', async () => {
  const original = await ask(t, (await t.user()).client, { title: 'Backups stop after the disk is renamed', body: 'After renaming the backup disk nothing is backed up any more.' });
  const staffUser = await t.user('staff');
  const officialId = await answer(staffUser.client, original.id, 'Open Settings → Destinations and pick the renamed disk again.');
  await staffUser.client.ok('mutation($input: AnswerIdInput!) { markAnswerAsOfficial(input: $input) { topic { id } } }', { input: { answerId: officialId } });
  const duplicate = await ask(t, (await t.user()).client, { title: 'Renamed my external drive, backups gone', body: 'I renamed my external drive and now the backups do not run.' });

  const { context, page } = await signedInPage(browser, t.url, staffUser);
  await page.goto(`${t.url}/t/${duplicate.id}`);
  await page.getByRole('button', { name: 'Close as duplicate…' }).click();
  // A pasted link works as well as the search.
  await page.getByRole('combobox', { name: 'Original question' }).fill(`${t.url}/t/${original.id}`);
  await page.getByRole('textbox', { name: 'Reason' }).fill('Same rename problem');
  await page.getByRole('button', { name: 'Close as duplicate', exact: true }).click();
  const notice = page.getByTestId('duplicate-notice');
  await notice.waitFor();
  expect(await notice.textContent()).toContain('Backups stop after the disk is renamed');
  expect(await notice.textContent()).toContain('pick the renamed disk again');
  await notice.getByRole('link').click();
  await page.waitForURL(`${t.url}/t/${original.id}`);

  // On the original, on a phone, staff see the wording it is now also found by, and can remove it.
  await page.setViewportSize({ width: 390, height: 844 });
  const phrasings = page.getByTestId('alternate-phrasings');
  await phrasings.waitFor();
  await phrasings.locator('summary').click();
  expect(await phrasings.textContent()).toContain('Renamed my external drive, backups gone');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await phrasings.screenshot({ path: 'test-results/phrasings-phone.png' });
  await phrasings.getByRole('button', { name: /Remove the wording/ }).click();
  await expect.poll(() => page.getByTestId('alternate-phrasings').count()).toBe(0);
  // Nobody else sees that panel.
  const { context: customerContext, page: customer } = await signedInPage(browser, t.url, await t.user());
  await customer.goto(`${t.url}/t/${original.id}`);
  await customer.getByTestId('answer-count').waitFor();
  expect(await customer.getByTestId('alternate-phrasings').count()).toBe(0);
  await Promise.all([context.close(), customerContext.close()]);
});

it('staff find the original by typing; afterwards nobody is offered the answer form, live on the asker\'s open page too', async () => {
  const original = await ask(t, (await t.user()).client, { title: 'Wombat sync freezes at 99 percent', body: 'The wombat sync freezes at 99 percent every time.' });
  await ask(t, (await t.user()).client, { title: 'Wombat export has the wrong dates', body: 'Exported wombat files carry the wrong dates.' });
  const askerUser = await t.user();
  const duplicate = await ask(t, askerUser.client, { title: 'Sync of wombat folder stuck near the end', body: 'My wombat folder sync never completes.' });
  await t.app.deps.indexer.idle();

  const { context: askerContext, page: asker } = await signedInPage(browser, t.url, askerUser);
  await asker.goto(`${t.url}/t/${duplicate.id}`);
  await asker.getByLabel('Your answer').waitFor();

  const { context, page } = await signedInPage(browser, t.url, await t.user('staff'));
  await page.goto(`${t.url}/t/${duplicate.id}`);
  await page.getByRole('button', { name: 'Close as duplicate…' }).click();
  const box = page.getByRole('combobox', { name: 'Original question' });
  await box.fill('wombat freezes');
  const options = page.getByRole('option');
  await options.filter({ hasText: 'Wombat sync freezes at 99 percent' }).waitFor();
  expect(await options.filter({ hasText: 'Sync of wombat folder stuck' }).count()).toBe(0); // never itself
  const target = await options.evaluateAll((els) => els.findIndex((el) => el.textContent?.includes('Wombat sync freezes')));
  for (let i = 0; i < target; i++) await box.press('ArrowDown');
  await box.press('Enter');
  expect(await page.getByTestId('picked-original').textContent()).toContain('Wombat sync freezes at 99 percent');
  await page.getByRole('button', { name: 'Close as duplicate', exact: true }).click();
  await page.getByTestId('duplicate-notice').waitFor();

  for (const reader of [page, asker]) {
    await reader.getByText('This question is closed as a duplicate: answers go to the original.').waitFor();
    expect(await reader.getByLabel('Your answer').count()).toBe(0);
    expect(await reader.getByText('Know the fix?').count()).toBe(0);
  }
  expect(await asker.getByTestId('duplicate-notice').getByRole('link').getAttribute('href')).toBe(`/t/${original.id}`);
  await context.close();
  await askerContext.close();
});
