import { expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ACCEPT, answer, ask } from '../support/forum.js';
import { signedInPage, withAppAndBrowser } from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let browser: Browser;
withAppAndBrowser((app, b) => ((t = app), (browser = b)));

it('a visitor who finds the answer counts as deflected on the staff dashboard, live', async () => {
  const asker = await t.user();
  const topic = await ask(t, asker.client, { title: 'Vortigern sync stops at ninety percent', body: 'The Vortigern sync job stops at 90% every night since the update.' });
  await asker.client.ok(ACCEPT, { input: { answerId: await answer((await t.user('expert')).client, topic.id, 'Exclude the cache folder in Settings.') } });
  await t.app.deps.indexer.idle();

  // Staff watch the dashboard: one question posted, nobody deflected yet.
  const { context: staffContext, page: dashboard } = await signedInPage(browser, t.url, await t.user('staff'));
  await dashboard.goto(`${t.url}/staff/dashboard`);
  const kpi = dashboard.getByTestId('kpi-deflection');
  await expect.poll(() => kpi.textContent()).toContain('0 deflected · 1 questions posted');
  expect(await dashboard.locator('.chart svg').count()).toBeGreaterThanOrEqual(3);
  // Staff operations on the same page: first-response targets per plan, top issues.
  await dashboard.getByTestId('support-operations').waitFor();
  expect(await dashboard.getByTestId('sla-figures').textContent()).toContain('critical');
  expect(await dashboard.getByTestId('top-issues').textContent()).toContain('Customers hit');
  const issueRows = dashboard.getByTestId('top-issues').locator('tbody tr');
  await expect.poll(() => issueRows.first().textContent()).not.toContain('No customer questions');
  const firstGroup = await issueRows.first().locator('td').first().textContent();
  await dashboard.getByLabel('Rank by').selectOption('NEW_TOPICS');
  await expect.poll(() => issueRows.first().locator('td').first().textContent()).toBe(firstGroup); // one question: the same groups lead

  // A visitor searches, opens the resolved thread, and says it solved the problem.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  visitor.setDefaultTimeout(10_000);
  await visitor.goto(t.url);
  await visitor.getByRole('searchbox', { name: 'Search' }).pressSequentially('vortigern sync', { delay: 20 });
  await visitor.getByTestId('search-hit').first().getByRole('link').click();
  await visitor.waitForURL(`${t.url}/t/${topic.id}`);
  await visitor.getByTestId('solved-prompt').getByRole('button', { name: 'Yes' }).click();
  await visitor.getByText('Thanks! Glad the community could help.').waitFor();

  // The dashboard moves without a reload: deflection 1 / (1 + 1).
  await expect.poll(() => kpi.textContent(), { timeout: 10_000 }).toContain('1 deflected · 1 questions posted');
  expect(await kpi.textContent()).toContain('50%');
  await expect.poll(() => dashboard.getByTestId('top-searches').textContent()).toContain('vortigern sync');
  expect(await dashboard.getByTestId('top-deflecting').textContent()).toContain('Vortigern sync stops at ninety percent');
  await dashboard.screenshot({ path: 'test-results/dashboard.png', fullPage: true });
  await Promise.all([staffContext.close(), visitorContext.close()]);
  // A long story in two browsers: about 24 s when the whole suite shares the two cores.
}, 60_000);

it('a thread reads without JavaScript, and the app takes over from the server-rendered copy', async () => {
  const [topic] = await t.sql<{ id: number }>("select id from topic where title like 'Vortigern%'");
  const url = `${t.url}/t/${Buffer.from(`Topic:${topic!.id}`).toString('base64url')}`;
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const page = await noScript.newPage();
  await page.goto(url);
  expect(await page.locator('h1').textContent()).toBe('Vortigern sync stops at ninety percent');
  expect(await page.locator('.answer').first().textContent()).toContain('Exclude the cache folder in Settings.');
  await noScript.close();

  const withScript = await browser.newPage();
  await withScript.goto(url);
  await withScript.getByTestId('answer').first().waitFor();
  expect(await withScript.locator('#prerendered').count()).toBe(0);
  expect(await withScript.locator('h1').count()).toBe(1);
  await withScript.close();
});

it('the ask form takes "this solved my problem", and a customer cannot open the dashboard', async () => {
  const customer = await t.user();
  const { context, page } = await signedInPage(browser, t.url, customer);
  await page.goto(`${t.url}/ask`);
  await page.getByLabel('Title').pressSequentially('vortigern sync stops', { delay: 10 });
  const suggestion = page.getByTestId('similar-topic').first();
  await suggestion.getByRole('button', { name: 'This solved my problem' }).click();
  await page.getByText('Glad it is solved!').waitFor();
  await expect
    .poll(async () => (await t.sql("select count(*)::int as n from deflection_session where outcome = 'deflected' and ask_opened"))[0].n)
    .toBe(1);

  await page.goto(`${t.url}/staff/dashboard`);
  await page.getByRole('heading', { name: 'This page is for staff' }).waitFor();
  await context.close();
});
