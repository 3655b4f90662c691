import { expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { signedInPage, withAppAndBrowser } from '../support/browser.js';
import { answer, ask } from '../support/forum.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let browser: Browser;
withAppAndBrowser((app, b) => ((t = app), (browser = b)));

// Issue 12, item 11: the asker moves and retags the question and fixes its text; readers see it
// change live, marked "edited", with a readable history of who changed what.
it('an asker edits category, tags and text; the post says "edited" and its history shows the changes word by word', async () => {
  const [general] = await t.sql<{ id: number }>("insert into category (slug, name) values ('general-edit', 'General') returning id");
  await t.sql("insert into category (slug, name) values ('billing-edit', 'Billing & plans')");
  const askerUser = await t.user('customer', { displayName: 'Edith Asker' });
  const categoryId = Buffer.from(`Category:${general!.id}`).toString('base64url');
  const topic = await ask(t, askerUser.client, { categoryId, title: 'Invoice shows the wrong company name', body: 'My invoice shows the old company name.', tags: ['invoice'] });
  const expert = await t.user('expert', { displayName: 'Ed Helper' });
  await answer(expert.client, topic.id, 'Change it under Account → Billing details.');

  const { context: readerContext, page: reader } = await signedInPage(browser, t.url, await t.user());
  await reader.goto(`${t.url}/t/${topic.id}`);
  await reader.getByRole('heading', { name: 'Invoice shows the wrong company name' }).waitFor();

  const { context, page } = await signedInPage(browser, t.url, askerUser);
  await page.goto(`${t.url}/t/${topic.id}`);
  await page.getByRole('button', { name: 'Edit question' }).click();
  await page.getByLabel('Markdown').fill('My invoice for March shows the old company name.');
  await page.getByLabel('Category').selectOption({ label: 'Billing & plans' });
  await page.getByLabel('Tags').fill('invoice billing-details');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.locator('.crumbs').getByText('Billing & plans').waitFor();
  await page.locator('.topic-meta .tag', { hasText: 'billing-details' }).waitFor();

  // The other reader's open page follows: category, tags, text and the "edited" mark.
  await reader.locator('.crumbs').getByText('Billing & plans').waitFor();
  await reader.locator('.topic-meta .tag', { hasText: 'billing-details' }).waitFor();
  await reader.getByText('for March').waitFor();
  await reader.getByRole('button', { name: /^edited/ }).click();
  const history = reader.getByTestId('revisions');
  await history.getByText('Original').waitFor();
  const added = (await history.locator('ins').allTextContents()).join('|');
  for (const word of ['for March', 'Billing & plans', 'billing-details']) expect(added).toContain(word);
  expect(await history.textContent()).toContain('Edith Asker');
  await reader.screenshot({ path: 'test-results/revision-history.png', fullPage: true });

  // Answers too: the expert fixes his, the history names him.
  const { context: expertContext, page: helper } = await signedInPage(browser, t.url, expert);
  await helper.goto(`${t.url}/t/${topic.id}`);
  await helper.getByRole('button', { name: 'Edit', exact: true }).click();
  await helper.getByLabel('Markdown').fill('Change it under Account → Billing details → Company.');
  await helper.getByRole('button', { name: 'Save' }).click();
  await helper.getByText('→ Company.').waitFor();
  await reader.getByTestId('answer').getByRole('button', { name: /^edited/ }).click();
  await reader.getByTestId('answer').getByTestId('revisions').locator('ins', { hasText: 'Company' }).waitFor();
  await Promise.all([context.close(), readerContext.close(), expertContext.close()]);
});
