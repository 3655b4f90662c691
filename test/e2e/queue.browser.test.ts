import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ask } from '../support/forum.js';
import { launchBrowser, signedInPage } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let browser: Browser;
beforeAll(async () => {
  t = await startTestApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

it('staff work the queue: a critical question arrives live, one claims it, the other sees the claim, an official answer clears it', async () => {
  const [ann, bob] = [await t.user('staff', { displayName: 'Ann Staff' }), await t.user('staff', { displayName: 'Bob Staff' })];
  const { context: annContext, page: annPage } = await signedInPage(browser, t.url, ann);
  const { context: bobContext, page: bobPage } = await signedInPage(browser, t.url, bob);
  await annPage.goto(`${t.url}/staff/queue`);
  await bobPage.goto(`${t.url}/staff/queue`);
  await annPage.getByTestId('queue-summary').waitFor();

  // A customer on the critical plan asks while both watch.
  const customer = await t.user();
  await t.sql("update app_user set plan = 'critical' where id = $1", [customer.dbId]);
  const topic = await ask(t, customer.client, { title: 'Restores fail on every server since tonight', body: 'Every restore job fails with E2001 on all our servers since the update tonight.' });
  const annRow = annPage.locator(`[data-topic-id="${topic.id}"]`);
  await annRow.waitFor({ timeout: 10_000 });
  expect(await annRow.locator('.due').textContent()).toMatch(/1[45] min left/);
  expect(await annRow.textContent()).toContain('critical');

  await annRow.getByRole('button', { name: 'Claim' }).click();
  await expect.poll(() => annRow.getByTestId('claimed-by').textContent()).toBe('Ann Staff');
  const bobRow = bobPage.locator(`[data-topic-id="${topic.id}"]`);
  await expect.poll(() => bobRow.getByTestId('claimed-by').textContent(), { timeout: 10_000 }).toBe('Ann Staff');
  expect(await bobRow.getByRole('button', { name: 'Claim' }).count()).toBe(0);
  expect(await annPage.getByTestId('sla-figures').textContent()).toMatch(/critical\s*1/);
  await annPage.screenshot({ path: 'test-results/queue.png', fullPage: true });

  // Ann answers and marks it official from the thread; it leaves Bob's queue without a reload.
  await annRow.getByRole('link').click();
  await annPage.waitForURL(`${t.url}/t/${topic.id}`);
  await annPage.getByRole('textbox', { name: /answer/i }).fill('Known issue in 4.2: roll back the agent to 4.1.3, a fix ships tomorrow.');
  await annPage.getByRole('button', { name: /post.*answer/i }).click();
  await annPage.getByTestId('answer').first().getByRole('button', { name: 'Mark as official' }).click();
  await annPage.getByText('Official answer').first().waitFor();
  await expect.poll(() => bobRow.count(), { timeout: 10_000 }).toBe(0);
  await Promise.all([annContext.close(), bobContext.close()]);
});
