import { expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { signedInPage, withAppAndBrowser } from '../support/browser.js';
import { ask, firstCategoryId } from '../support/forum.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let browser: Browser;
withAppAndBrowser((app, b) => ((t = app), (browser = b)));

// Issue 12, item 9: a toolbar, a preview that is the post, server-side drafts, @name completion.
it('asking: the toolbar formats, the preview is what gets posted, and the draft follows the member to another device until posted', async () => {
  await firstCategoryId(t);
  const member = await t.user('customer', { displayName: 'Drafty Dana' });
  const { context, page } = await signedInPage(browser, t.url, member);
  await page.goto(`${t.url}/ask`);
  await page.getByLabel('Title').fill('Restore stops at 99 percent every time');
  const details = page.getByLabel('Details');
  await details.fill('The restore of my photos stops at the very end.');
  await details.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(4, 11)); // "restore"
  await page.getByRole('button', { name: 'Bold' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Log: ');
  await page.getByRole('button', { name: 'Code', exact: true }).click();
  expect(await details.inputValue()).toBe('The **restore** of my photos stops at the very end. Log: `code`');
  await page.getByLabel('Tags').fill('restore photos');

  // The draft is on the server: a reload and another device find it.
  await page.getByTestId('draft-status').getByText('Draft saved').waitFor();
  await page.reload();
  await expect.poll(() => page.getByLabel('Details').inputValue()).toBe('The **restore** of my photos stops at the very end. Log: `code`');
  expect(await page.getByLabel('Title').inputValue()).toBe('Restore stops at 99 percent every time');
  const { context: phoneContext, page: phone } = await signedInPage(browser, t.url, member);
  await phone.goto(`${t.url}/ask`);
  await expect.poll(() => phone.getByLabel('Tags').inputValue()).toBe('restore photos');

  // Preview, then post: the thread shows exactly the previewed HTML.
  await page.getByRole('tab', { name: 'Preview' }).click();
  const preview = page.getByTestId('preview');
  await preview.locator('strong', { hasText: 'restore' }).waitFor();
  const previewed = await preview.innerHTML();
  await page.getByRole('button', { name: 'Post your question' }).click();
  await page.getByRole('heading', { name: 'Restore stops at 99 percent every time' }).waitFor();
  expect(await page.locator('.topic > .post-body').first().innerHTML()).toBe(previewed);

  // Posted: the draft is gone everywhere.
  await phone.goto(`${t.url}/ask`);
  await phone.getByLabel('Title').waitFor();
  await phone.waitForLoadState('networkidle');
  expect(await phone.getByLabel('Details').inputValue()).toBe('');
  await Promise.all([context.close(), phoneContext.close()]);
});

it('answering: @name completion from the keyboard, and the answer draft survives a reload', async () => {
  const asker = await t.user('customer', { displayName: 'Quincy Asker' });
  const topic = await ask(t, asker.client);
  const helper = await t.user('expert', { displayName: 'Helpful Hana' });
  const { context, page } = await signedInPage(browser, t.url, helper);
  await page.goto(`${t.url}/t/${topic.id}`);
  const box = page.getByLabel('Your answer');
  await box.pressSequentially('Thanks @Quin', { delay: 20 });
  const option = page.getByRole('option', { name: /@QuincyAsker/ });
  await option.waitFor();
  await box.press('Enter');
  await box.pressSequentially('try turning on Wake.', { delay: 5 });
  expect(await box.inputValue()).toBe('Thanks @QuincyAsker try turning on Wake.');
  await page.getByTestId('draft-status').getByText('Draft saved').waitFor();
  await page.reload();
  await expect.poll(() => page.getByLabel('Your answer').inputValue()).toBe('Thanks @QuincyAsker try turning on Wake.');
  await page.getByRole('button', { name: 'Post answer' }).click();
  await page.getByTestId('answer').filter({ hasText: 'try turning on Wake' }).waitFor();
  // The mention reached Quincy's bell.
  await expect.poll(async () => (await asker.client.ok('{ notifications { kind } }')).notifications.map((n: { kind: string }) => n.kind)).toContain('MENTION');
  await context.close();
});

it('images: picked or dropped into an answer, uploaded, previewed and shown in the thread from our own origin', async () => {
  const sharp = (await import('sharp')).default;
  const asker = await t.user();
  const topic = await ask(t, asker.client);
  const { context, page } = await signedInPage(browser, t.url, await t.user('expert'));
  await page.goto(`${t.url}/t/${topic.id}`);
  const box = page.getByLabel('Your answer');
  await box.fill('Here is where the setting lives:');
  const screenshot = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: { r: 30, g: 90, b: 200 } } }).png().toBuffer();
  await page.getByLabel('Add images').setInputFiles({ name: 'settings-dialog.png', mimeType: 'image/png', buffer: screenshot });
  await expect.poll(() => box.inputValue()).toMatch(/!\[settings-dialog\]\(\/uploads\/[0-9a-f]{64}\.webp\)/);

  // Dropped from the desktop, the same way.
  const small = await sharp({ create: { width: 300, height: 200, channels: 3, background: 'orange' } }).jpeg().toBuffer();
  await box.evaluate((el, bytes) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], 'log-window.jpg', { type: 'image/jpeg' }));
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [...small]);
  await expect.poll(() => box.inputValue()).toMatch(/!\[log-window\]\(\/uploads\//);

  await page.getByRole('tab', { name: 'Preview' }).click();
  await page.getByTestId('preview').locator('img').first().waitFor();
  await page.getByRole('tab', { name: 'Write' }).click();
  await page.getByRole('button', { name: 'Post answer' }).click();
  const posted = page.getByTestId('answer').locator('img[alt="settings-dialog"]');
  await posted.waitFor();
  await expect.poll(() => posted.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1600);
  expect(await posted.getAttribute('src')).toMatch(/^\/uploads\//);
  await context.close();
});
