import { expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { signedInPage, withAppAndBrowser } from '../support/browser.js';
import { answer, ask } from '../support/forum.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let browser: Browser;
withAppAndBrowser((app, b) => ((t = app), (browser = b)));

// Issue 12, item 3: the asker's page turned "Answered · 1 answer" while its body still said
// "No answers yet". An answer must reach the list wherever the reader is scrolled, with the
// expert typing or not, on a long question or a short one, the first time and every time.
it('an answer posted while the asker has the page open always reaches the list (20 tries)', async () => {
  const asker = await t.user('customer');
  const expert = await t.user('expert', { displayName: 'Race Expert' });
  const { context, page } = await signedInPage(browser, t.url, asker);
  const longBody = Array.from({ length: 40 }, (_, i) => `Step ${i + 1}: the backup stops with E1042 again.`).join('\n\n');
  try {
    for (let attempt = 0; attempt < 20; attempt++) {
      const topic = await ask(t, asker.client, { body: attempt % 2 === 0 ? longBody : 'Backups fail with E1042 every night.' });
      await page.goto(`${t.url}/t/${topic.id}`);
      await page.getByText('No answers yet').waitFor();
      // Readers sit at the top, in the middle, or at the answer box; the expert may be typing.
      const scroll = ['top', 'middle', 'bottom'][attempt % 3];
      await page.evaluate((where) => window.scrollTo(0, where === 'top' ? 0 : where === 'middle' ? document.body.scrollHeight / 2 : document.body.scrollHeight), scroll);
      if (attempt % 4 === 1) await expert.client.ok('mutation($input: TopicIdInput!) { sendTypingIndicator(input: $input) { __typename } }', { input: { topicId: topic.id } });
      const body = `Attempt ${attempt}: turn on Wake to back up.`;
      await answer(expert.client, topic.id, body);
      await page.getByTestId('answer').filter({ hasText: body }).waitFor({ timeout: 3_000 });
      expect(await page.getByText('No answers yet').count(), `attempt ${attempt} (${scroll})`).toBe(0);
      expect(await page.getByTestId('answer-count').textContent()).toBe('1 answer');
      if (scroll === 'top' && attempt % 2 === 0) {
        // Below a long question the answer is out of sight: a bar says so and takes the reader there.
        await page.getByRole('button', { name: '1 new answer below ↓' }).click();
        await expect.poll(() => page.getByTestId('answer').first().evaluate((el) => el.getBoundingClientRect().top < window.innerHeight)).toBe(true);
        await expect.poll(() => page.getByRole('button', { name: /new answer below/ }).count()).toBe(0);
      }
    }
  } finally {
    await context.close();
  }
}, 120_000);
