import { afterAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signedInPage, withAppAndBrowser } from '../support/browser.js';
import { startTestApp, type TestApp, type TestUser } from '../support/test-app.js';

let t: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];
withAppAndBrowser((app, b) => ((t = app), (browser = b)), { demo: true });
afterAll(async () => {
  for (const c of contexts) await c.close();
});

async function signedIn(user: TestUser): Promise<Page> {
  const { context, page } = await signedInPage(browser, t.url, user);
  contexts.push(context);
  return page;
}

it('two people on one thread: the answer, typing, votes and badges appear live for the other', async () => {
  const ann = await t.user('customer', { displayName: 'Ann Asker' });
  const ed = await t.user('expert', { displayName: 'Ed Expert' });
  const maya = await t.user('staff', { displayName: 'Maya Staff' });
  const annPage = await signedIn(ann);
  const edPage = await signedIn(ed);
  const homePage = await signedIn(maya);
  await homePage.goto(`${t.url}/?filter=UNANSWERED`);
  await homePage.getByRole('heading', { name: 'Recent questions' }).waitFor();

  // Ann asks through the form.
  await annPage.goto(`${t.url}/ask`);
  await annPage.getByLabel('Title').fill('Sync stops when my laptop sleeps overnight');
  await annPage.getByLabel('Details').fill('Every morning sync is paused and I have to click Resume by hand.');
  await annPage.getByLabel('Category').selectOption({ label: 'Sync & devices' });
  await annPage.getByLabel('Tags').fill('sync sleep');
  await annPage.getByRole('button', { name: 'Post your question' }).click();
  await annPage.getByRole('heading', { name: 'Sync stops when my laptop sleeps overnight' }).waitFor();
  const topicPath = new URL(annPage.url()).pathname;

  // The staff member's list shows it without a reload, behind a bar that does not move the list.
  await homePage.getByRole('button', { name: '1 new question — show' }).click();
  await homePage.getByRole('link', { name: 'Sync stops when my laptop sleeps overnight' }).waitFor();

  // Ed opens it and starts writing: Ann sees him typing.
  await edPage.goto(`${t.url}${topicPath}`);
  await edPage.getByLabel('Your answer').pressSequentially('Turn on **Wake for sync**', { delay: 5 });
  await annPage.getByText('Ed Expert is typing…').waitFor();

  // He posts: the answer appears on Ann's page, the count ticks.
  await edPage.getByLabel('Your answer').fill('Turn on **Wake for sync** in Settings → Power.');
  await edPage.getByRole('button', { name: 'Post answer' }).click();
  await expect.poll(() => annPage.getByTestId('answer').count()).toBe(1);
  await expect.poll(() => annPage.getByTestId('answer-count').textContent()).toBe('1 answer');
  expect(await annPage.getByTestId('answer').first().innerHTML()).toContain('<strong>Wake for sync</strong>');

  // Ann upvotes: Ed's page shows the new score. Ann accepts: Ed sees the badge and the status.
  await annPage.getByRole('button', { name: 'Upvote' }).click();
  await expect.poll(() => edPage.getByTestId('score').first().textContent()).toBe('1');
  await annPage.getByRole('button', { name: 'Accept this answer' }).click();
  await edPage.getByText('✓ Accepted').waitFor();
  await edPage.locator('.topic-meta .status-resolved').waitFor();

  // Staff marks it official: both readers see the badge.
  const mayaTopic = await signedIn(maya);
  await mayaTopic.goto(`${t.url}${topicPath}`);
  await mayaTopic.getByRole('button', { name: 'Mark as official' }).click();
  await annPage.getByText('Official answer').waitFor();
  await edPage.getByText('Official answer').waitFor();
  await annPage.screenshot({ path: 'test-results/live-topic.png', fullPage: true });

  // Ed fixes a typo in his answer: Ann sees the edit in place.
  await edPage.getByRole('button', { name: 'Edit', exact: true }).click();
  await edPage.getByLabel('Markdown').fill('Turn on **Wake for sync** in Settings → Power → Advanced.');
  await edPage.getByRole('button', { name: 'Save' }).click();
  await annPage.getByText('Settings → Power → Advanced.').waitFor();

  // The staff list updated the row in place: answered and resolved.
  await expect.poll(() => homePage.getByTestId('topic-row').filter({ hasText: 'Sync stops when my laptop' }).textContent()).toContain('Resolved');
});

it('a reader whose server restarts catches up on what happened while it was down, in order', async () => {
  const ann = await t.user('customer', { displayName: 'Ann Again' });
  const ed = await t.user('expert', { displayName: 'Ed Again' });
  const { askQuestion } = await ann.client.ok(
    'mutation($input: AskQuestionInput!) { askQuestion(input: $input) { topic { id } } }',
    { input: { title: 'Restore is stuck at 99 percent', body: 'The restore of my photos stops at 99% for hours.', categoryId: (await t.visitor().ok('{ categories { id } }')).categories[0].id } },
  );
  const annPage = await signedIn(ann);
  await annPage.goto(`${t.url}/t/${askQuestion.topic.id}`);
  await annPage.getByRole('heading', { name: 'Restore is stuck at 99 percent' }).waitFor();
  await annPage.waitForTimeout(300);

  // A second API process keeps serving writes while Ann's server is redeployed.
  const other = await startTestApp({ databaseUrl: t.databaseUrl });
  const port = Number(new URL(t.url).port);
  await t.app.close();
  await annPage.getByText('Reconnecting… changes will catch up').waitFor();
  const edOnOther = other.visitor();
  edOnOther.cookie = ed.client.cookie;
  for (let i = 1; i <= 3; i++) {
    await edOnOther.ok('mutation($input: PostAnswerInput!) { postAnswer(input: $input) { answer { id } } }', {
      input: { topicId: askQuestion.topic.id, body: `Try step ${i}.` },
    });
  }
  expect(await annPage.getByTestId('answer').count()).toBe(0);

  // The server comes back on the same address; the page resubscribes from its last cursor.
  const restarted = await startTestApp({ databaseUrl: t.databaseUrl, port });
  try {
    await expect.poll(() => annPage.getByTestId('answer').count(), { timeout: 20_000 }).toBe(3);
    expect(await annPage.getByTestId('answer').allTextContents()).toEqual([
      expect.stringContaining('Try step 1.'),
      expect.stringContaining('Try step 2.'),
      expect.stringContaining('Try step 3.'),
    ]);
    await expect.poll(() => annPage.getByTestId('answer-count').textContent()).toBe('3 answers');
  } finally {
    await other.close();
    // The suite's afterAll closes t; hand it the restarted app instead of the closed one.
    t = restarted;
  }
});
