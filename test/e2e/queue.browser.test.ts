import { expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ask } from '../support/forum.js';
import { signedInPage, withAppAndBrowser } from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let browser: Browser;
withAppAndBrowser((app, b) => ((t = app), (browser = b)));

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

it('an admin sets a plan’s target, the support hours and reputation points, and moves a customer to that plan; the queue follows', async () => {
  const admin = await t.user('admin', { displayName: 'Ada Admin' });
  const customer = await t.user('customer', { displayName: 'Plan Customer' });
  const topic = await ask(t, customer.client, { title: 'Backups stopped after moving the NAS', body: 'Since we moved the NAS to a new subnet every backup job stays pending.' });
  const { context, page } = await signedInPage(browser, t.url, admin);

  await page.goto(t.url);
  await page.getByRole('button', { name: /Ada Admin/ }).click();
  await page.getByRole('menuitem', { name: 'Support settings' }).click();
  const premium = page.getByTestId('policy-premium');
  const minutes = premium.getByLabel('First response within');
  expect(await minutes.inputValue()).toBe('60');
  await minutes.fill('30');
  expect(await premium.getByTestId('target-meaning').textContent()).toBe('30 min, around the clock');
  await premium.getByRole('button', { name: 'Save' }).click();
  await premium.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  expect((await t.sql("select first_response_minutes from sla_policy where plan = 'premium'"))[0].first_response_minutes).toBe(30);

  // Free counts working days: its meaning follows the hours.
  const free = page.getByTestId('policy-free');
  expect(await free.getByTestId('target-meaning').textContent()).toBe('2 working days (8 h of support each)');

  // Closing before opening is refused with the server's message, and nothing changes.
  const hours = page.getByTestId('support-hours');
  const hoursBefore = await t.sql('select * from support_hours');
  await hours.getByLabel('Closes').fill('08:00');
  await hours.getByRole('button', { name: 'Save' }).click();
  expect(await hours.getByRole('alert').textContent()).toContain('Closing time must be after opening time');
  expect(await t.sql('select * from support_hours')).toEqual(hoursBefore);
  await hours.getByLabel('Closes').fill('18:00');
  await hours.getByLabel('Sat').check();
  await hours.getByRole('button', { name: 'Save' }).click();
  await hours.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  const [saved] = await t.sql('select closes_at, work_days from support_hours');
  expect([saved.closes_at, saved.work_days]).toEqual([18 * 60, [1, 2, 3, 4, 5, 6]]);
  // Still two working days, now of nine hours.
  await expect.poll(() => free.getByTestId('target-meaning').textContent()).toBe('2 working days (9 h of support each)');
  expect((await t.sql("select first_response_minutes from sla_policy where plan = 'free'"))[0].first_response_minutes).toBe(18 * 60);

  const reputation = page.getByTestId('reputation-settings');
  await reputation.getByLabel('Reputation that makes an expert').fill('150');
  await reputation.getByRole('button', { name: 'Save' }).click();
  await reputation.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  expect((await t.sql('select expert_threshold from reputation_settings'))[0].expert_threshold).toBe(150);
  await page.screenshot({ path: 'test-results/admin-settings.png', fullPage: true });

  // Upgrading the customer moves their waiting question to the 30-minute target.
  await page.getByRole('link', { name: 'Users and roles' }).click();
  await page.getByPlaceholder('Find by name or email').fill(customer.email);
  const plan = page.getByLabel('Plan of Plan Customer');
  await plan.waitFor();
  await plan.selectOption('PREMIUM');
  await expect.poll(async () => (await t.sql('select sla_plan from topic where id = $1', [topic.dbId]))[0].sla_plan).toBe('premium');
  await page.goto(`${t.url}/staff/queue`);
  const row = page.locator(`[data-topic-id="${topic.id}"]`);
  await row.waitFor();
  expect(await row.textContent()).toContain('premium');
  expect(await row.locator('.due').textContent()).toMatch(/(29|30) min left/);
  await context.close();
});
